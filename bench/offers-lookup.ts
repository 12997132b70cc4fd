/**
 * Benchmark of the GP lookup and the shell at national scale (issues 4 and 12): the lookup signed in
 * and signed out, the sign-in page, the signed-in header's data, next to a static response of the same
 * app and the bare SQL of the search, in one run.
 *
 *   npx tsx bench/offers-lookup.ts          (BENCH_PORT, default 3200; BENCH_DATABASE_URL)
 *
 * 1. The database `helper_offers_bench` (or BENCH_DATABASE_URL): migrated, seeded (the demo GP signs
 *    the signed-in runs) and given the national dataset of scripts/generate-national-offers.ts (98
 *    municipalities × 40 offers + the regions' specialised offers) unless it is already there.
 * 2. The app, started by bench/support/app-server.ts (scripts/start.ts under `flock /tmp/e2e.lock`,
 *    build if stale).
 * 3. autocannon, 20 connections: each URL warmed up for 10 s, then three rounds in which each URL gets
 *    a 10-s window in turn (measureHttpRounds: on a shared host the ratios are taken within a round;
 *    the figures are medians over the rounds):
 *      static     GET /api/hsds, prerendered at build time: the floor of any response of this app
 *      anonymous  GET /tilbud?q=rygning&kommune=265 without a session (Roskilde: own, partner and
 *                 regional offers) — the cached page of its search (decision 019)
 *      signed in  the same URL as the demo GP: the same cached page (the header's user part is filled
 *                 in the browser from /api/konto)
 *      shell      GET /logind without a session: the sign-in page, cached per state (decision 019)
 *      account    GET /api/konto as the demo GP: the header's per-user data, per request (what a
 *                 signed-in page view adds to the cached page)
 *      portal     GET /notifikationer as the demo GP: a small signed-in page rendered per request
 *                 (actor, shell, a short list) — not a target, the cost every portal page starts from
 *    and the bare SQL: the lookup's own statement (lib/offers/search-query.ts) on 20 pg connections in
 *    a loop for 10 s (today's figure before issue 12: 350 statements/s).
 * 4. Prints req/s, p50 and p99 for each, the ratios, and the targets of issue 12: signed-in lookup
 *    p99 ≤ 150 ms and ≥ 1/3 of static, anonymous lookup ≥ 1/2 of static, shell ≥ 1/2 of static.
 *    Exit code 1 when a target is missed.
 */
import { offerSearchSql } from "../lib/offers/search-query";
import { OFFERS_PAGE_SIZE } from "../lib/domain/offers/schemas";
import { log, machineLine, measureHttpRounds, measureSql, ratioTo, sessionCookie, startApp, windowsLine, WINDOWS, type Figures } from "./support/app-server";
import { GP_USER, municipalityIds, prepareNationalOffers } from "./support/national-offers";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_offers_bench";
const MUNICIPALITY = "265"; // Roskilde
const LOOKUP = `/tilbud?q=rygning&kommune=${MUNICIPALITY}`;
const STATIC = "/api/hsds";
const SHELL = "/logind";
const ACCOUNT = "/api/konto";
const PORTAL = "/notifikationer";
const LOAD = { connections: 20, duration: 10 };
const TARGET_P99_MS = 150;
const SQL_BEFORE = 350; // statements/s of the lookup's SQL before issue 12 (README, 5 December)


/** The lookup as one visitor gets it: its results and whether it came from the cache. */
async function checkLookup(base: string, cookie?: string): Promise<{ line: string; results: string }> {
  const response = await fetch(`${base}${LOOKUP}`, { headers: cookie ? { cookie } : {} });
  const html = await response.text();
  const titles = [...html.matchAll(/<li class="rounded-lg border[\s\S]*?<a [^>]*>([^<]*)</g)].map((match) => match[1]);
  if (response.status !== 200 || !html.includes("Roskilde Kommune") || titles.length === 0) {
    throw new Error(`${LOOKUP} answered ${response.status} with ${titles.length} results`);
  }
  return {
    line: `${titles.length} results, ${(html.length / 1024).toFixed(1)} kB HTML, x-nextjs-cache: ${response.headers.get("x-nextjs-cache") ?? "-"}`,
    results: titles.join(" | "),
  };
}

async function main() {
  await prepareNationalOffers(DATABASE_URL);
  // BENCH_HOLDS_LOCK=1: the caller already runs under `flock /tmp/e2e.lock` (a second flock would wait for ever).
  const app = await startApp({ port: PORT, databaseUrl: DATABASE_URL, holdsLock: process.env.BENCH_HOLDS_LOCK === "1" });
  const figures: Record<string, Figures & { note: string }> = {};
  try {
    const gpCookie = await sessionCookie(DATABASE_URL, GP_USER, app.secret);
    const anonymous = await checkLookup(app.base);
    log(`signed out: ${anonymous.line}`);
    log(`signed out, again: ${(await checkLookup(app.base)).line}`);
    const signedIn = await checkLookup(app.base, gpCookie);
    log(`signed in: ${signedIn.line}`);
    if (signedIn.results !== anonymous.results) throw new Error("the signed-in lookup shows other results than the anonymous one");
    const account = (await (await fetch(`${app.base}${ACCOUNT}`, { headers: { cookie: gpCookie } })).json()) as { account: { name: string } | null };
    if (!account.account) throw new Error(`${ACCOUNT} does not know the demo GP`);
    log(`${ACCOUNT} as the demo GP: ${account.account.name}`);

    const measured = await measureHttpRounds(
      [
        { name: "static", url: `${app.base}${STATIC}` },
        { name: "anonymous", url: `${app.base}${LOOKUP}` },
        { name: "signed in", url: `${app.base}${LOOKUP}`, cookie: gpCookie },
        { name: "shell", url: `${app.base}${SHELL}` },
        { name: "account", url: `${app.base}${ACCOUNT}`, cookie: gpCookie },
        { name: "portal", url: `${app.base}${PORTAL}`, cookie: gpCookie },
      ],
      LOAD,
    );
    const notes: Record<string, string> = {
      static: `GET ${STATIC} (prerendered)`,
      anonymous: `GET ${LOOKUP} without a session (cached page)`,
      "signed in": "the same URL as the demo GP (the same cached page)",
      shell: `GET ${SHELL} without a session (cached per state)`,
      account: `GET ${ACCOUNT} as the demo GP: the header's data, per request`,
      portal: `GET ${PORTAL} as the demo GP: a small page rendered per request`,
    };
    for (const [name, f] of Object.entries(measured)) figures[name] = { ...f, note: notes[name] };
  } finally {
    await app.stop(); // the SQL runs alone
  }
  const statement = offerSearchSql({ q: "rygning", municipalityCode: MUNICIPALITY }, { limit: OFFERS_PAGE_SIZE, offset: 0 }, await municipalityIds(DATABASE_URL, MUNICIPALITY));
  figures["bare SQL"] = { ...(await measureSql(DATABASE_URL, () => [statement], LOAD)), note: `the lookup's statement, ${LOAD.connections} pg connections` };
  log(`bare SQL: ${figures["bare SQL"].rps.toFixed(0)} statements/s`);

  const num = (n: number, digits = 1) => n.toFixed(digits).padStart(9);
  console.log(`\nGP lookup and shell benchmark — national dataset, ${LOAD.connections} connections, ${WINDOWS} rounds of one ${LOAD.duration}-s window per URL after a warm-up (medians)\n`);
  console.log(`${"".padEnd(11)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}  what`);
  for (const [name, f] of Object.entries(figures)) console.log(`${name.padEnd(11)}${num(f.rps, 0)}${num(f.p50)}${num(f.p99)}  ${f.note}`);
  console.log("each window:");
  for (const [name, f] of Object.entries(figures)) if (f.runs) console.log(`  ${windowsLine(name, f)}`);
  const ratio = (name: string) => ratioTo(figures, name, "static");
  console.log(`\nto static (median of the rounds' ratios): ${["anonymous", "signed in", "shell", "account", "portal"].map((name) => `${name} ${ratio(name).toFixed(2)}`).join("; ")}`);
  console.log(`bare SQL: ${figures["bare SQL"].rps.toFixed(0)} statements/s (before issue 12: ${SQL_BEFORE}; ${(figures["bare SQL"].rps / SQL_BEFORE).toFixed(2)}×)`);
  console.log(await machineLine());
  const targets: [string, boolean, string][] = [
    [`signed-in lookup p99 ≤ ${TARGET_P99_MS} ms`, figures["signed in"].p99 <= TARGET_P99_MS, `${figures["signed in"].p99} ms`],
    ["signed-in lookup ≥ 1/3 of static", ratio("signed in") >= 1 / 3, ratio("signed in").toFixed(2)],
    ["anonymous lookup ≥ 1/2 of static", ratio("anonymous") >= 1 / 2, ratio("anonymous").toFixed(2)],
    ["shell (/logind) ≥ 1/2 of static", ratio("shell") >= 1 / 2, ratio("shell").toFixed(2)],
  ];
  for (const [name, ok, value] of targets) console.log(`target ${name}: ${ok ? "met" : "MISSED"} (${value})`);
  process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
