import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfigFromUrl, isEmbeddedDatabase } from "./pool-config";

/**
 * How long an interactive transaction may wait for a pooled connection, and run. Prisma's defaults
 * (2 s and 5 s) failed a third of the saves under issue 13's load (200 users on 2 cores, 10
 * connections): the transaction waits for a connection, and referral creations queue on the
 * reference number's advisory lock, so a save that would have taken 6 s was refused as an error
 * instead. A user prefers a slow save to a failed one; `statement_timeout` on the database (if set)
 * still bounds each statement. Overridable: DATABASE_TX_MAX_WAIT_MS, DATABASE_TX_TIMEOUT_MS.
 */
export const TRANSACTION_OPTIONS = {
  maxWait: Number(process.env.DATABASE_TX_MAX_WAIT_MS ?? 15_000),
  timeout: Number(process.env.DATABASE_TX_TIMEOUT_MS ?? 20_000),
};

/**
 * Creates a Prisma client on the JS engine with the pg driver adapter. Used by the app's singleton
 * (lib/db/client.ts), the seed and the test suites — which cannot import `server-only` modules.
 */
export function createPrismaClient(databaseUrl = process.env.DATABASE_URL): PrismaClient {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database).");
  // The embedded server answers one connection at a time.
  const max = isEmbeddedDatabase() ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({ adapter: new PrismaPg(poolConfigFromUrl(databaseUrl, { max })), transactionOptions: TRANSACTION_OPTIONS });
}
