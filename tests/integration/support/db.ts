import { db } from "@/lib/db/client";

let tables: string[] | undefined;

/** Empties every table (not the migration history) so each test starts from nothing. */
export async function resetDatabase(): Promise<void> {
  tables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  ).map((row) => `"public"."${row.tablename}"`);
  if (tables.length) await db.$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
}

export { db };
