/**
 * Benchmark of the GP lookup's bare SQL at national scale (issue 12): the statement before decision 021
 * (bench/support/lookup-statement-before.ts, frozen) next to today's (lib/offers/search-query.ts
 * `offerSearchSql`), on the same data, in one run, with floors measured in the same run.
 *
 *   flock /tmp/e2e.lock npx tsx bench/offers-lookup-sql.ts [--seconds 10]
 *
 * 1. The database `helper_offers_bench` (or BENCH_DATABASE_URL), prepared like bench/offers-lookup.ts's
 *    (migrated, seeded, the national dataset of scripts/generate-national-offers.ts).
 * 2. For each representative query, both statements once: their rows must be the same (ids in order,
 *    direct, matched, total, rank to 1e-9) — otherwise the run fails before measuring.
 * 3. 20 pg connections in a loop for `--seconds` (after a warm-up) per statement: the floors (`SELECT 1`
 *    and an offer read by its primary key), then before and after for each query, alternating.
 * 4. Prints statements/s, p50 and p99 of each, after/before, and each against the primary-key read.
 *    Target: the headline query ("rygning", Roskilde) after ≥ 3 × before. Exit code 1 when missed.
 */
import pg from "pg";
import { offerSearchSql, type MunicipalityIds, type OfferSearchFilters } from "../lib/offers/search-query";
import { OFFERS_PAGE_SIZE } from "../lib/domain/offers/schemas";
import { log, machineLine, measureSql, toPg, type Figures } from "./support/app-server";
import { prepareNationalOffers } from "./support/national-offers";
import { offerSearchSqlBefore } from "./support/lookup-statement-before";

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_offers_bench";
const secondsArg = process.argv.indexOf("--seconds");
const LOAD = { connections: 20, duration: secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 10 };
const TARGET_RATIO = 3;
const HEADLINE = "one word, Roskilde";
const PAGE = { limit: OFFERS_PAGE_SIZE, offset: 0 };

const QUERIES: Record<string, OfferSearchFilters> = {
  [HEADLINE]: { q: "rygning", municipalityCode: "265" },
  "one word, national": { q: "rygning" },
  "several words, Roskilde": { q: "kronisk obstruktiv lungesygdom", municipalityCode: "265" },
  "words and a stop word": { q: "motion og kost", municipalityCode: "265" },
  "unknown word, Roskilde": { q: "xylofonundervisning", municipalityCode: "265" },
  "a typo, national": { q: "rygestopkurus" },
};

type Row = { id: string; direct: boolean; matched: number; best: number; total: string; rank: number };

/** The rows both statements return must be the same, in the same order. */
async function compare(client: pg.Client, name: string, filters: OfferSearchFilters, municipality?: MunicipalityIds): Promise<number> {
  const before = (await client.query(toPg(offerSearchSqlBefore(filters, PAGE)))).rows as Row[];
  const after = (await client.query(toPg(offerSearchSql(filters, PAGE, municipality)))).rows as Row[];
  const key = (r: Row) => `${r.id} direct=${r.direct} matched=${r.matched} best=${r.best} total=${r.total}`;
  const differs = before.length !== after.length || before.some((b, i) => key(b) !== key(after[i]) || Math.abs(b.rank - after[i].rank) > 1e-9);
  if (differs) {
    console.error(`${name}: before ${JSON.stringify(before.map(key))}\nafter ${JSON.stringify(after.map(key))}`);
    throw new Error(`${name}: the statements disagree`);
  }
  return before.length;
}

async function main() {
  await prepareNationalOffers(DATABASE_URL);
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(`SELECT id FROM "Offer" WHERE id LIKE 'gen-%' ORDER BY id LIMIT 1`);
  // The app has the municipalities' ids in memory (lib/domain/offers/list-municipalities.ts); so has the bench.
  const ids = new Map(
    ((await client.query(`SELECT code, id, "regionId" FROM "Organisation" WHERE kind = 'MUNICIPALITY'`)).rows as { code: string; id: string; regionId: string | null }[]).map((m) => [m.code, m]),
  );
  const municipalityOf = (filters: OfferSearchFilters) => (filters.municipalityCode ? ids.get(filters.municipalityCode) : undefined);
  const results: Record<string, number> = {};
  try {
    for (const [name, filters] of Object.entries(QUERIES)) results[name] = await compare(client, name, filters, municipalityOf(filters));
  } finally {
    await client.end();
  }
  log(`same rows from both statements: ${Object.entries(results).map(([n, c]) => `${n} ${c}`).join("; ")}`);

  const figures: Record<string, Figures & { note: string }> = {};
  const measure = async (name: string, note: string, statement: { text: string; values: unknown[] }) => {
    figures[name] = { ...(await measureSql(DATABASE_URL, () => [statement], LOAD)), note };
    log(`${name}: ${figures[name].rps.toFixed(0)} statements/s`);
  };
  await measure("SELECT 1", "floor: a round trip", { text: "SELECT 1", values: [] });
  await measure("pk read", "floor: one offer by its primary key", { text: `SELECT * FROM "Offer" WHERE id = $1`, values: [rows[0].id] });
  for (const [name, filters] of Object.entries(QUERIES)) {
    await measure(`${name} | before`, JSON.stringify(filters), toPg(offerSearchSqlBefore(filters, PAGE)));
    await measure(`${name} | after`, JSON.stringify(filters), toPg(offerSearchSql(filters, PAGE, municipalityOf(filters))));
  }

  const num = (n: number, digits = 1) => n.toFixed(digits).padStart(9);
  const pk = figures["pk read"].rps;
  console.log(`\nGP lookup's bare SQL — national dataset, ${LOAD.connections} pg connections, ${LOAD.duration} s each after a warm-up\n`);
  console.log(`${"".padEnd(40)}${"stmt/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"/ pk".padStart(7)}  what`);
  for (const [name, f] of Object.entries(figures)) console.log(`${name.padEnd(40)}${num(f.rps, 0)}${num(f.p50)}${num(f.p99)}${(f.rps / pk).toFixed(2).padStart(7)}  ${f.note}`);
  console.log("\nafter / before:");
  for (const name of Object.keys(QUERIES)) console.log(`  ${name.padEnd(30)} ${(figures[`${name} | after`].rps / figures[`${name} | before`].rps).toFixed(2)} ×`);
  console.log(await machineLine());
  const ratio = figures[`${HEADLINE} | after`].rps / figures[`${HEADLINE} | before`].rps;
  const ok = ratio >= TARGET_RATIO;
  console.log(`target "${HEADLINE}" after ≥ ${TARGET_RATIO} × before: ${ok ? "met" : "MISSED"} (${ratio.toFixed(2)} ×, ${figures[`${HEADLINE} | after`].rps.toFixed(0)} statements/s)`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
