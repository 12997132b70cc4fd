import "server-only";
/**
 * pg-boss on a Prisma transaction's connection: a job sent (or retried) this way exists exactly when
 * the transaction that wrote its reason — and the audit row — commits. No pool of pg-boss's own is
 * opened and nothing is started (no maintenance, no schedules); the worker does that.
 */
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db/types";

/** pg-boss's schema in the portal's database (decision 022). */
export const QUEUE_SCHEMA = "pgboss";

export function transactionDb(tx: Tx) {
  return { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
}

export function bossOn(tx: Tx): PgBoss {
  return new PgBoss({ schema: QUEUE_SCHEMA, db: transactionDb(tx) });
}

/** Sends `name` with `data` in `tx`; throws when the queue does not exist (no worker ever installed it). */
export async function sendInTransaction(tx: Tx, name: string, data: object, options: PgBoss.SendOptions = {}): Promise<string> {
  const id = await bossOn(tx).send(name, data, { ...options, db: transactionDb(tx) });
  if (!id) throw new Error(`job queue ${name}: not sent`);
  return id;
}
