import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrateAdapterFactory } from "./lib/db/migrate-adapter";

// Prisma 6.19 on the JavaScript schema engine: migrations run through @prisma/adapter-pg and the
// WebAssembly engine, so no native engine is downloaded (see docs/decisions/001-prisma-6-19-js-engine.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed/index.ts" },
  adapter: async () => createMigrateAdapterFactory(requireDatabaseUrl()),
});

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Use `npm start` (it starts the embedded database and sets it), " +
        "or point DATABASE_URL at a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/sundhed",
    );
  }
  return url;
}
