/**
 * Benchmark of the aids lookup's statement (issue 14, decision 027): the lookup computes the Danish
 * document of the one catalogue it searches instead of reading a trigger-kept vector. This measures
 * what that costs, next to a floor measured in the same run: the bare read of the same catalogue's
 * rows (what the catalogue page reads anyway).
 *
 *   npx tsx bench/aids-lookup.ts        (run under `flock /tmp/e2e.lock` on a shared machine)
 *
 * 1. The database `helper_aids_bench` (or BENCH_DATABASE_URL): migrated and seeded (Region Sjælland's
 *    demo catalogue, 45 aids), plus a generated catalogue of 1,000 aids for Region Syddanmark (the demo
 *    aids repeated with new numbers) unless it is already there.
 * 2. For each catalogue, 4 pg connections in a loop for 5 s each:
 *      lookup   the lookup's statement (lib/aids/search-query.ts) for five searches in turn
 *               ("rollator midlertidigt", "kørestol varigt", "iltkoncentrator", "stomiposer", "gangstatv")
 *      floor    SELECT * FROM "AidItem" WHERE "catalogueId" = $1
 * 3. Prints req/s, p50 and p99 of each and the ratio lookup/floor of p50 and p99.
 */
import pg from "pg";
import { aidSearchSql, aidSearchWords } from "../lib/aids/search-query";
import { bin, ensureDatabase, log, machineLine, measureSql, runOn, type Figures } from "./support/app-server";
import { Prisma } from "../lib/generated/prisma/client";

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_aids_bench";
const LOAD = { connections: 4, duration: 5 };
const SEARCHES = ["rollator midlertidigt", "kørestol varigt", "iltkoncentrator", "stomiposer", "gangstatv"];
const GENERATED = 1000;

async function prepare(): Promise<{ demo: string; generated: string }> {
  await ensureDatabase(DATABASE_URL);
  runOn(DATABASE_URL, bin("prisma"), ["migrate", "deploy"]);
  runOn(DATABASE_URL, bin("tsx"), ["prisma/seed/index.ts", "--if-empty"]);
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const demo = (await client.query(`SELECT c.id FROM "AidCatalogue" c JOIN "Organisation" o ON o.id = c."regionId" WHERE o.code = '1085'`)).rows[0].id as string;
    const region = (await client.query(`SELECT id FROM "Organisation" WHERE kind = 'REGION' AND code = '1083'`)).rows[0].id as string;
    await client.query(`INSERT INTO "AidCatalogue" (id, "regionId", "updatedAt") VALUES ('bench-aids-syddanmark', $1, now()) ON CONFLICT DO NOTHING`, [region]);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "AidItem" WHERE "catalogueId" = 'bench-aids-syddanmark'`);
    if (rows[0].n < GENERATED) {
      log(`generating ${GENERATED} aids`);
      await client.query(`DELETE FROM "AidItem" WHERE "catalogueId" = 'bench-aids-syddanmark'`);
      await client.query(
        `INSERT INTO "AidItem" (id, "catalogueId", number, name, category, description, synonyms,
           "temporaryAssessment", "temporarySupply", "temporaryInstruction", "temporaryMaintenance", "temporaryLegalBasis", "temporaryNote",
           "permanentAssessment", "permanentSupply", "permanentInstruction", "permanentMaintenance", "permanentLegalBasis", "permanentNote",
           notes, "isDemo", "updatedAt")
         SELECT 'bench-aid-' || g || '-' || i.id, 'bench-aids-syddanmark', i.number || '.' || g, i.name || ' ' || g, i.category, i.description, i.synonyms,
           i."temporaryAssessment", i."temporarySupply", i."temporaryInstruction", i."temporaryMaintenance", i."temporaryLegalBasis", i."temporaryNote",
           i."permanentAssessment", i."permanentSupply", i."permanentInstruction", i."permanentMaintenance", i."permanentLegalBasis", i."permanentNote",
           i.notes, true, now()
         FROM "AidItem" i CROSS JOIN generate_series(1, 40) g
         WHERE i."catalogueId" = $1
         LIMIT ${GENERATED}`,
        [demo],
      );
    }
    return { demo, generated: "bench-aids-syddanmark" };
  } finally {
    await client.end();
  }
}

const line = (name: string, f: Figures) => `${name.padEnd(8)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${f.p50.toFixed(2).padStart(6)} ms   p99 ${f.p99.toFixed(2).padStart(6)} ms`;

async function main(): Promise<void> {
  console.log(await machineLine());
  const catalogues = await prepare();
  for (const [label, catalogueId] of [["demo (45 aids)", catalogues.demo], [`generated (${GENERATED} aids)`, catalogues.generated]] as const) {
    const statements = SEARCHES.map((q) => aidSearchSql(catalogueId, aidSearchWords(q).words, 20));
    let turn = 0;
    const lookup = await measureSql(DATABASE_URL, () => [statements[turn++ % statements.length]], LOAD);
    const floor = await measureSql(DATABASE_URL, () => [Prisma.sql`SELECT * FROM "AidItem" WHERE "catalogueId" = ${catalogueId}`], LOAD);
    console.log(`\n${label}, ${LOAD.connections} pg connections, ${LOAD.duration} s each`);
    console.log(line("lookup", lookup));
    console.log(line("floor", floor));
    console.log(`ratio    p50 ${(lookup.p50 / floor.p50).toFixed(2)}×   p99 ${(lookup.p99 / floor.p99).toFixed(2)}×   (lookup / bare read of the catalogue)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
