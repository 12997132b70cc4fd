/**
 * One load run against a started app, as bench/load.ts prints it and tests/load/load.spec.ts
 * asserts it: the setup, a baseline, the virtual users for `seconds`, optionally the faults (the
 * database taken away at a quarter of the run, then a statement timeout), and the invariants.
 * Returns the printed report and the list of what failed (empty: every target met).
 */
import { checkInvariants, checksTable, takeBaseline } from "./invariants";
import { healthProbe, judgeOutage, outage, statementTimeout } from "./faults";
import { loadTable, runLoad, totals } from "./mix";
import { prepareLoad } from "./setup";
import type { ThrowawayCluster } from "./throwaway-cluster";

export type ScenarioOptions = {
  base: string;
  secret: string;
  databaseUrl: string;
  vus: number;
  seconds: number;
  thinkMs: number;
  /** The fault run: the cluster to stop and start (never the shared one) and its database's name. */
  faults?: { cluster: ThrowawayCluster; database: string; holdSeconds: number };
  log: (message: string) => void;
};

export async function runScenario(options: ScenarioOptions): Promise<{ report: string; failures: string[] }> {
  const { log } = options;
  const setup = await prepareLoad(options.base, options.databaseUrl, options.secret);
  log(
    `setup: ${setup.municipalityCodes.length} municipalities, ${setup.referralTargets.length} referral targets, draft ${setup.draftVersionId} with ${setup.sections.length} sections shared by the coordinators, ${setup.forumIds.length} forums`,
  );
  const baseline = await takeBaseline(options.databaseUrl, setup.sections);
  const probe = options.faults ? healthProbe(options.base) : null;
  const stopAfterMs = Math.max(2000, options.seconds * 250);
  const outagePromise = options.faults ? outage(options.faults.cluster, stopAfterMs, options.faults.holdSeconds, log) : null;
  log(`load: ${options.vus} virtual users for ${options.seconds} s${options.faults ? `; the database stopped after ${stopAfterMs / 1000} s for ${options.faults.holdSeconds} s` : ""}`);
  const result = await runLoad(setup, { vus: options.vus, seconds: options.seconds, thinkMs: options.thinkMs });
  const lines = [
    `${options.vus} virtual users × ${options.seconds} s (think time 0–${options.thinkMs} ms), ${result.requests} requests in ${result.seconds.toFixed(1)} s = ${(result.requests / result.seconds).toFixed(1)} req/s`,
    loadTable(result),
  ];
  const failures: string[] = [];
  const sum = totals(result);
  lines.push(`errors: ${sum.errors}, 5xx: ${sum.status5xx}, conflicts answered as such (expected): ${sum.conflicts}`);
  if (result.firstErrors.length > 0) lines.push(`first errors:\n  ${result.firstErrors.join("\n  ")}`);

  if (options.faults && outagePromise && probe) {
    const o = await outagePromise;
    const judged = judgeOutage(o, await probe.stop(), result);
    lines.push(...judged.lines);
    failures.push(...judged.failures);
    const coordinatorCookie = await setup.cookieFor("coordinator", 0);
    const timeout = await statementTimeout(setup, options.faults.database, options.faults.cluster.url(options.faults.database), coordinatorCookie, log);
    lines.push(...timeout.lines);
    failures.push(...timeout.failures);
  } else {
    if (sum.errors > 0) failures.push(`${sum.errors} errors`);
    if (sum.status5xx > 0) failures.push(`${sum.status5xx} × 5xx`);
  }

  log("invariants (SQL)");
  const checks = await checkInvariants(options.databaseUrl, baseline, result.changes);
  lines.push("invariants:", checksTable(checks));
  failures.push(...checks.filter((c) => !c.ok).map((c) => `invariant: ${c.name} — ${c.detail}`));
  lines.push(failures.length === 0 ? "RESULT: PASS" : `RESULT: FAIL\n  ${failures.join("\n  ")}`);
  return { report: lines.join("\n"), failures };
}
