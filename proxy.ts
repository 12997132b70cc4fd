import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import { canonicalLookupQuery, encodeLookupKey } from "@/lib/domain/offers/lookup-query";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";
import { refuseBadActionRequest } from "@/lib/http/action-request";

/**
 * Two jobs, each for the requests the matcher below lets through and no others:
 *
 * 1. The GP lookup for a visitor without a session: GET /tilbud?… is served by the cached page
 *    /opslag/<language>/<canonical query> (app/opslag/[locale]/[query]/page.tsx) — the same content,
 *    rendered once per search instead of once per request. The address bar keeps /tilbud?…. With a
 *    session cookie the request goes to the per-request page, whose header shows the user (a forged
 *    or expired cookie only means the uncached page). docs/decisions/011-cached-anonymous-lookup.md.
 * 2. A POST that Next would treat as a server action (a `Next-Action` header, or a form body) with a
 *    foreign `Origin` or a body that is not a server action's is answered 403/400 here — Next itself
 *    answers both with a 500 (issue 18; lib/http/action-request.ts, decision 026).
 *
 * Not an access check (every page and server action authorises itself, docs/architecture.md — and
 * this must never become one).
 */
export async function proxy(request: NextRequest) {
  if (request.method === "POST") return (await refuseBadActionRequest(request)) ?? NextResponse.next();
  if ((request.method === "GET" || request.method === "HEAD") && request.nextUrl.pathname === "/tilbud" && !hasSessionCookie(request)) {
    const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
    const locale = isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
    const key = encodeLookupKey(canonicalLookupQuery(request.nextUrl.searchParams));
    return NextResponse.rewrite(new URL(`/opslag/${locale}/${key}`, request.url));
  }
  return NextResponse.next();
}

/**
 * The matcher below already keeps requests with either session cookie away from the lookup rewrite;
 * what can still arrive is a cookie next-auth split into chunks (`<name>.0`, `<name>.1`, …), which counts too.
 */
function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIE_NAMES.some((session) => name === session || name.startsWith(`${session}.`)));
}

export const config = {
  // Next reads this config statically, so nothing here can be imported.
  matcher: [
    // The lookup: /tilbud only, and only without a session cookie (the names are SESSION_COOKIE_NAMES).
    {
      source: "/tilbud",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
    // What Next's action handler would take: a fetch action, a form post, or anything with an Origin —
    // on pages only (route handlers under /api and Next's own files never reach the action handler).
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "(multipart/form-data|application/x-www-form-urlencoded).*" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "origin" }] },
  ],
};
