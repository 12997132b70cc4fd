import { describe, expect, it } from "vitest";
import {
  FAILURE_WINDOW_MS,
  LOCK_DURATION_MS,
  MAX_FAILURES,
  checkSignInThrottle,
  stateAfterFailure,
  type ThrottleState,
} from "@/lib/rules/sign-in-throttle";

const t0 = new Date("2026-11-22T13:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function failTimes(minutes: number[]): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (const m of minutes) state = stateAfterFailure(state, at(m));
  return state;
}

describe("sign-in throttle rule", () => {
  it("uses the agreed policy: 5 failures in 15 minutes lock for 15 minutes", () => {
    expect(MAX_FAILURES).toBe(5);
    expect(FAILURE_WINDOW_MS).toBe(15 * 60_000);
    expect(LOCK_DURATION_MS).toBe(15 * 60_000);
  });

  it.each([
    ["no recorded failures", null, 0, true],
    ["four failures", failTimes([0, 1, 2, 3]), 4, true],
    ["locked, one minute into the lock", failTimes([0, 1, 2, 3, 4]), 5, false],
    ["locked, the last minute of the lock", failTimes([0, 1, 2, 3, 4]), 18.99, false],
    ["lock expired exactly", failTimes([0, 1, 2, 3, 4]), 19, true],
    ["lock expired long ago", failTimes([0, 1, 2, 3, 4]), 120, true],
  ])("check with %s → allowed %s", (_label, state, minute, allowed) => {
    expect(checkSignInThrottle(state, at(minute as number)).allowed).toBe(allowed);
  });

  it("reports until when the address is locked", () => {
    expect(checkSignInThrottle(failTimes([0, 1, 2, 3, 4]), at(10))).toEqual({ allowed: false, lockedUntil: at(19) });
  });

  it("counts failures within the window and locks on the fifth", () => {
    expect(failTimes([0])).toEqual({ failures: 1, firstFailureAt: at(0), lockedUntil: null });
    expect(failTimes([0, 1, 2, 3])).toEqual({ failures: 4, firstFailureAt: at(0), lockedUntil: null });
    expect(failTimes([0, 1, 2, 3, 14])).toEqual({ failures: 5, firstFailureAt: at(0), lockedUntil: at(29) });
  });

  it("starts a new window when the first failure is 15 minutes old", () => {
    expect(failTimes([0, 1, 2, 3, 15])).toEqual({ failures: 1, firstFailureAt: at(15), lockedUntil: null });
  });

  it("starts from one again after an expired lock", () => {
    expect(failTimes([0, 1, 2, 3, 4, 20])).toEqual({ failures: 1, firstFailureAt: at(20), lockedUntil: null });
  });

  it("neither extends nor lifts an active lock when a failure is recorded during it", () => {
    const locked = failTimes([0, 1, 2, 3, 14])!; // locked until 29, window from 0 has expired at 16
    expect(stateAfterFailure(locked, at(16))).toBe(locked);
    expect(stateAfterFailure(locked, at(28))).toBe(locked);
  });
});
