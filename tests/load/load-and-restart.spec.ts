/**
 * The short form of the load test in `npm test` (issue 13; bench/load.ts runs the full one, decision
 * 034): 30 virtual users of the realistic mix for 15 s against the built app, on a throwaway
 * PostgreSQL cluster of the test's own (never the shared one), which is stopped after ~4 s and
 * started again 2 s later; then a save runs into statement_timeout. Asserts what the full run
 * measures: /api/health 503 while the database is away (within its probe timeout), recovery within
 * 5 s of the database's return without restarting the app, no answer showing a stack, 0 errors and
 * 0 × 5xx outside the outage, the timed-out save answered with its message and nothing saved, and the
 * invariants in SQL (status = last event, one audit row per change, no lost update).
 *
 * Its own app on LOAD_PORT (default E2E_PORT + 1000) against the throwaway cluster (port
 * LOAD_PG_PORT, default 5441): scripts/start.ts migrates and seeds the empty database. The build is
 * the one the Playwright web server made; the run already holds `/tmp/e2e.lock` when it is taken.
 */
import { expect, test } from "@playwright/test";
import { ensureDatabase, startApp } from "../../bench/support/app-server";
import { runScenario } from "../../bench/support/load/scenario";
import { startThrowawayCluster } from "../../bench/support/load/throwaway-cluster";

const PORT = Number(process.env.LOAD_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);
const PG_PORT = Number(process.env.LOAD_PG_PORT ?? 5441);
const DATABASE = "sundhed_load";

test("30 users × 15 s with the database stopped and started mid-load, then a statement timeout: clean failures, recovery ≤ 5 s, invariants hold", async () => {
  test.setTimeout(10 * 60_000);
  const cluster = await startThrowawayCluster(PG_PORT);
  try {
    const databaseUrl = cluster.url(DATABASE);
    await ensureDatabase(databaseUrl);
    const app = await startApp({ port: PORT, databaseUrl, holdsLock: true });
    try {
      const { report, failures } = await runScenario({
        base: app.base,
        secret: app.secret,
        databaseUrl,
        vus: 30,
        seconds: 15,
        thinkMs: 200,
        faults: { cluster, database: DATABASE, holdSeconds: 2 },
        log: (message) => console.log(`[load] ${message}`),
      });
      console.log(report);
      expect(report).toMatch(/\/api\/health while the database was away: \d+ probes — HTTP 503: \d+;/);
      expect(report).toContain("PASS  no lost section update");
      expect(failures).toEqual([]);
    } finally {
      await app.stop();
    }
  } finally {
    cluster.remove();
  }
});
