/**
 * Sign-in throttling and lockout, as a pure rule (no database, no clock of its own).
 *
 * Policy: 5 failed attempts for one e-mail address within 15 minutes lock that address for 15
 * minutes. While locked, every attempt is refused without looking at the password — even a correct
 * one — and refused attempts do not extend the lock (so an attacker cannot keep a colleague locked
 * out forever by hammering). A successful sign-in deletes the state (lib/auth/throttle.ts).
 *
 * The same rule applies to addresses that have no account, so the answer never reveals whether an
 * account exists.
 */

export const MAX_FAILURES = 5;
/**
 * Per client IP address (issue 18 item 5): 30 failed attempts from one address within the window,
 * whatever e-mail addresses they name, lock that IP for the same time. Higher than per e-mail so an
 * office behind one NAT address is not locked by a few colleagues' typos; low enough that trying
 * many addresses from one machine — or keeping strangers' accounts locked — is stopped.
 * Success does not clear it (one valid account must not reset an attacker's count). Decision 026.
 */
export const MAX_FAILURES_PER_IP = 30;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_DURATION_MS = 15 * 60 * 1000;

export type ThrottleState = {
  failures: number;
  firstFailureAt: Date | null;
  lockedUntil: Date | null;
};

export type ThrottleCheck = { allowed: true } | { allowed: false; lockedUntil: Date };

export const NO_FAILURES: ThrottleState = { failures: 0, firstFailureAt: null, lockedUntil: null };

/** May an attempt be made now? `state` is null when the address has no recorded failures. */
export function checkSignInThrottle(state: ThrottleState | null, now: Date): ThrottleCheck {
  if (state?.lockedUntil && state.lockedUntil.getTime() > now.getTime()) {
    return { allowed: false, lockedUntil: state.lockedUntil };
  }
  return { allowed: true };
}

/**
 * The state after one more failed attempt at `now`. A failure outside the 15-minute window, or the
 * first after an expired lock, starts a new window; the failure that reaches the limit sets the lock.
 */
export function stateAfterFailure(state: ThrottleState | null, now: Date, maxFailures: number = MAX_FAILURES): ThrottleState {
  const current = state ?? NO_FAILURES;
  // Attempts while locked are refused before they are evaluated; should one be recorded anyway, it
  // neither extends nor (through an expired window) lifts the lock.
  if (!checkSignInThrottle(current, now).allowed) return current;
  const lockExpired = current.lockedUntil !== null && current.lockedUntil.getTime() <= now.getTime();
  const windowExpired = current.firstFailureAt === null || now.getTime() - current.firstFailureAt.getTime() >= FAILURE_WINDOW_MS;

  if (current.failures === 0 || lockExpired || windowExpired) {
    return { failures: 1, firstFailureAt: now, lockedUntil: null };
  }
  const failures = current.failures + 1;
  return {
    failures,
    firstFailureAt: current.firstFailureAt,
    lockedUntil: failures >= maxFailures ? new Date(now.getTime() + LOCK_DURATION_MS) : null,
  };
}
