import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionClaimsFromCookies } from "@/lib/auth/session-cookie";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie-names";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-claims";

const SECRET = "test-secret-that-is-long-enough-0123456789";
// Tokens get their exp from the real clock (encode), so "now" in these tests is the real now.
const NOW = Math.floor(Date.now() / 1000);
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

/** A cookie exactly as next-auth issues it after sign-in (lib/auth/auth.ts: the four claims). */
async function issued(claims: Record<string, unknown>, options: { salt?: string; secret?: string; maxAge?: number } = {}) {
  return encode({ token: claims, secret: options.secret ?? SECRET, salt: options.salt ?? PLAIN, maxAge: options.maxAge ?? SESSION_MAX_AGE_SECONDS });
}
const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];
const claims = { userId: "u1", sessionVersion: 3, authTime: NOW - 60, sessionId: "s1" };

describe("session claims from the request's cookies (what auth() would answer)", () => {
  it("reads the claims of a cookie next-auth issued, under either cookie name", async () => {
    expect(SESSION_COOKIE_NAMES).toEqual([SECURE, PLAIN]);
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: await issued(claims) }), SECRET, NOW)).toEqual(claims);
    expect(await sessionClaimsFromCookies(jar({ [SECURE]: await issued(claims, { salt: SECURE }) }), SECRET, NOW)).toEqual(claims);
  });

  it("is signed out without a cookie or without a secret (fails closed)", async () => {
    expect(await sessionClaimsFromCookies(jar({}), SECRET, NOW)).toBeNull();
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: await issued(claims) }), undefined, NOW)).toBeNull();
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: await issued(claims) }), "", NOW)).toBeNull();
  });

  it("refuses a token encrypted with another secret, for another cookie name, or tampered with", async () => {
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: await issued(claims, { secret: "another-secret-0123456789-abcdefghij" }) }), SECRET, NOW)).toBeNull();
    // The cookie name is the key's salt: a token moved to the other name does not decrypt.
    expect(await sessionClaimsFromCookies(jar({ [SECURE]: await issued(claims, { salt: PLAIN }) }), SECRET, NOW)).toBeNull();
    const token = await issued(claims);
    const parts = token.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("AA") ? "BB" : "AA");
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: parts.join(".") }), SECRET, NOW)).toBeNull();
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: "not-a-jwt" }), SECRET, NOW)).toBeNull();
  });

  it("refuses malformed claims and sessions past the absolute 8 hours", async () => {
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: await issued({ userId: "u1", authTime: NOW }) }), SECRET, NOW)).toBeNull();
    const old = await issued({ ...claims, authTime: NOW - SESSION_MAX_AGE_SECONDS });
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: old }), SECRET, NOW)).toBeNull();
  });

  it("refuses a token past its exp (next-auth's idle expiry)", async () => {
    const shortLived = await issued({ ...claims, authTime: Math.floor(Date.now() / 1000) - 10 }, { maxAge: -60 });
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: shortLived }), SECRET)).toBeNull();
  });

  it("joins a cookie next-auth split into chunks", async () => {
    const token = await issued(claims);
    const half = Math.floor(token.length / 2);
    expect(await sessionClaimsFromCookies(jar({ [`${PLAIN}.0`]: token.slice(0, half), [`${PLAIN}.1`]: token.slice(half) }), SECRET, NOW)).toEqual(claims);
  });
});

describe("the cache of decrypted session tokens", () => {
  it("still applies the 8-hour limit and the token's exp to a token it has seen", async () => {
    const cookie = await issued(claims);
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: cookie }), SECRET, NOW)).toEqual(claims);
    // The same token later: past the absolute limit from sign-in…
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: cookie }), SECRET, claims.authTime + SESSION_MAX_AGE_SECONDS)).toBeNull();
    // …and a token whose exp has passed, first seen while it was valid.
    const fresh = { ...claims, authTime: Math.floor(Date.now() / 1000) };
    const short = await issued(fresh, { maxAge: 60 });
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: short }), SECRET, fresh.authTime)).toEqual(fresh);
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: short }), SECRET, fresh.authTime + 60 + 16)).toBeNull();
  });

  it("does not let a token seen under one cookie name pass under the other", async () => {
    const cookie = await issued(claims);
    expect(await sessionClaimsFromCookies(jar({ [PLAIN]: cookie }), SECRET, NOW)).toEqual(claims);
    expect(await sessionClaimsFromCookies(jar({ [SECURE]: cookie }), SECRET, NOW)).toBeNull();
  });
});
