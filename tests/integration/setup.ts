import { inject, beforeEach } from "vitest";

// Point every module (lib/db/client reads it on import) at the migrated test database.
process.env.DATABASE_URL = inject("testDatabaseUrl");

const { resetDatabase } = await import("./support/db");

beforeEach(async () => {
  await resetDatabase();
});
