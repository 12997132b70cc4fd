/**
 * Benchmark of the two referral worklists at national scale (issue 5): the municipality's inbox and
 * the GP's "mine henvisninger", each page next to its bare SQL, in the same run.
 *
 *   npx tsx bench/referrals-lists.ts
 *
 * 1. The database `helper_referrals_bench` (or BENCH_DATABASE_URL) is prepared once: migrations, the
 *    seed (demo users and organisations), then scripts/generate-national-referrals.ts — 250,000
 *    referrals. A database that already holds them is reused.
 * 2. The built app is started by the benchmark itself on port 3300, under `flock /tmp/e2e.lock`
 *    (the machine-wide lock for builds and servers, docs/dev/working-together.md), via the same
 *    scripts/start.ts as `npm start` (migrate → seed if empty → build if stale → next start).
 * 3. Sessions: the benchmark mints the session cookie the way next-auth does — `encode()` from
 *    next-auth/jwt with the server's AUTH_SECRET (the benchmark sets it) and the cookie name as salt,
 *    carrying exactly the claims lib/auth/auth.ts issues ({ userId, sessionVersion, authTime }). No
 *    sign-in form is posted, so the argon2 hash and the sign-in throttle stay out of the numbers; the
 *    server still verifies the cookie and loads the actor from PostgreSQL on every request.
 * 4. Each page: autocannon (programmatic API), 10 connections, 10 s, after a warm-up. Its bare SQL:
 *    the very statements the page runs (lib/domain/referrals/list-sql.ts) on 10 pg connections for
 *    10 s — for the inbox the page's two queries (the page, and the counts per status and offer behind
 *    its tabs and filter), for the GP list its one; latency per page's worth of SQL.
 * 5. Prints req/s, p50 and p99 for both, the ratios, and whether p99 ≤ 200 ms holds.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { inboxPageSql, inboxSummarySql, myReferralsPageSql } from "../lib/domain/referrals/list-sql";
import { REFERRALS_PAGE_SIZE } from "../lib/domain/referrals/schemas";

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;

const PORT = 3300;
const BASE = `http://localhost:${PORT}`;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_referrals_bench";
const REFERRALS = 250_000;
const CONNECTIONS = 10;
const DURATION_S = 10;
const TARGET_P99_MS = 200;
const COOKIE = "authjs.session-token"; // next-auth v5 over plain http
const AUTH_SECRET = crypto.randomBytes(32).toString("base64url");
const MUNICIPAL_USER = "koordinator.roskilde@demo.dk";
const GP_USER = "laege.roskilde@demo.dk";

const startedAt = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);
const bin = (name: string) => `node_modules/.bin/${name}`;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

async function prepareDatabase(): Promise<void> {
  const url = new URL(DATABASE_URL);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(DATABASE_URL), { pathname: "/postgres" }).toString() });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  let count = 0;
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    count = Number((await client.query(`SELECT count(*) FROM "Referral" WHERE id LIKE 'nat-%'`)).rows[0].count);
  } catch {
    count = 0; // not migrated yet
  }
  await client.end();
  if (count >= REFERRALS) {
    log(`database ${name}: ${count} generated referrals present, reused`);
    return;
  }
  log(`database ${name}: migrating, seeding and generating ${REFERRALS} referrals`);
  run(bin("prisma"), ["migrate", "deploy"]);
  run(bin("tsx"), ["prisma/seed/index.ts", "--if-empty"]);
  run(bin("tsx"), ["scripts/generate-national-referrals.ts", "--count", String(REFERRALS), ...(count > 0 ? ["--reset"] : [])]);
}

async function startServer(): Promise<ChildProcess> {
  log(`starting the built app on port ${PORT} under flock /tmp/e2e.lock (waits while another build or e2e run holds it)`);
  const server = spawn("flock", ["/tmp/e2e.lock", bin("tsx"), "scripts/start.ts", "--port", String(PORT)], {
    env: { ...process.env, DATABASE_URL, AUTH_SECRET, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so the whole tree (flock → tsx → next) stops at the end
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const deadline = Date.now() + 45 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${output.join("")}`);
    try {
      const response = await fetch(`${BASE}/api/health`);
      if (response.ok) {
        log("server is up");
        return server;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error(`the server did not come up:\n${output.join("")}`);
}

function stopServer(server: ChildProcess | undefined) {
  if (!server?.pid) return;
  try {
    process.kill(-server.pid, "SIGTERM"); // the process group started above, and nothing else
  } catch {
    // already gone
  }
}

/** A session cookie exactly as next-auth would issue it after signing in. */
async function sessionCookie(db: pg.Client, email: string): Promise<string> {
  const user = (await db.query(`SELECT id, "sessionVersion" FROM "User" WHERE email = $1`, [email])).rows[0] as { id: string; sessionVersion: number } | undefined;
  if (!user) throw new Error(`no user ${email}`);
  const token = await encode({
    token: { userId: user.id, sessionVersion: user.sessionVersion, authTime: Math.floor(Date.now() / 1000) },
    secret: AUTH_SECRET,
    salt: COOKIE,
    maxAge: 8 * 60 * 60,
  });
  return `${COOKIE}=${token}`;
}

async function checkPage(path: string, cookie: string, expected: RegExp): Promise<number> {
  const response = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200 || !expected.test(html)) throw new Error(`${path}: status ${response.status}, expected ${expected} in the page`);
  return (html.match(/href="\/henvisninger\/[^"/?]+"/g) ?? []).length;
}

type Figures = { rps: number; p50: number; p99: number };

async function benchPage(path: string, cookie: string): Promise<Figures> {
  await autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: 3, headers: { cookie } }); // warm-up
  const result = await autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: DURATION_S, headers: { cookie } });
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** Prisma.Sql → pg: the same text and values; dates as UTC wall-clock (the columns are timestamp without time zone). */
function toPg(sql: { text: string; values: unknown[] }) {
  return { text: sql.text, values: sql.values.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "") : v)) };
}

async function benchSql(pool: pg.Pool, unit: () => { text: string; values: unknown[] }[]): Promise<Figures> {
  const run = async () => {
    const client = await pool.connect();
    try {
      for (const statement of unit()) await client.query(toPg(statement));
    } finally {
      client.release();
    }
  };
  for (let i = 0; i < 30; i++) await run(); // warm-up
  const latencies: number[] = [];
  const end = Date.now() + DURATION_S * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const t0 = process.hrtime.bigint();
        await run();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { rps: latencies.length / DURATION_S, p50: at(50), p99: at(99) };
}

async function main() {
  await prepareDatabase();
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
  log(`dataset: ${ids.referrals} referrals; ${ids.to_municipality} to Roskilde (the inbox measured); ${ids.from_gp} from ${GP_USER} (the GP list measured)`);

  let server: ChildProcess | undefined;
  const stop = () => stopServer(server);
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    server = await startServer();
    const municipalCookie = await sessionCookie(db, MUNICIPAL_USER);
    const gpCookie = await sessionCookie(db, GP_USER);
    const inboxRows = await checkPage("/henvisninger", municipalCookie, /Indbakke: henvisninger til Roskilde Kommune/);
    const gpRows = await checkPage("/henvisninger", gpCookie, /Mine henvisninger/);
    log(`signed in by minted session cookies: the inbox shows ${inboxRows} referral links, the GP list ${gpRows}`);

    const pool = new pg.Pool({ connectionString: DATABASE_URL, max: CONNECTIONS });
    const inboxSql = () => {
      const now = new Date();
      return [
        inboxPageSql({ municipalityId: ids.municipality, view: "new", now, limit: REFERRALS_PAGE_SIZE + 1 }),
        inboxSummarySql({ municipalityId: ids.municipality, now }),
      ];
    };
    const gpSql = () => [myReferralsPageSql({ organisationId: ids.clinic, userId: ids.gp, state: "all", limit: REFERRALS_PAGE_SIZE + 1 })];
    // The "all" inbox view (newest first across every status) is the heaviest one; measured as SQL too.
    const inboxAllSql = () => [inboxPageSql({ municipalityId: ids.municipality, view: "all", now: new Date(), limit: REFERRALS_PAGE_SIZE + 1 })];

    log("municipality inbox: page");
    const inboxPage = await benchPage("/henvisninger", municipalCookie);
    log("municipality inbox: bare SQL");
    const inboxBare = await benchSql(pool, inboxSql);
    log("GP list: page");
    const gpPage = await benchPage("/henvisninger", gpCookie);
    log("GP list: bare SQL");
    const gpBare = await benchSql(pool, gpSql);
    log("inbox view 'all' (heaviest): page and bare SQL");
    const allPage = await benchPage("/henvisninger?visning=all", municipalCookie);
    const allBare = await benchSql(pool, inboxAllSql);
    // The floor: a signed-in portal page with the same shell and session handling and (almost) no
    // content of its own, and the health endpoint (no session, no React) — what any page costs here.
    log("floor: /notifikationer (shell + session, a short list) and /api/health");
    const floorPage = await benchPage("/notifikationer", gpCookie);
    const healthPage = await benchPage("/api/health", "");
    await pool.end();

    const f = (n: number, digits = 1) => n.toFixed(digits).padStart(8);
    const rows: [string, Figures, Figures][] = [
      ["municipality inbox (/henvisninger, Nye)", inboxPage, inboxBare],
      ["GP list (/henvisninger, Mine)", gpPage, gpBare],
      ["inbox, view Alle (/henvisninger?visning=all)", allPage, allBare],
    ];
    console.log(`\n${ids.referrals} referrals; autocannon ${CONNECTIONS} connections × ${DURATION_S} s per page; bare SQL on ${CONNECTIONS} pg connections × ${DURATION_S} s\n`);
    console.log(`${"".padEnd(46)}   req/s   p50 ms   p99 ms | SQL req/s  p50 ms   p99 ms | p50×   p99×  req/s÷`);
    for (const [name, page, bare] of rows) {
      console.log(
        `${name.padEnd(46)} ${f(page.rps, 0)} ${f(page.p50)} ${f(page.p99)} | ${f(bare.rps, 0)} ${f(bare.p50, 2)} ${f(bare.p99, 2)} | ${(page.p50 / bare.p50).toFixed(1).padStart(5)} ${(page.p99 / bare.p99).toFixed(1).padStart(5)} ${(bare.rps / page.rps).toFixed(1).padStart(6)}`,
      );
    }
    console.log(`${"floor: /notifikationer (signed-in shell)".padEnd(46)} ${f(floorPage.rps, 0)} ${f(floorPage.p50)} ${f(floorPage.p99)} |`);
    console.log(`${"floor: /api/health (no session, no React)".padEnd(46)} ${f(healthPage.rps, 0)} ${f(healthPage.p50)} ${f(healthPage.p99)} |`);
    console.log("\n(p50× / p99×: page latency ÷ bare-SQL latency; req/s÷: bare-SQL throughput ÷ page throughput)");
    const load = (await import("node:os")).loadavg().map((n) => n.toFixed(2)).join(" ");
    console.log(`machine: ${(await import("node:os")).cpus().length} cores, load average now ${load} (other sessions share this machine)`);
    const verdict = (name: string, page: Figures) => `${name}: p99 ${page.p99.toFixed(0)} ms ${page.p99 <= TARGET_P99_MS ? "≤" : ">"} ${TARGET_P99_MS} ms — ${page.p99 <= TARGET_P99_MS ? "PASS" : "FAIL"}`;
    console.log(verdict("municipality inbox", inboxPage));
    console.log(verdict("GP list", gpPage));
    if (inboxPage.p99 > TARGET_P99_MS || gpPage.p99 > TARGET_P99_MS) process.exitCode = 1;
  } finally {
    stop();
    await db.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
