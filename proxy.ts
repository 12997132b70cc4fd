import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import { signInPagePath } from "@/lib/auth/sign-in-state";
import { lookupPagePath } from "@/lib/domain/offers/lookup-query";
import { pageLocale } from "@/lib/http/page-key";
import { DEFAULT_LOCALE, LOCALE_COOKIE } from "@/lib/i18n/config";

/**
 * Pages whose answer depends only on their URL's query and the language are served from Next's cache,
 * one page per state (docs/decisions/019-one-cached-page-per-request-state.md):
 *  - GET /tilbud?… (the GP lookup), for everybody, signed in or not → /tilbud/soeg/<key>
 *    (app/(cached)/tilbud/soeg/[key]): the results are the same for all; the header's user part is a
 *    small island the browser fills from /api/konto;
 *  - GET /logind?… without a session cookie → /logind/<key> (app/(cached)/logind/[key]). With one the
 *    per-request page answers (a signed-in visitor is sent on).
 * The address bar keeps /tilbud?… and /logind?…; form posts (server actions) go to the per-request pages.
 *
 * Not an access check (every page and server action authorises itself, docs/architecture.md — and
 * this must never become one), and it runs for these two paths only: no other request pays for it.
 */
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const locale = pageLocale(request.cookies.get(LOCALE_COOKIE)?.value, DEFAULT_LOCALE);
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/tilbud") return NextResponse.rewrite(new URL(lookupPagePath(locale, searchParams), request.url));
  if (pathname === "/logind" && !hasSessionCookie(request)) return NextResponse.rewrite(new URL(signInPagePath(locale, searchParams), request.url));
  return NextResponse.next();
}

/**
 * The matcher below already keeps /logind requests with either session cookie away from the proxy;
 * what can still arrive is a cookie next-auth split into chunks (`<name>.0`, `<name>.1`, …), which counts too.
 */
function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIE_NAMES.some((session) => name === session || name.startsWith(`${session}.`)));
}

export const config = {
  // /tilbud always; /logind only without a session cookie. The names are SESSION_COOKIE_NAMES written
  // out — Next reads this config statically, so it cannot import them.
  matcher: [
    "/tilbud",
    {
      source: "/logind",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
  ],
};
