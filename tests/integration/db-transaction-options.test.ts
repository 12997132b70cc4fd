/**
 * lib/db/create-client.ts's transaction options, on real PostgreSQL: under issue 13's load (200
 * users, 10 pooled connections) Prisma's defaults — 2 s to get a connection, 5 s to run — failed a
 * third of the saves with P2028. A transaction that waits longer than 2 s for a connection, and one
 * that runs longer than 5 s, must both complete.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";

const client = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => client.$disconnect());

describe("interactive transactions under load", () => {
  it("one waits 3 s for a pooled connection while all 10 are busy, and completes", { timeout: 60_000 }, async () => {
    const busy = Array.from({ length: 10 }, () => client.$transaction(async (tx) => tx.$queryRawUnsafe(`SELECT pg_sleep(3)::text AS slept`)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    const waiting = client.$transaction(async (tx) => tx.$queryRawUnsafe<{ one: number }[]>(`SELECT 1 AS one`));
    const [answer] = await Promise.all([waiting, ...busy]);
    expect(answer).toEqual([{ one: 1 }]);
    expect(Date.now() - started).toBeGreaterThan(2_000); // it did wait longer than Prisma's default allows
  });

  it("one runs 6 s (a save queued behind another's lock) and commits", { timeout: 60_000 }, async () => {
    const result = await client.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT pg_sleep(6)::text AS slept`);
      return (await tx.$queryRawUnsafe<{ ok: boolean }[]>(`SELECT true AS ok`))[0].ok;
    });
    expect(result).toBe(true);
  });
});
