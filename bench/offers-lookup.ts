/**
 * Benchmark of the GP lookup at national scale (issue 4): the lookup next to a static response of the
 * same app and the bare SQL of the search, in one run.
 *
 *   npx tsx bench/offers-lookup.ts
 *
 * 1. The database `helper_offers_bench` (or BENCH_DATABASE_URL): migrated, seeded (the demo GP signs
 *    the signed-in runs) and given the national dataset of scripts/generate-national-offers.ts (98
 *    municipalities × 40 offers + the regions' specialised offers) unless it is already there.
 * 2. The app, started by bench/support/app-server.ts (scripts/start.ts under `flock /tmp/e2e.lock`,
 *    build if stale) on port 3200.
 * 3. autocannon, 20 connections, after a warm-up three windows of 10 s each (the figures are their
 *    medians; bench/support/app-server.ts says why), one URL after another:
 *      lookup    GET /tilbud?q=rygning&kommune=265 without a session (Roskilde: own, partner and
 *                regional offers) — served from Next's cache (docs/decisions/011-cached-anonymous-lookup.md)
 *      static    GET /api/hsds, prerendered at build time: the floor of any response of this app
 *      signed in the same URL as the demo GP: rendered per request (the header shows the user), with
 *                the lookup's few-second micro-cache of search results (lib/domain/offers/search-cache.ts)
 *      shell     GET /logind without a session: a small page rendered per request, no database
 *      uncached  the signed-in lookup on a server started with OFFERS_LOOKUP_CACHE_SECONDS=0: the search
 *                SQL on every request
 *    and the bare SQL: the lookup's own statement (lib/offers/search-query.ts) on 20 pg connections in
 *    a loop for 10 s.
 * 4. Prints req/s, p50 and p99 for each, the ratios, and the targets: lookup p99 ≤ 150 ms and lookup
 *    throughput ≥ 1/3 of the static response's. Exit code 1 when a target is missed.
 */
import { offerSearchSql } from "../lib/offers/search-query";
import { OFFERS_PAGE_SIZE } from "../lib/domain/offers/schemas";
import { log, machineLine, measureHttp, measureSql, sessionCookie, startApp, windowsLine, WINDOWS, type Figures } from "./support/app-server";
import { GP_USER, municipalityIds, prepareNationalOffers } from "./support/national-offers";

const PORT = 3200;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_offers_bench";
const MUNICIPALITY = "265"; // Roskilde
const LOOKUP = `/tilbud?q=rygning&kommune=${MUNICIPALITY}`;
const STATIC = "/api/hsds";
const SHELL = "/logind";
const LOAD = { connections: 20, duration: 10 };
const TARGET_P99_MS = 150;
const TARGET_RATIO = 1 / 3;


async function checkLookup(base: string, cookie?: string): Promise<string> {
  const response = await fetch(`${base}${LOOKUP}`, { headers: cookie ? { cookie } : {} });
  const html = await response.text();
  const results = (html.match(/<li class="rounded-lg border/g) ?? []).length;
  if (response.status !== 200 || !html.includes("Roskilde Kommune") || results === 0) {
    throw new Error(`${LOOKUP} answered ${response.status} with ${results} results`);
  }
  return `${results} results, ${(html.length / 1024).toFixed(1)} kB HTML, x-nextjs-cache: ${response.headers.get("x-nextjs-cache") ?? "-"}`;
}

async function main() {
  await prepareNationalOffers(DATABASE_URL);
  let app = await startApp({ port: PORT, databaseUrl: DATABASE_URL });
  const figures: Record<string, Figures & { note: string }> = {};
  try {
    const gpCookie = await sessionCookie(DATABASE_URL, GP_USER, app.secret);
    log(`signed out: ${await checkLookup(app.base)}`);
    log(`signed out, again: ${await checkLookup(app.base)}`);
    log(`signed in: ${await checkLookup(app.base, gpCookie)}`);

    figures.lookup = { ...(await measureHttp(`${app.base}${LOOKUP}`, LOAD)), note: `GET ${LOOKUP} without a session (cached page)` };
    log(`lookup: ${figures.lookup.rps.toFixed(0)} req/s`);
    figures.static = { ...(await measureHttp(`${app.base}${STATIC}`, LOAD)), note: `GET ${STATIC} (prerendered)` };
    log(`static: ${figures.static.rps.toFixed(0)} req/s`);
    figures["signed in"] = { ...(await measureHttp(`${app.base}${LOOKUP}`, { ...LOAD, cookie: gpCookie })), note: "the same URL as the demo GP: rendered per request" };
    log(`signed in: ${figures["signed in"].rps.toFixed(0)} req/s`);
    figures.shell = { ...(await measureHttp(`${app.base}${SHELL}`, LOAD)), note: `GET ${SHELL} without a session: a small page rendered per request` };
    log(`shell: ${figures.shell.rps.toFixed(0)} req/s`);
    await app.stop();

    app = await startApp({ port: PORT, databaseUrl: DATABASE_URL, env: { OFFERS_LOOKUP_CACHE_SECONDS: "0" } });
    figures.uncached = {
      ...(await measureHttp(`${app.base}${LOOKUP}`, { ...LOAD, cookie: await sessionCookie(DATABASE_URL, GP_USER, app.secret) })),
      note: "signed in, OFFERS_LOOKUP_CACHE_SECONDS=0: the search SQL on every request",
    };
    log(`uncached: ${figures.uncached.rps.toFixed(0)} req/s`);
    await app.stop(); // the SQL runs alone

    const statement = offerSearchSql({ q: "rygning", municipalityCode: MUNICIPALITY }, { limit: OFFERS_PAGE_SIZE, offset: 0 }, await municipalityIds(DATABASE_URL, MUNICIPALITY));
    figures["bare SQL"] = { ...(await measureSql(DATABASE_URL, () => [statement], LOAD)), note: `the lookup's statement, ${LOAD.connections} pg connections` };
    log(`bare SQL: ${figures["bare SQL"].rps.toFixed(0)} statements/s`);
  } finally {
    await app.stop();
  }

  const num = (n: number, digits = 1) => n.toFixed(digits).padStart(9);
  console.log(`\nGP lookup benchmark — national dataset, ${LOAD.connections} connections, ${WINDOWS} windows of ${LOAD.duration} s each after a warm-up (medians)\n`);
  console.log(`${"".padEnd(11)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}  what`);
  for (const [name, f] of Object.entries(figures)) console.log(`${name.padEnd(11)}${num(f.rps, 0)}${num(f.p50)}${num(f.p99)}  ${f.note}`);
  console.log("each window:");
  for (const [name, f] of Object.entries(figures)) if (f.runs) console.log(`  ${windowsLine(name, f)}`);
  const { lookup, static: staticPage } = figures;
  const ratio = lookup.rps / staticPage.rps;
  const ratioTo = (name: string) => (figures[name].rps / staticPage.rps).toFixed(2);
  console.log(`\nlookup / static throughput: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO.toFixed(2)})`);
  console.log(`signed in / static: ${ratioTo("signed in")}; uncached / static: ${ratioTo("uncached")}; shell / static: ${ratioTo("shell")}`);
  console.log(`lookup / bare SQL throughput: ${(lookup.rps / figures["bare SQL"].rps).toFixed(2)}; signed in / bare SQL: ${(figures["signed in"].rps / figures["bare SQL"].rps).toFixed(2)}`);
  console.log(await machineLine());
  const p99Ok = lookup.p99 <= TARGET_P99_MS;
  const ratioOk = ratio >= TARGET_RATIO;
  console.log(`target lookup p99 ≤ ${TARGET_P99_MS} ms: ${p99Ok ? "met" : "MISSED"} (${lookup.p99} ms)`);
  console.log(`target lookup ≥ 1/3 of static: ${ratioOk ? "met" : "MISSED"} (${ratio.toFixed(2)})`);
  process.exitCode = p99Ok && ratioOk ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
