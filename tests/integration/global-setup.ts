/**
 * Integration tests run against a real PostgreSQL: a database `<name>_it` next to DATABASE_URL's,
 * recreated and migrated once per run with the same `prisma migrate deploy` production uses.
 */
import { execFileSync } from "node:child_process";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { siblingDatabaseUrl } from "../support/database-url";

export default async function setup(project: TestProject) {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    throw new Error(
      "Integration tests need a PostgreSQL server: set DATABASE_URL, e.g. " +
        "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sundhed npm test (or run `npm test`, which finds a local server).",
    );
  }
  const { url, name } = siblingDatabaseUrl(baseUrl, "it");
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  project.provide("testDatabaseUrl", url);
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}
