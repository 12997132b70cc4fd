import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER } from "@/lib/auth/next-path";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import { canonicalLookupQuery, encodeLookupKey } from "@/lib/domain/offers/lookup-query";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";

/**
 * Two things, neither of them an access check (every page and server action authorises itself,
 * docs/architecture.md — and this must never become one):
 *
 * 1. The GP lookup for a visitor without a session: GET /tilbud?… is served by the cached page
 *    /opslag/<language>/<canonical query> (app/opslag/[locale]/[query]/page.tsx) — the same content,
 *    rendered once per search instead of once per request. The address bar keeps /tilbud?…. With a
 *    session cookie the request goes to the per-request page, whose header shows the user (a forged
 *    or expired cookie only means the uncached page). docs/decisions/011-cached-anonymous-lookup.md.
 * 2. Forwards the requested path to server components (Next does not tell a layout which path was
 *    requested), so requireActor() in app/(portal)/layout.tsx can send a signed-out visitor to
 *    /logind?next=<path> and back after sign-in. The header is always overwritten here, so a client
 *    cannot inject it, and the sign-in page accepts only a relative path anyway.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/tilbud" && (request.method === "GET" || request.method === "HEAD") && !hasSessionCookie(request)) {
    const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
    const locale = isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE;
    const key = encodeLookupKey(canonicalLookupQuery(searchParams));
    return NextResponse.rewrite(new URL(`/opslag/${locale}/${key}`, request.url));
  }
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, `${pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

/**
 * The matcher below already keeps requests with either session cookie away from the proxy; what can
 * still arrive is a cookie next-auth split into chunks (`<name>.0`, `<name>.1`, …), which counts too.
 */
function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIE_NAMES.some((session) => name === session || name.startsWith(`${session}.`)));
}

export const config = {
  // Pages only (not API routes, Next's assets or static files), and only without a session cookie:
  // signed-in requests skip the proxy's ~1 ms. The names are SESSION_COOKIE_NAMES written out — Next
  // reads this config statically, so it cannot import them.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt)$).*)",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
  ],
};
