/**
 * Benchmark of issue 6: the status-table import and the steering forum's cross-forum board at scale.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helper_forums_bench npx tsx bench/initiatives-import.ts
 *
 * 1. Migrates DATABASE_URL (prisma migrate deploy; idempotent) and creates, with a run-unique name,
 *    a region, its coordinator (the forums' secretariat) and a steering forum with 10 follow-up
 *    groups under it. Nothing else in the database is touched, so a shared dev database works too
 *    (the rows stay: the audit trail is append-only).
 * 2. Generates a 5,000-row status table in the Danish Excel shape (BOM, ";", CRLF, Danish headers,
 *    a forum column, multi-line quoted cells, the decision as the first word of the justification)
 *    and imports it through the real domain operations — previewInitiativeImport (decode, parse,
 *    plan against the database, store the preview) then confirmInitiativeImport (one transaction).
 *    Prints the time of each step and the total against the target (< 10 s); then imports the same
 *    file again (every row unchanged) and prints that too.
 * 3. The cross-forum board of the steering forum (5,000 initiatives): getCrossForumBoard — the very
 *    function the page calls, actor scoping included — and next to it the bare SQL that returns the
 *    same rows (forums of the tree; initiatives with their current decision), both measured in the
 *    same run, sequentially, after a warm-up. Prints p50/p99 of each and the ratios. The forum board
 *    (five columns) of one group is measured the same way.
 *
 * 4. Issue 18: the import plan (planImport) of 5,000 and of 100,000 rows spread over the groups, and
 *    the ratio (linear: ≈ 20×; it was quadratic — one copy of the key array per row); and the upload
 *    of the probe's sheet of 120,000 short rows (3.85 MB), which previewInitiativeImport now refuses
 *    after reading MAX_IMPORT_ROWS, next to the 5,000-row preview above.
 *
 * Function-level measurement (no HTTP): the page adds rendering and the network on top, the same for
 * any data access, so the figures isolate what this code adds over the database.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { statusTable } from "./support/status-table";

const require = createRequire(import.meta.url);
// The domain modules start with `import "server-only"` (a guard for Next bundles); in plain Node the
// package throws, so it is replaced by an empty module before they load.
const serverOnly = require.resolve("server-only");
require.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) {
  console.error("Set DATABASE_URL, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helper_forums_bench npx tsx bench/initiatives-import.ts");
  process.exit(2);
}
const ROWS = Number(process.env.BENCH_ROWS ?? 5_000);
const GROUPS = 10;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50);
const WARMUP = 5;
const TARGET_IMPORT_S = 10;

const startedAt = performance.now();
const log = (message: string) => console.log(`[bench ${((performance.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);

async function ensureDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  if ((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const migrate = spawnSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

async function measure(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const result = { name, p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((a, b) => a + b, 0) / times.length };
  log(`${name}: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, mean ${result.mean.toFixed(1)} ms (${ITERATIONS} runs)`);
  return result;
}

async function main() {
  log(`database ${new URL(DATABASE_URL!).pathname.slice(1)}: migrating`);
  await ensureDatabase(DATABASE_URL!);

  const { db } = await import("../lib/db/client");
  const { loadActor } = await import("../lib/auth/load-actor");
  const { previewInitiativeImport } = await import("../lib/domain/initiatives/preview-initiative-import");
  const { confirmInitiativeImport } = await import("../lib/domain/initiatives/confirm-initiative-import");
  const { getCrossForumBoard } = await import("../lib/domain/initiatives/get-cross-forum-board");
  const { getForumBoard } = await import("../lib/domain/initiatives/get-forum-board");

  // 1. A region of its own, its coordinator, a steering forum and its groups.
  const run = `${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, "")}-${Math.random().toString(36).slice(2, 6)}`;
  const region = await db.organisation.create({ data: { kind: "REGION", name: `Benchmarkregion ${run}`, code: `B${run}` } });
  const user = await db.user.create({
    data: { email: `bench-${run}@bench.invalid`, name: "Benchmark Koordinator", memberships: { create: { organisationId: region.id, role: "COORDINATOR" } } },
  });
  const actor = (await loadActor(db, user.id))!;
  const steering = await db.forum.create({
    data: { regionId: region.id, name: `Styregruppen ${run}`, shortName: "Styregruppen", kind: "ADMINISTRATIVE_FORUM", secretariatOrganisationId: region.id },
  });
  const groupNames = Array.from({ length: GROUPS }, (_, i) => `Følgegruppe ${i + 1} (${run})`);
  const groups: { id: string }[] = [];
  for (const name of groupNames) {
    groups.push(await db.forum.create({ data: { regionId: region.id, parentId: steering.id, name, kind: "FOLLOW_UP_GROUP", secretariatOrganisationId: region.id } }));
  }
  log(`set up: region, coordinator, steering forum with ${GROUPS} follow-up groups`);

  // 2. The import.
  const file = statusTable(groupNames, ROWS);
  log(`generated ${ROWS.toLocaleString("da-DK")} rows, ${(file.length / 1024 / 1024).toFixed(2)} MB`);
  const importOnce = async (label: string) => {
    const t0 = performance.now();
    const preview = await previewInitiativeImport(actor, { forumId: steering.id, stage: "PROPOSED", file: { name: "statusskema.csv", bytes: file } });
    const t1 = performance.now();
    const confirmed = await confirmInitiativeImport(actor, { importId: preview.id });
    const t2 = performance.now();
    const s = (ms: number) => (ms / 1000).toFixed(2);
    log(
      `${label}: preview ${s(t1 - t0)} s (create ${preview.summary.create}, update ${preview.summary.update}, unchanged ${preview.summary.unchanged}, errors ${preview.summary.error}) + confirm ${s(t2 - t1)} s = ${s(t2 - t0)} s total` +
        ` → report ${JSON.stringify({ created: confirmed.report?.created, updated: confirmed.report?.updated, unchanged: confirmed.report?.unchanged, skipped: confirmed.report?.skipped })}`,
    );
    return (t2 - t0) / 1000;
  };
  const first = await importOnce(`import of ${ROWS} rows`);
  const second = await importOnce(`re-import of the same file`);
  const initiatives = await db.initiative.count({ where: { forumId: { in: groups.map((g) => g.id) } } });
  log(`initiatives in the tree after both imports: ${initiatives} (no duplicates: ${initiatives === ROWS})`);

  // 3. The boards next to their bare SQL.
  const treeIds = [steering.id, ...groups.map((g) => g.id)];
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  const bareCrossBoard = async () => {
    const client = await pool.connect();
    try {
      await client.query('SELECT id, name, "shortName", "parentId" FROM "Forum" WHERE id = ANY($1)', [treeIds]);
      return (
        await client.query(
          `SELECT i.id, i.title, i."forumId", i."updatedAt", d.decision, d.stage, d.justification
             FROM "Initiative" i
             LEFT JOIN LATERAL (
               SELECT decision, stage, justification FROM "InitiativeDecision" d
                WHERE d."initiativeId" = i.id AND d."supersededAt" IS NULL
                ORDER BY d."createdAt" DESC LIMIT 1) d ON true
            WHERE i."forumId" = ANY($1)`,
          [treeIds],
        )
      ).rowCount;
    } finally {
      client.release();
    }
  };
  const groupId = groups[0].id;
  const bareForumBoard = async () => {
    const client = await pool.connect();
    try {
      return (
        await client.query(
          `SELECT i.*, d.decision, d.stage, d.justification, d."decidedOn", f.name AS "forumName", p.periods
             FROM "Initiative" i
             JOIN "Forum" f ON f.id = i."forumId"
             LEFT JOIN LATERAL (
               SELECT decision, stage, justification, "decidedOn" FROM "InitiativeDecision" d
                WHERE d."initiativeId" = i.id AND d."supersededAt" IS NULL
                ORDER BY d."createdAt" DESC LIMIT 1) d ON true
             LEFT JOIN (
               SELECT p."initiativeId", json_agg(json_build_object('year', p.year, 'half', p.half, 'activity', p.activity)) AS periods
                 FROM "InitiativeFocusPeriod" p JOIN "Initiative" x ON x.id = p."initiativeId"
                WHERE x."forumId" = $1 GROUP BY p."initiativeId") p ON p."initiativeId" = i.id
            WHERE i."forumId" = $1`,
          [groupId],
        )
      ).rowCount;
    } finally {
      client.release();
    }
  };

  const board = await getCrossForumBoard(actor, { forumId: steering.id });
  const rows = await bareCrossBoard();
  log(`cross-forum board: ${board.totals.total} initiatives (continue ${board.totals.continue}, wind down ${board.totals.windDown}); bare SQL returns ${rows} rows`);

  const crossFn = await measure("cross-forum board, getCrossForumBoard()", () => getCrossForumBoard(actor, { forumId: steering.id }));
  const crossSql = await measure("cross-forum board, bare SQL", bareCrossBoard);
  const forumFn = await measure(`forum board (${ROWS / GROUPS} initiatives, five columns), getForumBoard()`, () => getForumBoard(actor, { forumId: groupId }));
  const forumSql = await measure("forum board, bare SQL", bareForumBoard);
  await pool.end();

  // 4. The plan at scale, and the probe's sheet.
  const { planImport } = await import("../lib/domain/initiatives/import-plan");
  const { loadForumAccess } = await import("../lib/domain/forums/access");
  const { normaliseImportKey } = await import("../lib/domain/initiatives/import-key");
  const access = await loadForumAccess(db, actor);
  const planGroups = groupNames.map((name, i) => ({ key: name.toLocaleLowerCase("da-DK"), name, rows: 0, suggestion: null, choice: { kind: "forum" as const, forumId: groups[i].id } }));
  const planRows = (count: number) =>
    Array.from({ length: count }, (_, i) => {
      const title = `Ny indsats ${i + 1}`;
      return { rowNumber: i + 2, forumName: groupNames[i % GROUPS], title, importKey: normaliseImportKey(title), description: "", decision: "CONTINUE" as const, justification: "Ok", focusText: null, focusPeriods: [], resourceTags: [], resourcesText: null, errors: [], warnings: [] };
    });
  const timePlan = async (count: number) => {
    const rowsToPlan = planRows(count);
    const t0 = performance.now();
    const plan = await planImport(db, access, steering.id, rowsToPlan, ["forum", "title", "justification"], "PROPOSED", planGroups);
    const ms = performance.now() - t0;
    log(`planImport of ${count.toLocaleString("da-DK")} rows: ${ms.toFixed(0)} ms (${plan.rows.filter((r) => r.verdict === "create").length} to create)`);
    return ms;
  };
  await timePlan(5_000); // warm-up
  const plan5k = await timePlan(5_000);
  const plan100k = await timePlan(100_000);
  const probe = new TextEncoder().encode("\uFEFF" + ["Navn på indsats;Begrundelse", ...Array.from({ length: 120_000 }, (_, i) => `Indsats ${i + 1};Videreføres. Ok.`)].join("\r\n") + "\r\n");
  const t0 = performance.now();
  const refused = await previewInitiativeImport(actor, { forumId: steering.id, stage: "PROPOSED", file: { name: "probe.csv", bytes: probe } });
  const probeMs = performance.now() - t0;
  log(`probe sheet, 120,000 rows, ${(probe.length / 1024 / 1024).toFixed(2)} MB: ${probeMs.toFixed(0)} ms → ${refused.fileProblems.join(", ")}`);

  const ratio = (a: number, b: number) => (a / b).toFixed(1);
  console.log("");
  console.log("Results");
  console.log(`  import ${ROWS} rows:        ${first.toFixed(2)} s (target < ${TARGET_IMPORT_S} s: ${first < TARGET_IMPORT_S ? "met" : "NOT met"})`);
  console.log(`  re-import, all unchanged:  ${second.toFixed(2)} s`);
  console.log(`  cross-forum board (${ROWS}): p50 ${crossFn.p50.toFixed(1)} ms / p99 ${crossFn.p99.toFixed(1)} ms; bare SQL p50 ${crossSql.p50.toFixed(1)} ms / p99 ${crossSql.p99.toFixed(1)} ms; ratio p50 ${ratio(crossFn.p50, crossSql.p50)}×, p99 ${ratio(crossFn.p99, crossSql.p99)}×`);
  console.log(`  forum board (${ROWS / GROUPS}):        p50 ${forumFn.p50.toFixed(1)} ms / p99 ${forumFn.p99.toFixed(1)} ms; bare SQL p50 ${forumSql.p50.toFixed(1)} ms / p99 ${forumSql.p99.toFixed(1)} ms; ratio p50 ${ratio(forumFn.p50, forumSql.p50)}×, p99 ${ratio(forumFn.p99, forumSql.p99)}×`);
  console.log(`  plan 5,000 rows:           ${plan5k.toFixed(0)} ms; 100,000 rows: ${plan100k.toFixed(0)} ms; ratio ${ratio(plan100k, plan5k)}× (linear: 20×)`);
  console.log(`  probe sheet (120,000 rows): refused in ${probeMs.toFixed(0)} ms; the 5,000-row import above took ${(first * 1000).toFixed(0)} ms`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
