import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER } from "@/lib/auth/next-path";

/**
 * Forwards the requested path to server components (Next does not tell a layout which path was
 * requested), so requireActor() in app/(portal)/layout.tsx can send a signed-out visitor to
 * /logind?next=<path> and back after sign-in.
 *
 * NOT an access check, and must never become one: every page and server action authorises itself
 * (docs/architecture.md). The header is always overwritten here, so a client cannot inject it, and
 * the sign-in page accepts only a relative path anyway.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not API routes, Next's assets or static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt)$).*)"],
};
