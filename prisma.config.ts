import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrateAdapterFactory } from "./lib/db/migrate-adapter";

// Prisma 6.19 on the JavaScript schema engine: migrations run through @prisma/adapter-pg and the
// WebAssembly engine, so no native engine is downloaded (see docs/decisions/001-prisma-6-19-js-engine.md).
// Without DATABASE_URL the CLI treats the schema's `env("DATABASE_URL")` as unresolved and falls back to
// downloading a native engine — even for `prisma generate`, which `npm install` runs on a fresh clone
// and which never connects. So we give the schema a placeholder and hand the adapter the real value
// (undefined): a command that really connects then fails with a clear message (migrate-adapter.ts).
const databaseUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL ??= "postgresql://database-url-not-set@127.0.0.1:1/unset";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed/index.ts" },
  adapter: async () => createMigrateAdapterFactory(databaseUrl),
});
