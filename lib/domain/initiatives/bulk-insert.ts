import "server-only";
/**
 * Bulk writes for the status-table import: one INSERT … SELECT FROM jsonb_to_recordset($1) per table,
 * whatever the number of rows. At 5,000 rows Prisma's createMany costs ~1.8 s per 2,500 rows on this
 * machine against ~0.4 s for all 5,000 this way (bench/initiatives-import.ts), and the import must
 * finish well under 10 s inside one transaction.
 *
 * Table and column names come from this module's callers (constants), never from input; the rows
 * travel as one JSON parameter. Ids are generated here (the schema's @default(cuid()) is applied by
 * Prisma's client, not by the database), in the same 25-character shape.
 */
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/types";

let counter = Math.floor(Math.random() * 1_679_616);

/** A collision-resistant id shaped like Prisma's cuid(): "c" + time + counter + randomness, 25 characters. */
export function newId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const count = counter.toString(36).padStart(4, "0");
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`).toString(36).padStart(12, "0").slice(-12);
  return `c${time}${count}${random}`;
}

/** Timestamps as Prisma stores them: timestamp(3) without time zone, in UTC. */
export const utc = (date: Date) => date.toISOString().replace("Z", "");

export type Column = { name: string; type: string; cast?: string };

/** Inserts `rows` (objects keyed by column name) into `table` in one statement; returns the row count. */
export async function bulkInsert(tx: Tx, table: string, columns: readonly Column[], rows: readonly Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const names = columns.map((c) => quoted(c.name)).join(", ");
  const values = columns.map((c) => (c.cast ? `v.${quoted(c.name)}::${c.cast}` : `v.${quoted(c.name)}`)).join(", ");
  const record = columns.map((c) => `${quoted(c.name)} ${c.type}`).join(", ");
  return tx.$executeRawUnsafe(
    `INSERT INTO ${quoted(table)} (${names}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS v(${record})`,
    JSON.stringify(rows),
  );
}

/** A unique index refused a bulk write (PostgreSQL 23505, through a raw query or Prisma's P2002). */
export function isBulkUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; meta?: { code?: unknown }; message?: unknown };
  return e.code === "P2002" || e.meta?.code === "23505" || (typeof e.message === "string" && e.message.includes("23505"));
}
