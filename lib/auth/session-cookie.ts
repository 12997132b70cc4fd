import { decode } from "next-auth/jwt";
import { isSessionExpired, readClaims, type SessionClaims } from "./session-claims";
import { SESSION_COOKIE_NAMES } from "./session-cookie-names";

/**
 * Reads the session claims from the request's cookies — what next-auth's `auth()` answers, without
 * the rest of its request handling. `auth()` builds a request, mints a CSRF token and re-encrypts
 * the session for every call (about 1.5 ms of CPU a request here, for a cookie a server component
 * cannot even set); the portal only needs the four claims, and decides everything else from
 * PostgreSQL (lib/auth/actor.ts).
 *
 * Same checks as `auth()` with our callbacks (lib/auth/auth.ts): next-auth's own `decode` (JWE,
 * key derived from AUTH_SECRET and the cookie name; `exp` checked), then our claim shape and the
 * absolute 8-hour limit. Anything missing, malformed, tampered with or expired → null (signed out).
 * A cookie too large for one header is split by next-auth into `<name>.0`, `<name>.1`, …; those
 * chunks are joined in order, as next-auth does.
 */
export async function sessionClaimsFromCookies(
  readCookie: (name: string) => string | undefined,
  secret: string | undefined,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<SessionClaims | null> {
  if (!secret) return null; // fail closed: without the secret nothing can be verified
  for (const name of SESSION_COOKIE_NAMES) {
    const token = readCookie(name) ?? joinChunks(readCookie, name);
    if (!token) continue;
    const key = `${name}\n${token}`;
    let entry = verified.get(key);
    if (!entry) {
      try {
        const payload = await decode({ token, secret, salt: name });
        const claims = readClaims(payload);
        if (!claims || typeof payload?.exp !== "number") return null;
        entry = { claims, exp: payload.exp };
        remember(key, entry);
      } catch {
        return null; // not ours, tampered with, or past its `exp`
      }
    }
    // Checked on every request, cached or not: the token's own expiry (with jose's 15 s tolerance)
    // and the absolute 8 hours from sign-in.
    if (nowSeconds > entry.exp + 15 || isSessionExpired(entry.claims, nowSeconds)) return null;
    return entry.claims;
  }
  return null;
}

/**
 * Tokens that decrypted, with their claims. Decrypting the same token gives the same claims every
 * time, so a repeat visit skips the key derivation and AES/HMAC work (about 1 ms of CPU) — expiry is
 * still checked per request above. Only tokens encrypted with our secret get here (failures are not
 * kept), so the map grows with real sessions only, and is capped; it is a cache of a pure function,
 * not state (a token that left the map is simply decrypted again).
 */
const MAX_VERIFIED = 10_000;
const verified = new Map<string, { claims: SessionClaims; exp: number }>();
function remember(key: string, entry: { claims: SessionClaims; exp: number }) {
  if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value!);
  verified.set(key, entry);
}

function joinChunks(readCookie: (name: string) => string | undefined, name: string): string | undefined {
  const chunks: string[] = [];
  for (let i = 0; i < 10; i++) {
    const chunk = readCookie(`${name}.${i}`);
    if (chunk === undefined) break;
    chunks.push(chunk);
  }
  return chunks.length > 0 ? chunks.join("") : undefined;
}
