import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import { canonicalLookupQuery, encodeLookupKey } from "@/lib/domain/offers/lookup-query";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";

/**
 * The GP lookup for a visitor without a session: GET /tilbud?… is served by the cached page
 * /opslag/<language>/<canonical query> (app/opslag/[locale]/[query]/page.tsx) — the same content,
 * rendered once per search instead of once per request. The address bar keeps /tilbud?…. With a
 * session cookie the request goes to the per-request page, whose header shows the user (a forged
 * or expired cookie only means the uncached page). docs/decisions/011-cached-anonymous-lookup.md.
 *
 * Not an access check (every page and server action authorises itself, docs/architecture.md — and
 * this must never become one), and it runs for /tilbud only: no other request pays for it.
 */
export function proxy(request: NextRequest) {
  if ((request.method === "GET" || request.method === "HEAD") && !hasSessionCookie(request)) {
    const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
    const locale = isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
    const key = encodeLookupKey(canonicalLookupQuery(request.nextUrl.searchParams));
    return NextResponse.rewrite(new URL(`/opslag/${locale}/${key}`, request.url));
  }
  return NextResponse.next();
}

/**
 * The matcher below already keeps requests with either session cookie away from the proxy; what can
 * still arrive is a cookie next-auth split into chunks (`<name>.0`, `<name>.1`, …), which counts too.
 */
function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIE_NAMES.some((session) => name === session || name.startsWith(`${session}.`)));
}

export const config = {
  // /tilbud only, and only without a session cookie: signed-in requests skip the proxy. The names are
  // SESSION_COOKIE_NAMES written out — Next reads this config statically, so it cannot import them.
  matcher: [
    {
      source: "/tilbud",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
  ],
};
