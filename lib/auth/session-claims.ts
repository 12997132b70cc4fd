/**
 * What the session cookie (a signed, encrypted JWT) carries: the user's id, the session version it
 * was issued under, when the user authenticated, and the id of its server-side session row
 * (UserSession — sign-out ends that row, so the cookie stops working everywhere at once). Nothing personal — name, e-mail, roles and
 * memberships are loaded from PostgreSQL on every request (lib/auth/actor.ts), so they are never
 * stale and never sit in a cookie. Pure: shared by the next-auth callbacks and tests.
 */

/** Sessions end 8 hours after sign-in (a working day), however active the user is. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export type SessionClaims = { userId: string; sessionVersion: number; authTime: number; sessionId: string };

/** Reads the claims from a decoded token or a session; anything malformed → null (fail closed). */
export function readClaims(value: unknown): SessionClaims | null {
  if (!value || typeof value !== "object") return null;
  const { userId, sessionVersion, authTime, sessionId } = value as Record<string, unknown>;
  if (typeof userId !== "string" || userId.length === 0) return null;
  // Must be a number: loadActor skips the version check when it is undefined.
  if (typeof sessionVersion !== "number" || !Number.isInteger(sessionVersion)) return null;
  if (typeof authTime !== "number" || !Number.isFinite(authTime)) return null;
  // A cookie from before server-side sessions (or a forged one) has none: signed out.
  if (typeof sessionId !== "string" || sessionId.length === 0 || sessionId.length > 100) return null;
  return { userId, sessionVersion, authTime, sessionId };
}

/**
 * next-auth re-issues the JWT cookie with a fresh expiry whenever its session endpoint is read, so
 * its maxAge alone is an idle timeout. The sign-in time makes the 8 hours absolute: a copied cookie
 * cannot be kept alive by polling.
 */
export function isSessionExpired(claims: SessionClaims, nowSeconds: number): boolean {
  return nowSeconds - claims.authTime >= SESSION_MAX_AGE_SECONDS || claims.authTime > nowSeconds + 60;
}
