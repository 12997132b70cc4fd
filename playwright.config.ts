import { defineConfig } from "@playwright/test";
import { siblingDatabaseUrl } from "./tests/support/database-url";
import { E2E_SERVER_ENV } from "./tests/support/e2e-server-env";

/**
 * End-to-end tests in Debian's Chromium (Playwright cannot download its own browser here) against
 * the built app served by the same `scripts/start.ts` as `npm start`, on a database of its own.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl =
  process.env.E2E_DATABASE_URL ?? (process.env.DATABASE_URL ? siblingDatabaseUrl(process.env.DATABASE_URL, "e2e").url : undefined);

export default defineConfig({
  // Two cores: the server and one browser at a time keep timings stable.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", testDir: "tests/e2e", use: { browserName: "chromium" } },
    // The security harness (tests/security/README.md): the authorisation matrix, the fuzzing and the
    // headers over HTTP against the same built server, after the browser tests (it adds no demo data
    // they rely on, and refused attacks write nothing). `npm run test:security [-- --long]` runs it alone.
    { name: "security", testDir: "tests/security", timeout: 30 * 60_000 },
    // The short form of the load test with a database restart (tests/load, decision 034): its own app
    // on a throwaway PostgreSQL cluster; bench/load.ts runs the full 200 users × 60 s.
    { name: "load", testDir: "tests/load", timeout: 10 * 60_000 },
  ],
  webServer: {
    command: `node_modules/.bin/tsx scripts/start.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { EMBEDDED_DATA_DIR: ".data/pglite-e2e" }),
      NEXT_TELEMETRY_DISABLED: "1",
      ...E2E_SERVER_ENV,
      // One server process: specs assert that a second visit is this server's cache hit, which a second
      // process (a cache of its own) would answer MISS. Several processes: decision 039, two-servers.spec.ts.
      WEB_CONCURRENCY: "1",
    } as Record<string, string>,
  },
});
