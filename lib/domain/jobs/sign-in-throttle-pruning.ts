import "server-only";
/**
 * Pruning of sign-in throttle rows that no longer count (decision 003's open point, issue 13 item 5).
 * Every failed sign-in leaves a row keyed by the e-mail address it named — also addresses without an
 * account, typed by anybody — or by the client IP (decision 026). A row whose failure window has passed
 * and whose lock (if any) has run out changes nothing any more: the next failure starts a new window
 * exactly as with no row (lib/rules/sign-in-throttle.ts, `stateAfterFailure`). Such rows are deleted,
 * so the table holds only what throttles now — no growing list of addresses somebody once typed.
 *
 * Safe beside sign-ins: a sign-in locks its row before it reads it (`reserveSignInAttempt`, an upsert
 * that inserts the row again if this job deleted it meanwhile), and the rows taken here are locked
 * with SKIP LOCKED, so a row in use is left for the next run. In batches, with the clock injected.
 */
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { FAILURE_WINDOW_MS } from "@/lib/rules/sign-in-throttle";
import { JOB_BATCH, type JobClock } from "./system";

export async function runSignInThrottlePruning(clock: JobClock, options: { batchSize?: number } = {}): Promise<{ pruned: number }> {
  const windowStartedBefore = new Date(clock.now.getTime() - FAILURE_WINDOW_MS);
  const batchSize = options.batchSize ?? JOB_BATCH;
  let pruned = 0;
  for (;;) {
    const count = await db.$executeRaw(Prisma.sql`
      DELETE FROM "SignInThrottle" WHERE "email" IN (
        SELECT "email" FROM "SignInThrottle"
         WHERE ("lockedUntil" IS NULL OR "lockedUntil" <= ${clock.now})
           AND ("firstFailureAt" IS NULL OR "firstFailureAt" <= ${windowStartedBefore})
         LIMIT ${batchSize}
         FOR UPDATE SKIP LOCKED)`);
    pruned += count;
    if (count < batchSize) return { pruned };
  }
}
