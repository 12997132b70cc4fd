/**
 * scripts/generate-national-referrals.ts (the benchmarks' and the load test's national dataset):
 * every generated referral's history is in order — its status is its last event's, and no two of its
 * events share a moment. Issue 13's load test found 2,519 of 250,000 that were not: a cancellation
 * placed before the receipt it cancelled, and steps capped at "now" landing on the same instant.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/index";
import { db } from "./support/db";

describe("the national referral generator", () => {
  it("gives every referral (5,000 of them) an ordered history whose last event is its status", { timeout: 180_000 }, async () => {
    await seed(db, { demo: true });
    execFileSync("node_modules/.bin/tsx", ["scripts/generate-national-referrals.ts", "--count", "5000"], { env: process.env, stdio: "pipe" });
    const [row] = await db.$queryRaw<{ referrals: number; mismatched: number; tied: number }[]>`
      SELECT (SELECT count(*)::int FROM "Referral" WHERE id LIKE 'nat-%') AS referrals,
             (SELECT count(*)::int FROM "Referral" r
                LEFT JOIN LATERAL (SELECT e."toStatus" FROM "ReferralEvent" e WHERE e."referralId" = r.id ORDER BY e."occurredAt" DESC, e.id DESC LIMIT 1) last ON true
               WHERE r.id LIKE 'nat-%' AND last."toStatus" IS DISTINCT FROM r.status) AS mismatched,
             (SELECT count(*)::int FROM (SELECT 1 FROM "ReferralEvent" WHERE id LIKE 'nat-%' GROUP BY "referralId", "occurredAt" HAVING count(*) > 1) t) AS tied`;
    expect(row).toEqual({ referrals: 5000, mismatched: 0, tied: 0 });
    // Each event leaves the status the one before it entered.
    const [broken] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT "fromStatus", lag("toStatus") OVER (PARTITION BY "referralId" ORDER BY "occurredAt", id) AS previous
          FROM "ReferralEvent" WHERE id LIKE 'nat-%') e
       WHERE e.previous IS DISTINCT FROM e."fromStatus"`;
    expect(broken.n).toBe(0);
  });
});
