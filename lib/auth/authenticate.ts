import "server-only";
import type { Db } from "@/lib/db/types";
import type { Locale } from "@/lib/generated/prisma/enums";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { MAX_FAILURES_PER_IP } from "@/lib/rules/sign-in-throttle";
import { clearSignInFailures, forgiveReservedAttempt, ipThrottleKey, normaliseEmail, reserveSignInAttempt } from "./throttle";

/** What a successful sign-in puts in the session: an id and the session version, nothing personal. */
export type AuthenticatedUser = { id: string; sessionVersion: number; locale: Locale };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

/**
 * The credentials check behind next-auth's `authorize` (lib/auth/auth.ts), kept free of next-auth
 * so it can be tested against a real database.
 *
 * - Throttled per lower-cased e-mail, also for unknown addresses (lib/rules/sign-in-throttle.ts),
 *   and per client IP address when one is known (`ip`, lib/auth/client-ip.ts; decision 026): the IP
 *   is checked first, so a locked IP does not even count against the address it names.
 * - While locked, even the correct password is refused.
 * - Unknown e-mail, no password (single sign-on only), wrong password and deactivated user all give
 *   the same answer and take the same time: the response never tells whether an account exists or
 *   is active (see docs/decisions/003-auth-sessions.md for why deactivated users get no own message).
 * - On success: the failure counter is cleared and `lastSignInAt` set.
 */
export async function authenticate(
  client: Db,
  input: { email: string; password: string; ip?: string | null },
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const email = normaliseEmail(input.email);

  const byIp = input.ip ? await reserveSignInAttempt(client, ipThrottleKey(input.ip), now, MAX_FAILURES_PER_IP) : null;
  if (byIp && !byIp.allowed) return { ok: false, reason: "locked", lockedUntil: byIp.lockedUntil };
  const reservation = await reserveSignInAttempt(client, email, now);
  if (!reservation.allowed) return { ok: false, reason: "locked", lockedUntil: reservation.lockedUntil };

  const user = await client.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true, sessionVersion: true, locale: true },
  });
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);

  // Security invariant: only an existing, active user with a matching password gets through.
  if (user && user.active && passwordMatches) {
    await clearSignInFailures(client, email);
    if (input.ip) await forgiveReservedAttempt(client, ipThrottleKey(input.ip));
    await client.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion, locale: user.locale } };
  }

  // The failure was already counted by the reservation; if it was the one that reached the limit,
  // say so now rather than letting the user find out on the next attempt.
  const lockedUntil = reservation.stateIfFailed.lockedUntil ?? (byIp?.allowed ? byIp.stateIfFailed.lockedUntil : null);
  if (lockedUntil) return { ok: false, reason: "locked", lockedUntil };
  return { ok: false, reason: "invalid_credentials" };
}
