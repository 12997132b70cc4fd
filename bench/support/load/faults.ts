/**
 * The faults of the load test (issue 13): PostgreSQL taken away in the middle of the load and
 * brought back, and a statement that runs into `statement_timeout`, on the test's own throwaway
 * cluster (throwaway-cluster.ts; the shared cluster on 5432 is never touched).
 *
 * The outage is `pg_ctl stop -m fast` (every connection cut, as a restart or a failover does),
 * `holdSeconds` without a database, then `pg_ctl start`: a bare `pg_ctl restart` is back within a
 * second, too short to see what the app answers while the database is away. Meanwhile /api/health
 * is polled every 100 ms. Measured: what health answered while the database was away (503, within
 * its probe timeout — not a hang, not a 500), how long after the database accepted connections again
 * health said 200 and a signed-in request succeeded (the recovery, target ≤ 5 s, no app restart),
 * what the users' requests got during the outage (no page with a stack), and that nothing failed
 * outside the outage.
 *
 * The timeout: the test holds a row lock on a section, sets `statement_timeout` on the database and
 * has the app reconnect (its connections are terminated); a coordinator's save then waits on the lock
 * until PostgreSQL cancels it (57014) — the answer must be the form's "took too long, nothing was
 * saved" message (lib/db/database-trouble.ts), not a 500. Then the setting is removed.
 */
import pg from "pg";
import { Browser } from "./client";
import type { LoadResult, Timeline } from "./mix";
import type { LoadSetup } from "./setup";
import type { ThrowawayCluster } from "./throwaway-cluster";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HEALTH_TIMEOUT_MS = 3000;
export const RECOVERY_TARGET_MS = 5000;

type Probe = { at: number; status: number; ms: number };

/** Polls /api/health every 100 ms until stopped; a probe without an answer in 3 s is status 0 (a hang). */
export function healthProbe(base: string): { stop: () => Promise<Probe[]> } {
  const probes: Probe[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const sent = performance.now();
      let status = 0;
      try {
        const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 0;
      }
      const at = performance.now();
      probes.push({ at, status, ms: at - sent });
      await sleep(Math.max(0, 100 - (at - sent)));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return probes;
    },
  };
}

export type Outage = { stoppedAt: number; backAt: number };

/** After `afterMs`: stop the cluster, wait `holdSeconds`, start it; the moments (performance.now()) it went and came back. */
export async function outage(cluster: ThrowawayCluster, afterMs: number, holdSeconds: number, log: (m: string) => void): Promise<Outage> {
  await sleep(afterMs);
  log(`pg_ctl stop -m fast (port ${cluster.port})`);
  const stoppedAt = performance.now();
  cluster.stop();
  await sleep(holdSeconds * 1000);
  log("pg_ctl start");
  cluster.start(); // -w: returns when it accepts connections
  const backAt = performance.now();
  log(`database back after ${((backAt - stoppedAt) / 1000).toFixed(1)} s`);
  return { stoppedAt, backAt };
}

export type FaultReport = {
  lines: string[];
  failures: string[];
  recoveryMs: number | null;
};

const countBy = <T,>(items: T[], key: (item: T) => string) => items.reduce<Record<string, number>>((acc, item) => ((acc[key(item)] = (acc[key(item)] ?? 0) + 1), acc), {});
const show = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${k}: ${n}`)
    .join(", ") || "none";

/** Reads the probes and the users' answers against the outage's moments. */
export function judgeOutage(o: Outage, probes: Probe[], result: LoadResult): FaultReport {
  const lines: string[] = [];
  const failures: string[] = [];
  // Probes sent after the stop and answered before the database was back: health while it was away.
  const away = probes.filter((p) => p.at - p.ms > o.stoppedAt + 200 && p.at < o.backAt);
  const awayStatus = countBy(away, (p) => (p.status === 0 ? "no answer in 3 s" : `HTTP ${p.status}`));
  const slowest = Math.max(0, ...away.map((p) => p.ms));
  lines.push(`outage: database stopped for ${((o.backAt - o.stoppedAt) / 1000).toFixed(1)} s (pg_ctl stop -m fast … pg_ctl start)`);
  lines.push(`/api/health while the database was away: ${away.length} probes — ${show(awayStatus)}; slowest answer ${slowest.toFixed(0)} ms`);
  if (away.length === 0) failures.push("no health probe fell within the outage");
  if (away.some((p) => p.status !== 503)) failures.push(`/api/health answered other than 503 while the database was away (${show(awayStatus)})`);

  const healthyAgain = probes.find((p) => p.at > o.backAt && p.status === 200);
  const recoveryMs = healthyAgain ? healthyAgain.at - o.backAt : null;
  const signedInOk = result.timeline.find((t: Timeline) => t.at > o.backAt && t.outcome === "ok" && !t.kind.startsWith("anonymous"));
  const firstOkMs = signedInOk ? signedInOk.at - o.backAt : null;
  lines.push(
    `recovery without restarting the app: /api/health 200 ${recoveryMs === null ? "never" : `${(recoveryMs / 1000).toFixed(2)} s`} after the database accepted connections again; first successful signed-in request after ${firstOkMs === null ? "never" : `${(firstOkMs / 1000).toFixed(2)} s`} (target ≤ ${RECOVERY_TARGET_MS / 1000} s)`,
  );
  if (recoveryMs === null || recoveryMs > RECOVERY_TARGET_MS) failures.push(`health did not recover within ${RECOVERY_TARGET_MS / 1000} s`);
  if (firstOkMs === null || firstOkMs > RECOVERY_TARGET_MS) failures.push(`no signed-in request succeeded within ${RECOVERY_TARGET_MS / 1000} s of the database's return`);

  // The users' requests in flight during the outage window (stop … back + recovery target: sent
  // before its end, answered after its start) may fail, but cleanly; every other one must succeed.
  const windowEnd = o.backAt + RECOVERY_TARGET_MS;
  const inWindow = (t: Timeline) => t.sent <= windowEnd && t.at >= o.stoppedAt;
  const during = result.timeline.filter(inWindow);
  const outside = result.timeline.filter((t) => !inWindow(t));
  lines.push(`users' requests in flight during the outage window (stop … back + 5 s): ${during.length} — ${show(countBy(during, (t) => `${t.outcome === "error" ? "failed" : t.outcome} ${t.status === 0 ? "no answer" : `HTTP ${t.status}`}`))}`);
  const stacks = result.timeline.filter((t) => t.stack).length;
  lines.push(`answers showing a stack or driver internals: ${stacks}`);
  if (stacks > 0) failures.push(`${stacks} answers showed a stack`);
  const outsideErrors = outside.filter((t) => t.outcome === "error");
  const outside5xx = outside.filter((t) => t.status >= 500);
  lines.push(`outside the outage window: ${outside.length} requests, ${outsideErrors.length} errors, ${outside5xx.length} × 5xx`);
  if (outside5xx.length > 0 || outsideErrors.length > 0) failures.push(`${outsideErrors.length} errors (${outside5xx.length} × 5xx) outside the outage window`);
  return { lines, failures, recoveryMs };
}

/**
 * A save that runs into statement_timeout: the answer must be HTTP 200 with the form's timeout
 * message key and no internals, and the section must be unchanged.
 */
export async function statementTimeout(setup: LoadSetup, database: string, adminUrl: string, coordinatorCookie: string, log: (m: string) => void): Promise<FaultReport> {
  const lines: string[] = [];
  const failures: string[] = [];
  const section = setup.sections[0];
  const admin = new pg.Client({ connectionString: adminUrl });
  const locker = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await locker.connect();
  const reconnectApp = () => admin.query(`SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND pid <> $2`, [database, (locker as unknown as { processID: number }).processID]);
  try {
    await admin.query(`ALTER DATABASE "${database}" SET statement_timeout = '1s'`);
    await reconnectApp(); // the pool's new connections start with the setting
    const before = (await admin.query(`SELECT version, body FROM "Section" WHERE id = $1`, [section.id])).rows[0];
    await locker.query("BEGIN");
    await locker.query(`SELECT id FROM "Section" WHERE id = $1 FOR UPDATE`, [section.id]); // another session's long transaction
    log("statement_timeout = 1 s on the database; a section row locked by another session; the coordinator saves it");
    const browser = new Browser(setup.base, coordinatorCookie);
    const path = `/aftaler-redigering/${setup.draftVersionId}/afsnit/${section.id}`;
    // The first call after the reconnect may meet a connection the pool has not yet seen die.
    let answer = await browser.action(path, setup.actions.updateSection, { sectionId: section.id, version: String(before.version), kind: section.kind, number: section.number, title: section.title, layer: section.layer, area: section.area, body: `${before.body}\n\nTimeout-test.` });
    if (answer.body.includes("errors.databaseUnavailable")) {
      answer = await browser.action(path, setup.actions.updateSection, { sectionId: section.id, version: String(before.version), kind: section.kind, number: section.number, title: section.title, layer: section.layer, area: section.area, body: `${before.body}\n\nTimeout-test.` });
    }
    await locker.query("ROLLBACK");
    const after = (await admin.query(`SELECT version, body FROM "Section" WHERE id = $1`, [section.id])).rows[0];
    const message = answer.body.match(/errors\.database\w+/)?.[0] ?? "none";
    lines.push(`statement_timeout (1 s, a save waiting on a locked row): HTTP ${answer.status}, state ${answer.state}, message ${message} after ${answer.ms.toFixed(0)} ms; section version ${before.version} → ${after.version}`);
    if (answer.status !== 200 || answer.state !== "error" || message !== "errors.databaseTimeout") failures.push(`the timed-out save answered HTTP ${answer.status}, state ${answer.state}, message ${message}`);
    if (/57014|canceling statement|\n\s+at /.test(answer.body)) failures.push("the timed-out save's answer shows internals");
    if (after.version !== before.version || after.body !== before.body) failures.push("the timed-out save changed the section");
  } finally {
    await locker.query("ROLLBACK").catch(() => undefined);
    await admin.query(`ALTER DATABASE "${database}" RESET statement_timeout`);
    await reconnectApp();
    await locker.end();
    await admin.end();
  }
  return { lines, failures, recoveryMs: null };
}
