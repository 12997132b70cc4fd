/**
 * Benchmark of the compliance view (issue 14 part 4) at national scale: the page's operation
 * (lib/domain/compliance/compliance-view.ts — access check, region choice, the one statement, the
 * obligation sources, the mapping and suppression) next to its bare SQL (the same statement on a pg
 * connection), in the same run.
 *
 *   npx tsx --conditions=react-server bench/compliance.ts      (react-server: the lib modules are "server-only")
 *
 * 1. The database `helper_compliance_bench` (or BENCH_DATABASE_URL) is prepared once: migrations, the
 *    seed, scripts/generate-national-referrals.ts (250,000 referrals over three years, all 98
 *    municipalities), then 20,000 adverse events and 2,000 task transfers across the country in SQL
 *    (ids "nat-…"). A database that already holds them is reused.
 * 2. The region: Region Sjælland (Roskilde receives 10 % of the nation's referrals), the current year,
 *    as koordinator.region@demo.dk.
 * 3. Each side: 20 warm-up runs, then one connection in a loop for DURATION seconds; latency per view.
 * 4. Prints p50 and p99 for both, the ratios, and whether p99 ≤ 300 ms and ratio ≤ 2 hold.
 */
import pg from "pg";
import { bin, ensureDatabase, log, machineLine, measureSql, runOn, type Figures } from "./support/app-server";

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_compliance_bench";
const REFERRALS = 250_000;
const EVENTS = 20_000;
const TRANSFERS = 2_000;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 15);
const TARGET_P99_MS = 300;
const USER = "koordinator.region@demo.dk";

async function count(client: pg.Client, sql: string): Promise<number> {
  try {
    return Number((await client.query(sql)).rows[0].count);
  } catch {
    return 0; // not migrated yet
  }
}

async function prepareDatabase(): Promise<void> {
  await ensureDatabase(DATABASE_URL);
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const name = new URL(DATABASE_URL).pathname.slice(1);
  try {
    const referrals = await count(client, `SELECT count(*) FROM "Referral" WHERE id LIKE 'nat-%'`);
    if (referrals < REFERRALS) {
      log(`database ${name}: migrating, seeding and generating ${REFERRALS} referrals`);
      runOn(DATABASE_URL, bin("prisma"), ["migrate", "deploy"]);
      runOn(DATABASE_URL, bin("tsx"), ["prisma/seed/index.ts", "--if-empty"]);
      runOn(DATABASE_URL, bin("tsx"), ["scripts/generate-national-referrals.ts", "--count", String(REFERRALS), ...(referrals > 0 ? ["--reset"] : [])]);
    } else {
      runOn(DATABASE_URL, bin("prisma"), ["migrate", "deploy"]);
    }
    if ((await count(client, `SELECT count(*) FROM "AdverseEvent" WHERE id LIKE 'nat-%'`)) < EVENTS) {
      log(`database ${name}: generating ${EVENTS} adverse events and ${TRANSFERS} task transfers`);
      await client.query(`DELETE FROM "AdverseEvent" WHERE id LIKE 'nat-%'; DELETE FROM "TaskTransfer" WHERE id LIKE 'nat-%'`);
      // Reported uniformly over three years by a municipality, a hospital or a region; handled by a
      // region (two in three) or the reporter; 85 % closed, a fifth of those after their 90 days.
      await client.query(`
        WITH orgs AS (SELECT array_agg(id ORDER BY id) AS ids FROM "Organisation" WHERE kind IN ('MUNICIPALITY', 'HOSPITAL', 'REGION')),
             regions AS (SELECT array_agg(id ORDER BY id) AS ids FROM "Organisation" WHERE kind = 'REGION'),
             u AS (SELECT id FROM "User" ORDER BY email LIMIT 1),
             g AS (SELECT i, now() - (random() * interval '1095 days') AS reported, random() AS r FROM generate_series(1, ${EVENTS}) AS i)
        INSERT INTO "AdverseEvent" (id, reference, "dpsdReference", title, description, "reportingOrganisationId", "reportedById", "reportedAt", "closeDueAt",
                                    status, "primaryHandlerOrganisationId", "closedAt", "updatedAt")
        SELECT 'nat-' || i, 'UH-NAT-' || lpad(i::text, 6, '0'), 'NAT-' || i, 'Genereret hændelse', 'Genereret til benchmark',
               orgs.ids[1 + (i % array_length(orgs.ids, 1))], u.id, g.reported, g.reported + interval '90 days',
               (CASE WHEN g.r < 0.85 THEN 'CLOSED' ELSE 'ANALYSED' END)::"AdverseEventStatus",
               CASE WHEN i % 3 < 2 THEN regions.ids[1 + (i % array_length(regions.ids, 1))] END,
               CASE WHEN g.r < 0.68 THEN g.reported + (random() * interval '90 days') WHEN g.r < 0.85 THEN g.reported + interval '91 days' + (random() * interval '60 days') END,
               now()
          FROM g, orgs, regions, u`);
      await client.query(`
        INSERT INTO "AdverseEventParty" ("eventId", "organisationId")
        SELECT id, "reportingOrganisationId" FROM "AdverseEvent" WHERE id LIKE 'nat-%'
        UNION SELECT id, "primaryHandlerOrganisationId" FROM "AdverseEvent" WHERE id LIKE 'nat-%' AND "primaryHandlerOrganisationId" IS NOT NULL`);
      await client.query(`
        WITH regions AS (SELECT array_agg(id ORDER BY id) AS ids FROM "Organisation" WHERE kind = 'REGION'),
             munis AS (SELECT array_agg(id ORDER BY id) AS ids FROM "Organisation" WHERE kind = 'MUNICIPALITY'),
             u AS (SELECT id FROM "User" ORDER BY email LIMIT 1),
             g AS (SELECT i, now() - (random() * interval '1095 days') AS opened FROM generate_series(1, ${TRANSFERS}) AS i)
        INSERT INTO "TaskTransfer" (id, reference, type, status, "transferringOrganisationId", "receivingOrganisationId", "openedById", "openedAt", "effectiveFrom",
                                    "shortNotice", task, "patientGroup", "updatedAt")
        SELECT 'nat-' || i, 'OO-NAT-' || lpad(i::text, 6, '0'), (CASE WHEN i % 2 = 0 THEN 'A_DEVELOPMENT' ELSE 'B_CAPACITY' END)::"TaskTransferType",
               (CASE WHEN i % 10 = 0 THEN 'WITHDRAWN' ELSE 'AGREED' END)::"TaskTransferStatus",
               regions.ids[1 + (i % array_length(regions.ids, 1))], munis.ids[1 + (i % array_length(munis.ids, 1))], u.id, g.opened,
               g.opened + (CASE WHEN i % 4 = 0 THEN interval '3 months' ELSE interval '7 months' END), i % 4 = 0, 'Genereret opgave', 'Genereret patientgruppe', now()
          FROM g, regions, munis, u`);
      await client.query(`ANALYZE "AdverseEvent"; ANALYZE "AdverseEventParty"; ANALYZE "TaskTransfer"; ANALYZE "Referral"`);
    } else log(`database ${name}: generated data present, reused`);
  } finally {
    await client.end();
  }
}

function line(name: string, f: Figures): string {
  return `${name.padEnd(34)} p50 ${f.p50.toFixed(1).padStart(7)} ms   p99 ${f.p99.toFixed(1).padStart(7)} ms   (${f.rps.toFixed(1)} views/s)`;
}

async function measureOperation(run: () => Promise<unknown>): Promise<Figures> {
  for (let i = 0; i < 20; i++) await run();
  const latencies: number[] = [];
  const started = Date.now();
  while (Date.now() - started < DURATION_S * 1000) {
    const t0 = process.hrtime.bigint();
    await run();
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { rps: latencies.length / ((Date.now() - started) / 1000), p50: at(50), p99: at(99) };
}

async function main(): Promise<void> {
  await prepareDatabase();
  process.env.DATABASE_URL = DATABASE_URL;
  const { db } = await import("../lib/db/client");
  const { loadActor } = await import("../lib/auth/load-actor");
  const { complianceView } = await import("../lib/domain/compliance/compliance-view");
  const { complianceSql } = await import("../lib/domain/compliance/sql");
  const { startOfDanishDay } = await import("../lib/calendar");

  const user = await db.user.findUniqueOrThrow({ where: { email: USER } });
  const actor = await loadActor(db, user.id, {});
  const year = new Date().getFullYear();
  const view = await complianceView(actor, { year: String(year) });
  const region = view.region!;
  const organisationIds = (await db.organisation.findMany({ where: { OR: [{ id: region.id }, { regionId: region.id, kind: { in: ["MUNICIPALITY", "HOSPITAL"] } }] }, select: { id: true } })).map((o) => o.id);
  const cases = view.rows.reduce((sum, r) => sum + (r.year.assessed ?? 0), 0);
  log(`${region.name} ${year}: ${view.rows.length} rows (obligation × organisation), ${cases} assessed cases shown`);

  const bare = () => [complianceSql({ organisationIds, from: startOfDanishDay(`${year}-01-01`), to: startOfDanishDay(`${year + 1}-01-01`), now: new Date() })].map((s) => ({ text: s.text, values: s.values }));
  const sqlFigures = await measureSql(DATABASE_URL, bare, { connections: 1, duration: DURATION_S });
  const opFigures = await measureOperation(() => complianceView(actor, { year: String(year) }));
  await db.$disconnect();

  console.log("");
  console.log(await machineLine());
  console.log(line("compliance view (operation)", opFigures));
  console.log(line("its bare SQL (one statement)", sqlFigures));
  const p50Ratio = opFigures.p50 / sqlFigures.p50;
  const p99Ratio = opFigures.p99 / sqlFigures.p99;
  console.log(`ratio operation / bare: p50 ${p50Ratio.toFixed(2)}×, p99 ${p99Ratio.toFixed(2)}× (target ≤ 2×) — ${p50Ratio <= 2 ? "holds" : "MISSED"}`);
  console.log(`p99 ≤ ${TARGET_P99_MS} ms: ${opFigures.p99 <= TARGET_P99_MS ? "holds" : "MISSED"} (${opFigures.p99.toFixed(1)} ms)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
