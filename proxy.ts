import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import { signInPagePath } from "@/lib/auth/sign-in-state";
import { SIGN_IN_PATH } from "@/lib/auth/next-path";
import { LOOKUP_PAGE_PREFIX, lookupPagePath } from "@/lib/domain/offers/lookup-query";
import { CACHED_VERSION_PAGE, readVersionPath, versionPagePath } from "@/lib/domain/agreements/version-page-key";
import { isKnownPublicVersion } from "@/lib/domain/agreements/public-versions";
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
 *    - GET /aftaler/<id>/v/<n> (an agreement version's reading page) → /aftaleversion/<key>
 *      (app/(cached)/aftaleversion/[key], decision 037): without a session cookie always; with one
 *      when this process has seen that version in a public state (lib/domain/agreements/public-versions.ts)
 *      — a draft, or a version not seen yet, stays with the per-request page, which answers a draft's
 *      coordinator with the draft and everybody else with a 404. The cached page loads without an
 *      actor either way, so it can never hold a draft; the user's part (workspace link, drafts in the
 *      version list) is an island (app/(public)/aftaler/_components/reader-island.tsx).
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
  const version = pathname.startsWith("/aftaler/") ? readVersionPath(pathname) : null;
  if (version && (!hasSessionCookie(request) || isKnownPublicVersion(version.agreementId, version.number))) {
    return NextResponse.rewrite(new URL(versionPagePath(locale, pathname)!, request.url));
  }
  if (CACHED_PAGE_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();
  return withScriptNonce(request);
}

/** The cached pages' own addresses: asked for directly, they answer from the cache, where no nonce can be. */
const CACHED_PAGE_PREFIXES = [LOOKUP_PAGE_PREFIX, `${SIGN_IN_PATH}/`, `${CACHED_VERSION_PAGE}/`];

/**
 * Whether the request carries a session cookie — either name, or one next-auth split into chunks
 * (`<name>.0`, `<name>.1`, …). The catch-all matcher lets /logind and /aftaler/… requests with one through.
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
    // Every page (not Next's files, not route handlers, not the two static files): the script nonce —
    // and an agreement version's reading page, signed in or not (the proxy tells them apart).
    "/((?!api/|_next/|favicon\\.ico|robots\\.txt).*)",
    // What Next's action handler would take: a fetch action, a form post, or anything with an Origin —
    // on pages only (route handlers under /api and Next's own files never reach the action handler).
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "(multipart/form-data|application/x-www-form-urlencoded).*" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "origin" }] },
  ],
};
