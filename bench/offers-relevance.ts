/**
 * The GP lookup's relevance figure (issue 16 item 5): the share of the judged queries in
 * tests/support/offer-relevance-set.ts whose expected offer comes first, against the demo seed's
 * offer catalogue — the same figure `npm test` asserts (≥ 95 %) in tests/integration/offers-relevance.test.ts.
 *
 *   npx tsx bench/offers-relevance.ts
 *
 * Uses its own database `helper_offers_relevance` (or RELEVANCE_DATABASE_URL): migrated and given the
 * demo organisations and offers (nothing else) when it has no offers yet. Prints every query with the
 * rank of its expected offer, the share first, the share in the top three, and the mean time of one
 * search (the lookup's SQL through searchOffers, micro-cache off).
 */
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { bin, ensureDatabase, log, runOn } from "./support/app-server";
import { RELEVANCE_SET } from "../tests/support/offer-relevance-set";

const require = createRequire(import.meta.url);
const serverOnly = require.resolve("server-only");
require.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

const DATABASE_URL = process.env.RELEVANCE_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_offers_relevance";
process.env.DATABASE_URL = DATABASE_URL;
process.env.OFFERS_LOOKUP_CACHE_SECONDS = "0";

async function main() {
  await ensureDatabase(DATABASE_URL);
  runOn(DATABASE_URL, bin("prisma"), ["migrate", "deploy"]);
  const { db } = await import("../lib/db/client");
  if ((await db.offer.count()) === 0) {
    log("seeding the demo organisations and offers");
    const { seedOrganisations } = await import("../prisma/seed/organisations");
    const { seedOffers } = await import("../prisma/seed/offers");
    await db.$transaction(async (tx) => seedOffers(tx, await seedOrganisations(tx, { demo: true }), new Date()), { timeout: 120_000 });
  }
  const { searchOffers } = await import("../lib/domain/offers/search-offers");
  let first = 0;
  let top3 = 0;
  let ms = 0;
  for (const judged of RELEVANCE_SET) {
    const t0 = performance.now();
    const result = await searchOffers({ q: judged.q, kommune: judged.kommune });
    ms += performance.now() - t0;
    const at = result.items.findIndex((i) => i.title === judged.expected) + 1;
    if (at === 1) first++;
    if (at >= 1 && at <= 3) top3++;
    console.log(`${at === 1 ? "  " : "✗ "}${judged.kind.padEnd(11)} ${`"${judged.q}"`.padEnd(40)} ${judged.kommune}  expected at ${at || "—"}${at === 1 ? "" : ` (first: ${result.items[0]?.title ?? "nothing"})`}`);
  }
  const n = RELEVANCE_SET.length;
  console.log(`\nrelevance: expected offer first for ${first}/${n} queries (${((first / n) * 100).toFixed(1)} %, target ≥ 95 %); in the top three for ${top3}/${n}`);
  console.log(`mean search time: ${(ms / n).toFixed(1)} ms`);
  await db.$disconnect();
  process.exitCode = first / n >= 0.95 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
