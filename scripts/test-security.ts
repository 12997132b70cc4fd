/**
 * `npm run test:security`: the security harness alone (tests/security/README.md) — the Playwright
 * project "security" against the built app on a fresh e2e database, as `npm test` runs it.
 * `npm run test:security -- --long`: the full fuzz campaign (SECURITY_LONG=1: many more cases per
 * action and route; minutes, not seconds).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { siblingDatabaseUrl } from "../tests/support/database-url";

async function main() {
  const base = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/sundhed_test";
  const e2e = siblingDatabaseUrl(base, "e2e");
  const admin = new pg.Client({ connectionString: Object.assign(new URL(base), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${e2e.name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${e2e.name}"`);
  await admin.end();
  const long = process.argv.includes("--long");
  const extra = process.argv.slice(2).filter((a) => a !== "--long");
  const child = spawn(path.join("node_modules", ".bin", "playwright"), ["test", "--project", "security", ...extra], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: base, E2E_DATABASE_URL: e2e.url, NEXT_TELEMETRY_DISABLED: "1", ...(long ? { SECURITY_LONG: "1" } : {}) },
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
