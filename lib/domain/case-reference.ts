import "server-only";
/**
 * The next human reference of the year for a case table, PREFIX-YYYY-NNNN (adverse events UH-,
 * task transfers OO-). Creations are serialised per table by an advisory lock held to commit; the
 * unique index is the last guard. Same scheme as the referral references (create-referral.ts).
 */
import type { Tx } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { danishDate } from "@/lib/calendar";

const TABLES = { UH: "AdverseEvent", OO: "TaskTransfer" } as const;

export async function nextCaseReference(tx: Tx, prefix: keyof typeof TABLES, now: Date): Promise<string> {
  const year = danishDate(now).slice(0, 4);
  const table = Prisma.raw(`"${TABLES[prefix]}"`);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`case-reference-${prefix}`}))`;
  const [last] = await tx.$queryRaw<{ reference: string }[]>`
    SELECT reference FROM ${table} WHERE reference >= ${`${prefix}-${year}-`} AND reference < ${`${prefix}-${year}.`} ORDER BY reference DESC LIMIT 1`;
  const n = last ? Number(last.reference.slice(prefix.length + 6)) + 1 : 1;
  return `${prefix}-${year}-${String(n).padStart(4, "0")}`;
}
