import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfigFromUrl, isEmbeddedDatabase } from "./pool-config";

/**
 * Creates a Prisma client on the JS engine with the pg driver adapter. Used by the app's singleton
 * (lib/db/client.ts), the seed and the test suites — which cannot import `server-only` modules.
 */
export function createPrismaClient(databaseUrl = process.env.DATABASE_URL): PrismaClient {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database).");
  // The embedded server answers one connection at a time.
  const max = isEmbeddedDatabase() ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({ adapter: new PrismaPg(poolConfigFromUrl(databaseUrl, { max })) });
}
