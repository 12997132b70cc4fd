/**
 * The mixed load test (issue 13): virtual users — anonymous visitors, GPs, caseworkers,
 * coordinators, committee members (bench/support/load/mix.ts) — against the built app on loopback,
 * then the invariants in SQL (bench/support/load/invariants.ts).
 *
 *   flock /tmp/e2e.lock env BENCH_HOLDS_LOCK=1 npx tsx bench/load.ts [--vus 200] [--duration 60] [--think 200]
 *   flock /tmp/e2e.lock env BENCH_HOLDS_LOCK=1 npx tsx bench/load.ts --faults [--outage 3] [--pg-port 5441]
 *
 * Without --faults: the national dataset (bench/support/national-offers.ts and
 * national-referrals.ts: the generated offers and 250,000 referrals) in LOAD_DATABASE_URL (default
 * postgresql://postgres@127.0.0.1:5432/sundhed_load_bench), created once and reused. Targets: 0
 * errors, 0 × 5xx (a conflict answered as such is an expected outcome), every invariant.
 *
 * --faults: the same on a throwaway PostgreSQL cluster of the test's own (initdb into a temporary
 * directory, port --pg-port; the shared cluster on 5432 is never stopped): the database is stopped
 * at a quarter of the run for --outage seconds and started again, then a save runs into
 * statement_timeout (bench/support/load/faults.ts). --referrals N: how many national referrals
 * to generate there (default 250,000; 0 = the demo seed only).
 *
 * The app: scripts/start.ts on --port (default 3112, or BENCH_PORT), as `npm start` runs it; with
 * BENCH_HOLDS_LOCK=1 the caller holds the lock already. Exits non-zero when a target fails.
 */
import { ensureDatabase, log, machineLine, startApp } from "./support/app-server";
import { prepareNationalOffers } from "./support/national-offers";
import { prepareNationalReferrals } from "./support/national-referrals";
import { runScenario } from "./support/load/scenario";
import { startThrowawayCluster, type ThrowawayCluster } from "./support/load/throwaway-cluster";

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} wants a number`);
  return value;
}

const VUS = flag("--vus", 200);
const SECONDS = flag("--duration", 60);
const THINK_MS = flag("--think", 200);
const FAULTS = process.argv.includes("--faults");
const OUTAGE_S = flag("--outage", 3);
const PG_PORT = flag("--pg-port", 5441);
const PORT = flag("--port", Number(process.env.BENCH_PORT ?? 3112));
const REFERRALS = flag("--referrals", 250_000);
const FAULT_DATABASE = "sundhed_load";

async function main() {
  let cluster: ThrowawayCluster | null = null;
  let databaseUrl = process.env.LOAD_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/sundhed_load_bench";
  if (FAULTS) {
    log(`starting a throwaway PostgreSQL cluster on port ${PG_PORT} (the shared one on 5432 is left alone)`);
    cluster = await startThrowawayCluster(PG_PORT);
    databaseUrl = cluster.url(FAULT_DATABASE);
    await ensureDatabase(databaseUrl);
  }
  try {
    if (!FAULTS || REFERRALS > 0) {
      await prepareNationalOffers(databaseUrl);
      await prepareNationalReferrals(databaseUrl, REFERRALS);
    }
    const app = await startApp({ port: PORT, databaseUrl, holdsLock: process.env.BENCH_HOLDS_LOCK === "1" });
    try {
      const { report, failures } = await runScenario({
        base: app.base,
        secret: app.secret,
        databaseUrl,
        vus: VUS,
        seconds: SECONDS,
        thinkMs: THINK_MS,
        faults: cluster ? { cluster, database: FAULT_DATABASE, holdSeconds: OUTAGE_S } : undefined,
        log,
      });
      console.log(`\n${FAULTS ? "FAULT RUN" : "LOAD RUN"} — ${new URL(databaseUrl).pathname.slice(1)} on port ${new URL(databaseUrl).port || 5432}\n${report}`);
      // What the server logged about failed actions (the first few): the cause behind an "error" answer.
      const logged = app.output().split("\n").filter((line) => /action\.(unexpected|database)/.test(line));
      if (logged.length > 0) console.log(`the server logged ${logged.length} failed actions (recent output), e.g.:\n  ${logged.slice(0, 3).map((l) => l.slice(0, 400)).join("\n  ")}`);
      console.log(await machineLine());
      if (failures.length > 0) process.exitCode = 1;
    } finally {
      await app.stop();
    }
  } finally {
    cluster?.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
