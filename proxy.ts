import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import { signInPagePath } from "@/lib/auth/sign-in-state";
import { lookupPagePath } from "@/lib/domain/offers/lookup-query";
import { versionPagePath } from "@/lib/domain/agreements/version-page-key";
import { pageLocale } from "@/lib/http/page-key";
import { DEFAULT_LOCALE, LOCALE_COOKIE } from "@/lib/i18n/config";
import { refuseBadActionRequest } from "@/lib/http/action-request";
import { withScriptNonce } from "@/lib/http/script-nonce";

/**
 * Two jobs, each for the requests the matcher below lets through and no others:
 *
 * 1. Pages whose answer depends only on their URL's query and the language are served from Next's
 *    cache, one page per state (docs/decisions/019-one-cached-page-per-request-state.md):
 *    - GET /tilbud?… (the GP lookup), for everybody, signed in or not → /tilbud/soeg/<key>
 *      (app/(cached)/tilbud/soeg/[key]): the results are the same for all; the header's user part is
 *      a small island the browser fills from /api/konto;
 *    - GET /logind?… without a session cookie → /logind/<key> (app/(cached)/logind/[key]). With one
 *      the per-request page answers (a signed-in visitor is sent on).
 *    - GET /aftaler/<id>/v/<n> (an agreement version's reading page) without a session cookie →
 *      /aftaleversion/<key> (app/(cached)/aftaleversion/[key], decision 037). With one the per-request
 *      page answers (a coordinator's drafts and workspace link).
 *    The address bar keeps /tilbud?…, /logind?… and /aftaler/…; form posts go to the per-request pages.
 * 2. Every other page GET is rendered per request: it gets a fresh script nonce in its
 *    Content-Security-Policy (lib/http/script-nonce.ts, decision 040).
 * 3. A POST that Next would treat as a server action (a `Next-Action` header, or a form body) with a
 *    foreign `Origin` or a body that is not a server action's is answered 403/400 here — Next itself
 *    answers both with a 500 (issue 18; lib/http/action-request.ts, decision 026).
 *
 * Not an access check (every page and server action authorises itself, docs/architecture.md — and
 * this must never become one).
 */
export async function proxy(request: NextRequest) {
  if (request.method === "POST") return (await refuseBadActionRequest(request)) ?? NextResponse.next();
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const locale = pageLocale(request.cookies.get(LOCALE_COOKIE)?.value, DEFAULT_LOCALE);
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/tilbud") return NextResponse.rewrite(new URL(lookupPagePath(locale, searchParams), request.url));
  if (pathname === "/logind" && !hasSessionCookie(request)) return NextResponse.rewrite(new URL(signInPagePath(locale, searchParams), request.url));
  const versionPage = pathname.startsWith("/aftaler/") && !hasSessionCookie(request) ? versionPagePath(locale, pathname) : null;
  if (versionPage) return NextResponse.rewrite(new URL(versionPage, request.url));
  return withScriptNonce(request);
}

/**
 * The matcher below already keeps /logind and /aftaler/… requests with either session cookie away from the rewrites;
 * what can still arrive is a cookie next-auth split into chunks (`<name>.0`, `<name>.1`, …), which counts too.
 */
function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIE_NAMES.some((session) => name === session || name.startsWith(`${session}.`)));
}

export const config = {
  // Next reads this config statically, so nothing here can be imported.
  matcher: [
    // The lookup, for everybody.
    "/tilbud",
    // The sign-in page, only without a session cookie (the names are SESSION_COOKIE_NAMES).
    {
      source: "/logind",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
    // An agreement version's reading page, only without a session cookie.
    {
      source: "/aftaler/:agreementId/v/:number",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
    // Every page (not Next's files, not route handlers, not the two static files): the script nonce.
    "/((?!api/|_next/|favicon\\.ico|robots\\.txt).*)",
    // What Next's action handler would take: a fetch action, a form post, or anything with an Origin —
    // on pages only (route handlers under /api and Next's own files never reach the action handler).
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "(multipart/form-data|application/x-www-form-urlencoded).*" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "origin" }] },
  ],
};
