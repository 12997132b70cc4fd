/**
 * Benchmark of the GP lookup at national scale (issue 4): the lookup page next to a static response of
 * the same app and the bare SQL of the search, in one run.
 *
 *   npx tsx bench/offers-lookup.ts                 (takes the machine-wide lock itself)
 *
 * 1. The lock: the whole run holds `flock /tmp/e2e.lock` (docs/dev/working-together.md — builds and
 *    servers, and the measurements are not disturbed by another build or e2e run): the script re-runs
 *    itself under flock, waiting while someone else holds it.
 * 2. The database `helper_offers_bench` (or BENCH_DATABASE_URL): created and migrated if needed, then
 *    the national dataset of scripts/generate-national-offers.ts (98 municipalities × 40 offers + the
 *    regions' specialised offers) unless it is already there.
 * 3. The build: `next build` if .next is missing or older than the sources (the same content hash as
 *    `npm start`, scripts/source-hash.ts); then `node_modules/.bin/next start -p 3200` with the bench
 *    database, in its own process group, stopped at the end.
 * 4. autocannon (programmatic API), 20 connections × 10 s each, after a warm-up, one after another:
 *      lookup  GET /tilbud?q=rygning&kommune=265 (Roskilde: own, partner and regional offers), as in
 *              production (with the lookup's micro-cache, lib/domain/offers/search-cache.ts), and again
 *              on a server started with OFFERS_LOOKUP_CACHE_SECONDS=0 ("uncached": SQL every request)
 *      static  GET /api/hsds (prerendered at build time — the app has no static *page*: every page sits
 *              under a layout that reads the session cookie; this response skips proxy.ts too, so the
 *              ratio is conservative)
 *      shell   GET /logind (reference: a small dynamic page under the same layouts, no database — the
 *              floor every page of the app pays)
 *    and the bare SQL: the lookup's own statement (lib/offers/search-query.ts) on 20 pg connections in
 *    a loop for 10 s.
 * 5. Prints req/s, p50 and p99 for each, the ratios, and the targets: lookup p99 ≤ 150 ms and lookup
 *    throughput ≥ 1/3 of the static response's. Exit code 1 when a target is missed.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import crypto from "node:crypto";
import pg from "pg";
import { offerSearchSql } from "../lib/offers/search-query";
import { OFFERS_PAGE_SIZE } from "../lib/domain/offers/schemas";
import { sourceHash, BUILD_HASH_FILE } from "../scripts/source-hash";

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as (options: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>;

const LOCK = "/tmp/e2e.lock";
const PORT = 3200;
const BASE = `http://localhost:${PORT}`;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_offers_bench";
const MUNICIPALITY = "265"; // Roskilde
const LOOKUP = `/tilbud?q=rygning&kommune=${MUNICIPALITY}`;
const STATIC = "/api/hsds";
/** A small dynamic page under the same layouts (no database for a signed-out visitor): the floor any page pays. */
const SHELL = "/logind";
const CONNECTIONS = 20;
const DURATION_S = 10;
const TARGET_P99_MS = 150;
const TARGET_RATIO = 1 / 3;
const MIN_GENERATED = 3000;

const startedAt = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);
const bin = (name: string) => `node_modules/.bin/${name}`;

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

async function prepareDatabase(): Promise<void> {
  const name = new URL(DATABASE_URL).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(DATABASE_URL), { pathname: "/postgres" }).toString() });
  await admin.connect();
  if ((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL });
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const generated = Number((await client.query(`SELECT count(*) FROM "Offer" WHERE id LIKE 'gen-%'`)).rows[0].count);
  await client.end();
  if (generated >= MIN_GENERATED) {
    log(`database ${name}: ${generated} generated offers present, reused`);
    return;
  }
  log(`database ${name}: generating the national dataset`);
  run(bin("tsx"), ["scripts/generate-national-offers.ts"], { DATABASE_URL });
}

function ensureBuild(): void {
  const hash = sourceHash();
  const built = fs.existsSync(BUILD_HASH_FILE) ? fs.readFileSync(BUILD_HASH_FILE, "utf8") : "";
  if (built === hash) {
    log("build is up to date");
    return;
  }
  log(built ? "sources changed since the last build: next build" : "no build yet: next build");
  run(bin("next"), ["build"], { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL });
  fs.writeFileSync(BUILD_HASH_FILE, hash);
}

async function startServer(extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  log(`next start -p ${PORT} on ${new URL(DATABASE_URL).pathname.slice(1)} ${JSON.stringify(extraEnv)}`);
  const server = spawn(bin("next"), ["start", "-p", String(PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: stopped as a whole at the end, and nothing else
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 100) output.shift();
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${output.join("")}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not come up:\n${output.join("")}`);
}

function stopServer(server: ChildProcess | undefined) {
  if (!server?.pid) return;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

type Figures = { name: string; rps: number; p50: number; p99: number; note: string };

async function http(name: string, path: string): Promise<Figures> {
  await autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: 2 }); // warm-up
  const r = await autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: DURATION_S });
  const bad = r.non2xx + r.errors + r.timeouts;
  if (bad > 0) throw new Error(`${path}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, note: `GET ${path}` };
}

/** The lookup's own statement on CONNECTIONS pg connections in a loop for DURATION_S seconds. */
async function bareSql(): Promise<Figures> {
  const statement = offerSearchSql({ q: "rygning", municipalityCode: MUNICIPALITY }, { limit: OFFERS_PAGE_SIZE, offset: 0 });
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      return client;
    }),
  );
  const loop = async (client: pg.Client, until: number, latencies: number[] | null) => {
    while (Date.now() < until) {
      const t0 = process.hrtime.bigint();
      await client.query(statement.text, statement.values);
      latencies?.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  await Promise.all(clients.map((c) => loop(c, Date.now() + 2000, null))); // warm-up
  const latencies: number[] = [];
  const started = Date.now();
  await Promise.all(clients.map((c) => loop(c, started + DURATION_S * 1000, latencies)));
  const elapsed = (Date.now() - started) / 1000;
  await Promise.all(clients.map((c) => c.end()));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { name: "bare SQL", rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), note: `lookup statement, ${CONNECTIONS} pg connections` };
}

async function checkLookup(): Promise<void> {
  const response = await fetch(`${BASE}${LOOKUP}`);
  const html = await response.text();
  const results = (html.match(/<li class="rounded-lg border/g) ?? []).length;
  if (response.status !== 200 || !html.includes("Roskilde Kommune") || results === 0) {
    throw new Error(`${LOOKUP} answered ${response.status} with ${results} results`);
  }
  log(`${LOOKUP}: 200, ${results} results, ${(html.length / 1024).toFixed(1)} kB HTML`);
}

async function main() {
  if (process.env.OFFERS_BENCH_LOCKED !== "1") {
    log(`taking ${LOCK} (waits while another build, e2e run or benchmark holds it)`);
    const child = spawnSync("flock", [LOCK, bin("tsx"), "bench/offers-lookup.ts"], { stdio: "inherit", env: { ...process.env, OFFERS_BENCH_LOCKED: "1" } });
    process.exit(child.status ?? 1);
  }

  await prepareDatabase();
  ensureBuild();
  let server: ChildProcess | undefined;
  let figures: Figures[];
  try {
    // 1. The lookup as it runs in production: with the micro-cache (lib/domain/offers/search-cache.ts).
    server = await startServer();
    await checkLookup();
    const lookup = await http("lookup", LOOKUP);
    log(`lookup: ${lookup.rps.toFixed(0)} req/s`);
    const staticPage = await http("static", STATIC);
    log(`static: ${staticPage.rps.toFixed(0)} req/s`);
    const shell = await http("shell", SHELL);
    shell.note = `GET ${SHELL} — reference: a small dynamic page under the same layouts`;
    log(`shell reference: ${shell.rps.toFixed(0)} req/s`);
    stopServer(server);
    // 2. The same with the micro-cache off: every request runs the SQL.
    server = await startServer({ OFFERS_LOOKUP_CACHE_SECONDS: "0" });
    const uncached = await http("uncached", LOOKUP);
    uncached.note = `GET ${LOOKUP} with OFFERS_LOOKUP_CACHE_SECONDS=0`;
    log(`lookup without the micro-cache: ${uncached.rps.toFixed(0)} req/s`);
    stopServer(server); // the SQL runs alone
    server = undefined;
    const sql = await bareSql();
    log(`bare SQL: ${sql.rps.toFixed(0)} statements/s`);
    figures = [lookup, staticPage, sql, uncached, shell];
  } finally {
    stopServer(server);
  }

  const [lookup, staticPage, sql, uncached, shell] = figures;
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (n: number, digits = 1) => n.toFixed(digits).padStart(9);
  console.log(`\nGP lookup benchmark — national dataset, ${CONNECTIONS} connections × ${DURATION_S} s each\n`);
  console.log(`${pad("", 10)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}  what`);
  for (const f of figures) console.log(`${pad(f.name, 10)}${num(f.rps, 0)}${num(f.p50)}${num(f.p99)}  ${f.note}`);
  const ratioStatic = lookup.rps / staticPage.rps;
  const ratioSql = lookup.rps / sql.rps;
  console.log(`\nlookup / static throughput: ${ratioStatic.toFixed(2)} (target ≥ ${TARGET_RATIO.toFixed(2)})`);
  console.log(`lookup / bare SQL throughput: ${ratioSql.toFixed(2)}; p99 lookup / bare SQL: ${(lookup.p99 / sql.p99).toFixed(1)}×`);
  console.log(`uncached lookup / static: ${(uncached.rps / staticPage.rps).toFixed(2)}; uncached / bare SQL: ${(uncached.rps / sql.rps).toFixed(2)}`);
  console.log(`shell reference / static: ${(shell.rps / staticPage.rps).toFixed(2)}; lookup / shell reference: ${(lookup.rps / shell.rps).toFixed(2)}`);
  const p99Ok = lookup.p99 <= TARGET_P99_MS;
  const ratioOk = ratioStatic >= TARGET_RATIO;
  console.log(`target lookup p99 ≤ ${TARGET_P99_MS} ms: ${p99Ok ? "met" : "MISSED"} (${lookup.p99} ms)`);
  console.log(`target lookup ≥ 1/3 of static: ${ratioOk ? "met" : "MISSED"} (${ratioStatic.toFixed(2)})`);
  process.exitCode = p99Ok && ratioOk ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
