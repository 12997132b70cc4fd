import "server-only";
import { db } from "@/lib/db/client";

/** True when PostgreSQL answers a trivial query (GET /api/health; `npm start`'s wait loop). */
export async function databaseReady(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
