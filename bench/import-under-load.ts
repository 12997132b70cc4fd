/**
 * Benchmark of issue 18 item 1's last step (decision 033): while maximal status-table imports run
 * back to back — 5,000 rows, 4.5 MB, through the real upload route and the job worker — do
 * `/api/health` and the lookup still answer as they do when the server is idle?
 *
 *   npx tsx bench/import-under-load.ts        (BENCH_PORT, default 3210; BENCH_DATABASE_URL)
 *
 * 1. The database `helper_import_load_bench` (or BENCH_DATABASE_URL): migrated and seeded by the app's
 *    own start (scripts/start.ts, via bench/support/app-server.ts under `flock /tmp/e2e.lock`), which
 *    also starts the job worker beside the server — as `npm start` does on PostgreSQL.
 * 2. A region of its own and its coordinator (a session cookie minted as next-auth issues it); for
 *    each import a new steering forum with 10 follow-up groups, so every import creates 5,000
 *    initiatives (the sheet of bench/initiatives-import.ts, bench/support/status-table.ts).
 * 3. Idle: autocannon, 10 connections, each URL warmed up, then three rounds of a 10-s window per URL
 *    (measureHttpRounds; medians over the rounds):
 *      health  GET /api/health (the database and the queue asked on every request)
 *      lookup  GET /tilbud?q=rygning&kommune=265 without a session (the cached page, decision 019)
 * 4. The same again while imports run back to back: each uploads the 4.5 MB file to
 *    POST /api/initiativer/import (multipart, the coordinator's cookie, same Origin) — the route stores
 *    it and queues the preview job — polls GET /api/initiativer/import/[id]/status until the worker's
 *    preview is there, then confirms with queueInitiativeImportConfirm (the domain operation the
 *    confirm button's server action calls; a server action cannot be posted from a script without
 *    the build's action id) and polls until the worker's confirm job has written the 5,000 rows.
 * 5. Prints each URL's p50/p99/req/s idle and under imports with the ratios, every window, and each
 *    import's times (upload answered, preview ready, confirmed). An import that does not go through
 *    the queue (no worker) or fails stops the run.
 */
import { createRequire } from "node:module";
import { ensureDatabase, log, machineLine, measureHttpRounds, sessionCookie, startApp, windowsLine, type Figures } from "./support/app-server";
import { statusTable } from "./support/status-table";

const require = createRequire(import.meta.url);
// The domain modules start with `import "server-only"` (a guard for Next bundles); in plain Node the
// package throws, so it is replaced by an empty module before they load.
const serverOnly = require.resolve("server-only");
require.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_import_load_bench";
process.env.DATABASE_URL = DATABASE_URL; // for lib/db/client, loaded below
const ROWS = 5_000;
const GROUPS = 10;
const LOAD = { connections: 10, duration: 10, warmUp: 5 };
const TARGETS = [
  { name: "health", url: "/api/health" },
  { name: "lookup", url: "/tilbud?q=rygning&kommune=265" },
];

type ImportTimes = { uploadMs: number; previewMs: number; confirmMs: number; created: number };

async function main() {
  await ensureDatabase(DATABASE_URL);
  const app = await startApp({ port: PORT, databaseUrl: DATABASE_URL, holdsLock: process.env.BENCH_HOLDS_LOCK === "1" });
  try {
    const { db } = await import("../lib/db/client");
    const { loadActor } = await import("../lib/auth/load-actor");
    const { queueInitiativeImportConfirm } = await import("../lib/domain/initiatives/queue-initiative-import-confirm");

    const run = `${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, "")}-${Math.random().toString(36).slice(2, 6)}`;
    const region = await db.organisation.create({ data: { kind: "REGION", name: `Belastningsregion ${run}`, code: `L${run}` } });
    const email = `import-load-${run}@bench.invalid`;
    const user = await db.user.create({ data: { email, name: "Benchmark Koordinator", memberships: { create: { organisationId: region.id, role: "COORDINATOR" } } } });
    const actor = (await loadActor(db, user.id))!;
    const cookie = await sessionCookie(DATABASE_URL, email, app.secret);
    for (const target of TARGETS) {
      const response = await fetch(`${app.base}${target.url}`);
      if (!response.ok) throw new Error(`${target.url} answered ${response.status}`);
      log(`${target.url}: ${response.status}${target.name === "health" ? ` ${await response.text()}` : ""}`);
    }

    const status = async (importId: string) => {
      const response = await fetch(`${app.base}/api/initiativer/import/${importId}/status`, { headers: { cookie } });
      if (!response.ok) throw new Error(`status of ${importId}: ${response.status}`);
      return (await response.json()) as { status: string; failure: string | null };
    };
    const until = async (importId: string, waiting: string) => {
      for (;;) {
        const state = await status(importId);
        if (state.status === "FAILED") throw new Error(`import ${importId} failed: ${state.failure}`);
        if (state.status !== waiting) return state.status;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };

    /** One maximal import: a forum tree of its own, the upload through the route, both jobs on the worker. */
    let imports = 0;
    const importOnce = async (): Promise<ImportTimes> => {
      const n = ++imports;
      const steering = await db.forum.create({ data: { regionId: region.id, name: `Styregruppen ${run} ${n}`, kind: "ADMINISTRATIVE_FORUM", secretariatOrganisationId: region.id } });
      const groupNames = Array.from({ length: GROUPS }, (_, i) => `Følgegruppe ${i + 1} (${run} ${n})`);
      for (const name of groupNames) await db.forum.create({ data: { regionId: region.id, parentId: steering.id, name, kind: "FOLLOW_UP_GROUP", secretariatOrganisationId: region.id } });
      const file = statusTable(groupNames, ROWS);
      const form = new FormData();
      form.set("stage", "PROPOSED");
      form.set("file", new Blob([file as Uint8Array<ArrayBuffer>], { type: "text/csv" }), "statusskema.csv");

      const t0 = performance.now();
      const response = await fetch(`${app.base}/api/initiativer/import?forumId=${steering.id}`, { method: "POST", body: form, headers: { cookie, origin: app.base }, redirect: "manual" });
      const location = response.headers.get("location") ?? "";
      const importId = decodeURIComponent(location.split("/").pop() ?? "");
      if (response.status !== 303 || !location.includes("/import/") || location.includes("?fejl")) throw new Error(`upload answered ${response.status} ${location}`);
      const t1 = performance.now();
      if ((await status(importId)).status !== "QUEUED" && imports === 1) log("note: the first preview was ready before its status was asked");
      if ((await until(importId, "QUEUED")) !== "PREVIEW") throw new Error(`import ${importId}: no preview`);
      const t2 = performance.now();
      const confirm = await queueInitiativeImportConfirm(actor, { importId });
      if (!confirm.queued) throw new Error(`the confirmation did not go to the queue (${confirm.reason}): is the worker running?`);
      if ((await until(importId, "CONFIRMING")) !== "CONFIRMED") throw new Error(`import ${importId}: not confirmed`);
      const t3 = performance.now();
      const created = await db.initiative.count({ where: { forum: { parentId: steering.id } } });
      const times = { uploadMs: t1 - t0, previewMs: t2 - t1, confirmMs: t3 - t2, created };
      log(`import ${n}: ${(file.length / 1024 / 1024).toFixed(2)} MB uploaded in ${times.uploadMs.toFixed(0)} ms, preview job ${(times.previewMs / 1000).toFixed(2)} s, confirm job ${(times.confirmMs / 1000).toFixed(2)} s, ${created} initiatives created`);
      if (created !== ROWS) throw new Error(`import ${importId} created ${created}, not ${ROWS}`);
      return times;
    };

    log(await machineLine());
    log("one import first (warms the worker and checks the path)");
    await importOnce();

    const targets = TARGETS.map((t) => ({ name: t.name, url: `${app.base}${t.url}` }));
    log(`idle: ${LOAD.connections} connections, ${LOAD.duration}-s windows`);
    const idle = await measureHttpRounds(targets, LOAD);

    log("under imports: maximal imports back to back through the route and the worker");
    let stop = false;
    const done: ImportTimes[] = [];
    const loop = (async () => {
      while (!stop) done.push(await importOnce());
    })();
    await new Promise((resolve) => setTimeout(resolve, 500)); // the first upload is on its way
    const loaded = await measureHttpRounds(targets, LOAD);
    stop = true;
    await loop;

    const row = (name: string, a: Figures, b: Figures) =>
      `| ${name} | ${a.p50.toFixed(0)} / ${a.p99.toFixed(0)} ms, ${a.rps.toFixed(0)} req/s | ${b.p50.toFixed(0)} / ${b.p99.toFixed(0)} ms, ${b.rps.toFixed(0)} req/s | p99 ×${(b.p99 / a.p99).toFixed(2)}, req/s ×${(b.rps / a.rps).toFixed(2)} |`;
    const mean = (pick: (t: ImportTimes) => number) => done.reduce((sum, t) => sum + pick(t), 0) / Math.max(1, done.length);
    console.log("");
    console.log(`Imports during the measured windows: ${done.length} × ${ROWS.toLocaleString("da-DK")} rows (${done.reduce((s, t) => s + t.created, 0).toLocaleString("da-DK")} initiatives written); each: upload answered ${mean((t) => t.uploadMs).toFixed(0)} ms, preview job ${(mean((t) => t.previewMs) / 1000).toFixed(2)} s, confirm job ${(mean((t) => t.confirmMs) / 1000).toFixed(2)} s (means)`);
    console.log("");
    console.log("| URL | idle p50 / p99 | under maximal imports p50 / p99 | ratio |");
    console.log("|---|---|---|---|");
    for (const t of TARGETS) console.log(row(`${t.name} ${t.url}`, idle[t.name], loaded[t.name]));
    console.log("");
    for (const t of TARGETS) console.log(`idle  ${windowsLine(t.name, idle[t.name])}`);
    for (const t of TARGETS) console.log(`load  ${windowsLine(t.name, loaded[t.name])}`);
    await db.$disconnect();
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
