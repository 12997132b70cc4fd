/**
 * `npm test`: everything, in the order that fails fastest —
 * lint → typecheck → schema/migration drift → unit → integration (real PostgreSQL) → end-to-end
 * (Chromium against the built app). Prints one closing line: "N passed, N failed".
 *
 * Needs a PostgreSQL server. With DATABASE_URL unset it looks for the local one this machine kind
 * runs (postgresql://postgres@127.0.0.1:5432) and uses a database `sundhed_test` there; if there is
 * none, it says what to do. Tests use sibling databases (<name>_it, <name>_e2e) it recreates itself.
 *
 * `npm test -- --skip-e2e` skips the browser tests (quick local loop).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { siblingDatabaseUrl } from "../tests/support/database-url";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432";
const started = Date.now();
const log = (message: string) => console.log(`\n[test ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(url: string, recreate: boolean): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    if (recreate) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

async function resolveDatabaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (await canConnect(`${LOCAL_SERVER}/postgres`)) {
    const url = `${LOCAL_SERVER}/sundhed_test`;
    console.log(`DATABASE_URL is not set; using the local PostgreSQL server: ${url}`);
    return url;
  }
  console.error(
    [
      "npm test needs a PostgreSQL server for the integration and end-to-end tests.",
      "Set DATABASE_URL to a database the tests may use, for example:",
      "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sundhed_test npm test",
      "(the tests create and drop sibling databases <name>_it and <name>_e2e on that server).",
    ].join("\n"),
  );
  process.exit(2);
}

type Counts = { passed: number; failed: number; skipped: number };

function vitestCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTestSuites ?? 0), skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
}

function playwrightCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

async function main() {
  const skipE2e = process.argv.includes("--skip-e2e");
  const databaseUrl = await resolveDatabaseUrl();
  await ensureDatabase(databaseUrl, false);
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), "sundhed-test-"));
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (counts: Counts) => {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  };
  const finish = (code: number) => {
    console.log(`\n[test] finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
    process.exit(code);
  };
  const bin = (name: string) => path.join("node_modules", ".bin", name);

  const gates: [string, string, string[]][] = [
    ["lint (eslint)", bin("eslint"), ["--max-warnings=0", "."]],
    ["lint (jscpd: no new copies in app, components, lib)", bin("jscpd"), ["-c", ".jscpd.json"]],
    ["typecheck (tsc)", bin("tsc"), ["--noEmit"]],
    [
      "schema/migration drift (prisma migrate diff)",
      bin("prisma"),
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
    ],
  ];
  for (const [name, command, args] of gates) {
    log(name);
    const code = await run(command, args, env);
    if (code !== 0) {
      console.error(`[test] ${name} failed (exit ${code})${name.startsWith("schema") && code === 2 ? ": the schema changed without a migration — run `npm run db:migrate`" : ""}`);
      total.failed += 1;
      finish(1);
    }
  }

  let failed = false;
  for (const project of ["unit", "integration"]) {
    log(`${project} tests (vitest)`);
    const output = path.join(reports, `${project}.json`);
    const code = await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${output}`], env);
    add(vitestCounts(output));
    failed ||= code !== 0;
  }

  if (!skipE2e) {
    log("end-to-end tests (Playwright, Chromium, built app)");
    const e2e = siblingDatabaseUrl(databaseUrl, "e2e");
    await ensureDatabase(e2e.url, true); // a fresh database: start.ts migrates and seeds it
    const output = path.join(reports, "e2e.json");
    const code = await run(bin("playwright"), ["test"], { ...env, E2E_DATABASE_URL: e2e.url, PLAYWRIGHT_JSON_OUTPUT_NAME: output });
    add(playwrightCounts(output));
    failed ||= code !== 0;
  }
  finish(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
