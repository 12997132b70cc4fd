import "server-only";
import type { Db } from "@/lib/db/types";
import { checkSignInThrottle, stateAfterFailure, type ThrottleState } from "@/lib/rules/sign-in-throttle";

/** E-mail addresses are stored and throttled lower-cased (User.email is unique lower-case). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type AttemptReservation = { allowed: true; stateIfFailed: ThrottleState } | { allowed: false; lockedUntil: Date };

/**
 * Checks the lock and counts the attempt as a failure *before* the password is verified, in one
 * transaction holding a row lock on the address. Counting in advance closes the race where many
 * parallel attempts all pass the check before any failure is written: the sixth concurrent attempt
 * sees five counted failures and is refused. A successful sign-in then clears the row
 * (`clearSignInFailures`). The state lives in PostgreSQL so every app server sees the same counts.
 */
export async function reserveSignInAttempt(client: Db, email: string, now: Date, maxFailures?: number): Promise<AttemptReservation> {
  return client.$transaction(async (tx) => {
    // One statement inserts the row (also for addresses without an account) or locks the one that is
    // there, and the lock serialises concurrent attempts for the address until this transaction
    // commits. One statement, not an insert and then a lock: in between, the pruning job
    // (lib/domain/jobs/sign-in-throttle-pruning.ts) could delete a stale row, leaving nothing to lock.
    const [row] = await tx.$queryRaw<ThrottleState[]>`
      INSERT INTO "SignInThrottle" ("email", "updatedAt") VALUES (${email}, ${now})
      ON CONFLICT ("email") DO UPDATE SET "email" = EXCLUDED."email"
      RETURNING "failures", "firstFailureAt", "lockedUntil"`;

    const check = checkSignInThrottle(row, now);
    if (!check.allowed) return check; // locked: refused without touching the password, lock not extended

    const stateIfFailed = stateAfterFailure(row, now, maxFailures);
    await tx.signInThrottle.update({ where: { email }, data: stateIfFailed });
    return { allowed: true, stateIfFailed };
  });
}

/**
 * The throttle key of a client IP address (decision 026): the same table as the e-mail addresses,
 * told apart by the "ip:" prefix — an IP key has no "@", so it can never be an e-mail address.
 */
export function ipThrottleKey(ip: string): string {
  return `ip:${ip.trim().toLowerCase()}`;
}

/** After a successful sign-in: the counter starts from zero again. */
export async function clearSignInFailures(client: Db, email: string): Promise<void> {
  await client.signInThrottle.deleteMany({ where: { email } });
}

/**
 * After a successful sign-in from an IP: the attempt the reservation counted in advance was not a
 * failure, so it is taken back — one, not all (a valid account must not reset an attacker's count).
 */
export async function forgiveReservedAttempt(client: Db, key: string): Promise<void> {
  await client.$executeRaw`UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "email" = ${key} AND "lockedUntil" IS NULL`;
}
