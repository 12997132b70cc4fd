/**
 * Benchmark of the two referral worklists at national scale (issue 5): the municipality's inbox and
 * the GP's "mine henvisninger", each page next to its bare SQL, in the same run.
 *
 *   npx tsx bench/referrals-lists.ts
 *
 * 1. The database `helper_referrals_bench` (or BENCH_DATABASE_URL) is prepared once: migrations, the
 *    seed (demo users and organisations), then scripts/generate-national-referrals.ts — 250,000
 *    referrals. A database that already holds them is reused.
 * 2. The built app is started by the benchmark itself on port 3300 (bench/support/app-server.ts:
 *    scripts/start.ts under `flock /tmp/e2e.lock`, as `npm start` runs it).
 * 3. Sessions: cookies minted the way next-auth issues them (bench/support/app-server.ts), so the
 *    server verifies the cookie and loads the actor from PostgreSQL on every request, but no sign-in
 *    form (argon2, throttle) is in the numbers.
 * 4. Each page: autocannon (programmatic API), 10 connections, after a warm-up three windows of 10 s
 *    (the figures are their medians; bench/support/app-server.ts says why). Its bare SQL:
 *    the very statements the page runs (lib/domain/referrals/list-sql.ts) on 10 pg connections for
 *    10 s — for the inbox the page's two queries (the page, and the counts per status and offer behind
 *    its tabs and filter), for the GP list its one; latency per page's worth of SQL.
 * 5. Prints req/s, p50 and p99 for both, the ratios, and whether p99 ≤ 200 ms holds.
 */
import pg from "pg";
import { inboxPageSql, inboxSummarySql, myReferralsPageSql } from "../lib/domain/referrals/list-sql";
import { REFERRALS_PAGE_SIZE } from "../lib/domain/referrals/schemas";
import { log, machineLine, measureHttp, measureSql, sessionCookie, startApp, windowsLine, WINDOWS, type Figures } from "./support/app-server";
import { prepareNationalReferrals } from "./support/national-referrals";

const PORT = 3300;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_referrals_bench";
const LOAD = { connections: 10, duration: 10 };
const TARGET_P99_MS = 200;
const MUNICIPAL_USER = "koordinator.roskilde@demo.dk";
const GP_USER = "laege.roskilde@demo.dk";


async function checkPage(base: string, path: string, cookie: string, expected: RegExp): Promise<number> {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200 || !expected.test(html)) throw new Error(`${path}: status ${response.status}, expected ${expected} in the page`);
  return (html.match(/href="\/henvisninger\/[^"/?]+"/g) ?? []).length;
}

async function main() {
  await prepareNationalReferrals(DATABASE_URL);
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const ids = (
    await db.query(`SELECT (SELECT id FROM "Organisation" WHERE kind = 'MUNICIPALITY' AND code = '265') AS municipality,
                           (SELECT m."organisationId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND m.role = 'CLINICIAN') AS clinic,
                           (SELECT id FROM "User" WHERE email = $1) AS gp,
                           (SELECT count(*)::int FROM "Referral") AS referrals,
                           (SELECT count(*)::int FROM "Referral" r JOIN "Organisation" o ON o.id = r."receivingMunicipalityId" WHERE o.code = '265') AS to_municipality,
                           (SELECT count(*)::int FROM "Referral" r JOIN "User" u ON u.id = r."referringUserId" WHERE u.email = $1) AS from_gp`, [GP_USER])
  ).rows[0] as { municipality: string; clinic: string; gp: string; referrals: number; to_municipality: number; from_gp: number };
  await db.end();
  log(`dataset: ${ids.referrals} referrals; ${ids.to_municipality} to Roskilde (the inbox measured); ${ids.from_gp} from ${GP_USER} (the GP list measured)`);

  const app = await startApp({ port: PORT, databaseUrl: DATABASE_URL });
  try {
    const municipalCookie = await sessionCookie(DATABASE_URL, MUNICIPAL_USER, app.secret);
    const gpCookie = await sessionCookie(DATABASE_URL, GP_USER, app.secret);
    const inboxRows = await checkPage(app.base, "/henvisninger", municipalCookie, /Indbakke: henvisninger til Roskilde Kommune/);
    const gpRows = await checkPage(app.base, "/henvisninger", gpCookie, /Mine henvisninger/);
    log(`signed in by minted session cookies: the inbox shows ${inboxRows} referral links, the GP list ${gpRows}`);

    const inboxSql = () => {
      const now = new Date();
      return [inboxPageSql({ municipalityId: ids.municipality, view: "new", now, limit: REFERRALS_PAGE_SIZE + 1 }), inboxSummarySql({ municipalityId: ids.municipality, now })];
    };
    const gpSql = () => [myReferralsPageSql({ organisationId: ids.clinic, userId: ids.gp, state: "all", limit: REFERRALS_PAGE_SIZE + 1 })];
    // The "all" inbox view (newest first across every status) is the heaviest one; measured as SQL too.
    const inboxAllSql = () => [inboxPageSql({ municipalityId: ids.municipality, view: "all", now: new Date(), limit: REFERRALS_PAGE_SIZE + 1 })];

    log("municipality inbox: page");
    const inboxPage = await measureHttp(`${app.base}/henvisninger`, { ...LOAD, cookie: municipalCookie });
    log("municipality inbox: bare SQL");
    const inboxBare = await measureSql(DATABASE_URL, inboxSql, LOAD);
    log("GP list: page");
    const gpPage = await measureHttp(`${app.base}/henvisninger`, { ...LOAD, cookie: gpCookie });
    log("GP list: bare SQL");
    const gpBare = await measureSql(DATABASE_URL, gpSql, LOAD);
    log("inbox view 'all' (heaviest): page and bare SQL");
    const allPage = await measureHttp(`${app.base}/henvisninger?visning=all`, { ...LOAD, cookie: municipalCookie });
    const allBare = await measureSql(DATABASE_URL, inboxAllSql, LOAD);
    // The floor: a signed-in portal page with the same shell and session handling and (almost) no
    // content of its own, and the health endpoint (no session, no React) — what any page costs here.
    log("floor: /notifikationer (shell + session, a short list) and /api/health");
    const floorPage = await measureHttp(`${app.base}/notifikationer`, { ...LOAD, cookie: gpCookie });
    const healthPage = await measureHttp(`${app.base}/api/health`, LOAD);

    const f = (n: number, digits = 1) => n.toFixed(digits).padStart(8);
    const rows: [string, Figures, Figures][] = [
      ["municipality inbox (/henvisninger, Nye)", inboxPage, inboxBare],
      ["GP list (/henvisninger, Mine)", gpPage, gpBare],
      ["inbox, view Alle (/henvisninger?visning=all)", allPage, allBare],
    ];
    console.log(
      `\n${ids.referrals} referrals; autocannon ${LOAD.connections} connections, ${WINDOWS} windows of ${LOAD.duration} s per page (medians below), after a warm-up; bare SQL on ${LOAD.connections} pg connections × ${LOAD.duration} s\n`,
    );
    console.log(`${"".padEnd(46)}   req/s   p50 ms   p99 ms | SQL req/s  p50 ms   p99 ms | p50×   p99×  req/s÷`);
    for (const [name, page, bare] of rows) {
      console.log(
        `${name.padEnd(46)} ${f(page.rps, 0)} ${f(page.p50)} ${f(page.p99)} | ${f(bare.rps, 0)} ${f(bare.p50, 2)} ${f(bare.p99, 2)} | ${(page.p50 / bare.p50).toFixed(1).padStart(5)} ${(page.p99 / bare.p99).toFixed(1).padStart(5)} ${(bare.rps / page.rps).toFixed(1).padStart(6)}`,
      );
    }
    console.log(`${"floor: /notifikationer (signed-in shell)".padEnd(46)} ${f(floorPage.rps, 0)} ${f(floorPage.p50)} ${f(floorPage.p99)} |`);
    console.log(`${"floor: /api/health (no session, no React)".padEnd(46)} ${f(healthPage.rps, 0)} ${f(healthPage.p50)} ${f(healthPage.p99)} |`);
    console.log("\n(p50× / p99×: page latency ÷ bare-SQL latency; req/s÷: bare-SQL throughput ÷ page throughput)");
    console.log("each window:");
    for (const [name, page] of [...rows.map(([n, p]) => [n, p] as const), ["floor: /notifikationer", floorPage] as const]) console.log(`  ${windowsLine(name, page)}`);
    console.log(await machineLine());
    const verdict = (name: string, page: Figures) =>
      `${name}: p99 ${page.p99.toFixed(0)} ms (median of ${WINDOWS} windows) ${page.p99 <= TARGET_P99_MS ? "≤" : ">"} ${TARGET_P99_MS} ms — ${page.p99 <= TARGET_P99_MS ? "PASS" : "FAIL"}`;
    console.log(verdict("municipality inbox", inboxPage));
    console.log(verdict("GP list", gpPage));
    if (inboxPage.p99 > TARGET_P99_MS || gpPage.p99 > TARGET_P99_MS) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
