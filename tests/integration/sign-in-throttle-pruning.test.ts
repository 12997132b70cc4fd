/**
 * Issue 13 item 5 (decision 003's open point): throttle rows that no longer count are pruned by the
 * scheduled job, rows that still throttle are kept, and pruning never loosens a throttle — the clock
 * injected, real PostgreSQL, real sign-ins through `authenticate`.
 */
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { ipThrottleKey } from "@/lib/auth/throttle";
import { runSignInThrottlePruning } from "@/lib/domain/jobs/sign-in-throttle-pruning";
import { FAILURE_WINDOW_MS, LOCK_DURATION_MS, MAX_FAILURES } from "@/lib/rules/sign-in-throttle";
import { db } from "./support/db";

const T0 = new Date("2026-03-02T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const emails = async () => (await db.signInThrottle.findMany({ select: { email: true }, orderBy: { email: "asc" } })).map((r) => r.email);

describe("pruning of sign-in throttle rows", () => {
  it("deletes rows whose window and lock have passed (addresses and IPs), keeps rows that still throttle", async () => {
    // One failure at T0 from an address nobody has, and its IP.
    await authenticate(db, { email: "ukendt@example.dk", password: "forkert", ip: "203.0.113.9" }, T0);
    // A locked address: five failures at T0 + 10 min, locked until T0 + 25 min.
    for (let i = 0; i < MAX_FAILURES; i += 1) await authenticate(db, { email: "laast@example.dk", password: "forkert" }, later(10 * MINUTE));
    expect(await emails()).toEqual([ipThrottleKey("203.0.113.9"), "laast@example.dk", "ukendt@example.dk"]);

    // Inside the first window: nothing goes.
    expect(await runSignInThrottlePruning({ now: later(FAILURE_WINDOW_MS - MINUTE) })).toEqual({ pruned: 0 });
    // The first window has passed; the lock has not: the address and the IP of T0 go, the lock stays.
    expect(await runSignInThrottlePruning({ now: later(FAILURE_WINDOW_MS) })).toEqual({ pruned: 2 });
    expect(await emails()).toEqual(["laast@example.dk"]);
    const locked = await authenticate(db, { email: "laast@example.dk", password: "forkert" }, later(20 * MINUTE));
    expect(locked.ok === false && locked.reason).toBe("locked");

    // The lock has run out: the row goes too.
    expect(await runSignInThrottlePruning({ now: later(10 * MINUTE + LOCK_DURATION_MS) })).toEqual({ pruned: 1 });
    expect(await emails()).toEqual([]);
  });

  it("a failure after pruning starts a new window, as with the row kept; the lock still comes at the fifth failure", async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i += 1) await authenticate(db, { email: "igen@example.dk", password: "forkert" }, T0);
    expect(await runSignInThrottlePruning({ now: later(FAILURE_WINDOW_MS) })).toEqual({ pruned: 1 });
    for (let i = 0; i < MAX_FAILURES - 1; i += 1) {
      const result = await authenticate(db, { email: "igen@example.dk", password: "forkert" }, later(FAILURE_WINDOW_MS + MINUTE));
      expect(result).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    const fifth = await authenticate(db, { email: "igen@example.dk", password: "forkert" }, later(FAILURE_WINDOW_MS + MINUTE));
    expect(fifth.ok === false && fifth.reason).toBe("locked");
  });

  it("works in batches, and leaves a row a sign-in holds locked for the next run", async () => {
    await db.signInThrottle.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({ email: `gammel${i}@example.dk`, failures: 1, firstFailureAt: T0 })),
    });
    // Another session holds one row, as a sign-in in progress does.
    const held = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "SignInThrottle" WHERE "email" = 'gammel0@example.dk' FOR UPDATE`;
      const result = await runSignInThrottlePruning({ now: later(FAILURE_WINDOW_MS) }, { batchSize: 3 });
      return result;
    });
    expect(await held).toEqual({ pruned: 6 });
    expect(await emails()).toEqual(["gammel0@example.dk"]);
    expect(await runSignInThrottlePruning({ now: later(FAILURE_WINDOW_MS) }, { batchSize: 3 })).toEqual({ pruned: 1 });
  });
});
