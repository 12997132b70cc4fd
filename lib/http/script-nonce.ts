/**
 * A per-request script nonce for a page rendered per request (decision 040, issue 13 item 5). The proxy
 * calls this for the GETs it does not send to a cached page: a fresh random nonce goes into the
 * request's Content-Security-Policy header — where Next reads it and puts it on every script it
 * renders (its inline RSC payload, its chunks) — and into the response's, where the browser enforces
 * it. A `<script>` that reached the HTML any other way (an injection React and the Markdown sanitiser
 * both missed) does not carry it and does not run.
 *
 * The response's policy replaces the one next.config.ts sets on every response (checked on real
 * responses by tests/security/headers.spec.ts). Pages served from the cache keep that one: they are
 * the same HTML for everybody, so no nonce can be in them.
 */
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./security-headers";

const NONCE_BYTES = 16;

export function scriptNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  return btoa(String.fromCharCode(...bytes));
}

export function withScriptNonce(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({
    nonce: scriptNonce(),
    development: process.env.NODE_ENV === "development",
    ssoIssuer: process.env.AUTH_OIDC_ISSUER,
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}
