/**
 * Benchmark of the agreement page (issues 3 and 12): the full seeded Region Sjælland agreement
 * 2015–2018 page (39 sections with rendered Markdown, 37 obligations, 14 goals with indicators and
 * measurements, the requirement checklist, 18 parties) served by the built app — to a visitor without a
 * session and to a signed-in reader — next to its database queries alone, in one run. Exits non-zero
 * when either page costs more than 2× its queries (issue 12's target).
 *
 *   npx tsx bench/agreement-render.ts            (takes the machine-wide lock itself)
 *
 * 1. The lock: the run holds `flock /tmp/e2e.lock` (docs/dev/working-together.md): the script re-runs
 *    itself under flock — with `--conditions=react-server`, so the page's own data loader can be
 *    imported here (it is `server-only`).
 * 2. The database `helper_agreements_bench` (or BENCH_DATABASE_URL) is created if missing; the app
 *    is started on port 3201 (or BENCH_PORT) the way `npm start` runs it (bench/support/app-server.ts: migrations,
 *    the demo seed if empty, a build if the sources changed, next start), stopped at the end.
 * 4. Page: GET /aftaler/<id>/v/<n> one request at a time (a reader opening the page), 5 warm-up + 40
 *    measured: the median is the server time (localhost: the network is negligible). Twice: without
 *    a session (a citizen, a GP reading without signing in), and with the session cookie of the
 *    region's coordinator (minted as next-auth issues one, bench/support/app-server.ts `sessionCookie`)
 *    — the reader with the most per-user parts (workspace link, drafts). Then, signed in, the reader
 *    island's request (GET /api/aftaler/<id>/v/<n>) and the account island's (GET /api/konto) that the
 *    browser sends after a cached page: printed apart, and summed with the page as what a signed-in
 *    reading costs the server in all. And, for comparison, the per-request page a signed-in reader
 *    got before (a draft's reader still does), at /v/0<n>: the proxy's rewrite does not take it, the
 *    page reads it as <n>.
 * 5. Database alone, with the server stopped: the page's data loader (getVersionDocument — all of the
 *    page's queries, run the way the page runs them) 5 + 40 times; each SQL statement is also timed
 *    at the pg driver, so the loader's wall time can be told from its JavaScript.
 *    And the Markdown rendering of every section (lib/markdown/render.ts) for the same document.
 * 6. Prints medians and p90, and the ratios page / database queries without and with a session;
 *    exits 1 when one is above 2×.
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import { bin, ensureDatabase, log, machineLine, sessionCookie, startApp, type AppServer } from "./support/app-server";

const LOCK = "/tmp/e2e.lock";
const PORT = Number(process.env.BENCH_PORT ?? 3201);
/** The signed-in reader: the region's coordinator, a party of the agreement (the workspace link, its drafts). */
const READER = "koordinator.region@demo.dk";
const TARGET = 2;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/helper_agreements_bench";
const WARMUP = 5;
const RUNS = 40;

type Stats = { median: number; p90: number; min: number };
function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), min: sorted[0] };
}

async function timed<T>(times: number, warmup: number, body: () => Promise<T>): Promise<{ ms: number[]; last: T }> {
  let last!: T;
  for (let i = 0; i < warmup; i++) last = await body();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = process.hrtime.bigint();
    last = await body();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms, last };
}

/**
 * Every SQL statement the Prisma adapter sends through pg, timed: the adapter calls `Pool.query`
 * (and `Client.query` inside transactions) with a promise; the pool's own inner callback-style call
 * is not counted twice.
 */
function instrumentPg() {
  const record = { statements: 0, ms: 0 };
  for (const proto of [pg.Pool.prototype, pg.Client.prototype] as unknown as { query: (...args: unknown[]) => unknown }[]) {
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const t0 = process.hrtime.bigint();
      const result = original.apply(this, args);
      if (typeof args[args.length - 1] !== "function" && result && typeof (result as Promise<unknown>).then === "function") {
        return (result as Promise<unknown>).finally(() => {
          record.statements++;
          record.ms += Number(process.hrtime.bigint() - t0) / 1e6;
        });
      }
      return result;
    };
  }
  return record;
}

async function main() {
  if (process.env.AGREEMENT_BENCH_LOCKED !== "1") {
    log(`taking ${LOCK} (waits while another build, e2e run or benchmark holds it)`);
    const child = spawnSync("flock", [LOCK, bin("tsx"), "--conditions=react-server", "bench/agreement-render.ts"], {
      stdio: "inherit",
      env: { ...process.env, AGREEMENT_BENCH_LOCKED: "1" },
    });
    process.exit(child.status ?? 1);
  }

  await ensureDatabase(DATABASE_URL);
  let server: AppServer | undefined;
  type Answer = { status: number; bytes: number; sections: number; cache: string };
  let page: { ms: number[]; last: Answer };
  let signedIn: { ms: number[]; last: Answer };
  let perRequest: { ms: number[]; last: Answer };
  let island: { ms: number[]; last: { status: number; body: string } };
  let account: { ms: number[]; last: { status: number; body: string } };
  let path: string;
  let agreementId: string;
  let number: number;
  try {
    server = await startApp({ port: PORT, databaseUrl: DATABASE_URL, holdsLock: true }); // migrates and seeds an empty database
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    const found = await client.query<{ agreementId: string; number: number }>(
      `SELECT v."agreementId", v.number FROM "AgreementVersion" v JOIN "Agreement" a ON a.id = v."agreementId" JOIN "Organisation" o ON o.id = a."regionId"
       WHERE o.name = 'Region Sjælland' AND a."periodStart" = '2015-01-01' ORDER BY (v.status = 'IN_FORCE') DESC, v.number LIMIT 1`,
    );
    await client.end();
    if (!found.rows[0]) throw new Error("the seeded Region Sjælland agreement is missing from the bench database");
    ({ agreementId, number } = found.rows[0]);
    path = `/aftaler/${encodeURIComponent(agreementId)}/v/${number}`;
    const base = server.base;
    const cookie = await sessionCookie(DATABASE_URL, READER, server.secret);
    const get = async (headers: Record<string, string>, at = path): Promise<Answer> => {
      const response = await fetch(`${base}${at}`, { headers: { "accept-language": "da", ...headers } });
      const html = await response.text();
      return { status: response.status, bytes: html.length, sections: (html.match(/id="afsnit-/g) ?? []).length, cache: response.headers.get("x-nextjs-cache") ?? "none (per request)" };
    };
    const json = async (url: string) => {
      const response = await fetch(`${base}${url}`, { headers: { cookie, accept: "application/json" } });
      return { status: response.status, body: await response.text() };
    };
    page = await timed(RUNS, WARMUP, () => get({}));
    signedIn = await timed(RUNS, WARMUP, () => get({ cookie }));
    // The per-request page a signed-in reader got before (and a draft's reader still gets): the same
    // version at /v/0<n>, a number the proxy's rewrite does not take and the page's schema reads as <n>.
    perRequest = await timed(RUNS, WARMUP, () => get({ cookie }, `/aftaler/${encodeURIComponent(agreementId)}/v/0${number}`));
    island = await timed(RUNS, WARMUP, () => json(`/api/aftaler/${encodeURIComponent(agreementId)}/v/${number}`));
    account = await timed(RUNS, WARMUP, () => json("/api/konto"));
  } finally {
    await server?.stop();
  }
  for (const [who, answer] of [["without a session", page.last], [`signed in as ${READER}`, signedIn.last], ["signed in, per request (/v/0<n>)", perRequest.last]] as const) {
    if (answer.status !== 200) throw new Error(`${path} ${who} answered ${answer.status}`);
    log(`${path} ${who}: 200, ${(answer.bytes / 1024).toFixed(0)} kB HTML, ${answer.sections} section headings, x-nextjs-cache: ${answer.cache}`);
  }
  if (island.last.status !== 200 || !island.last.body.includes('"canOpenWorkspace":true')) throw new Error(`the reader island's answer for ${READER}: ${island.last.status} ${island.last.body}`);
  if (account.last.status !== 200 || account.last.body.includes('"account":null')) throw new Error(`/api/konto for ${READER}: ${account.last.status} ${account.last.body.slice(0, 80)}`);

  // The database alone, in this process, with the server stopped (nothing else on the two cores).
  process.env.DATABASE_URL = DATABASE_URL;
  const sql = instrumentPg();
  const { getVersionDocument } = await import("../lib/domain/agreements/get-version-document");
  const { renderMarkdown } = await import("../lib/markdown/render");
  const load = () => getVersionDocument(null, { agreementId, number: String(number) });
  await timed(0, WARMUP, load);
  sql.statements = 0;
  sql.ms = 0;
  const loader = await timed(RUNS, 0, load);
  const perLoad = { statements: sql.statements / RUNS, ms: sql.ms / RUNS };
  const doc = loader.last;
  const markdown = await timed(RUNS, WARMUP, async () => doc.sections.reduce((n, s) => n + renderMarkdown(s.body, { headingOffset: s.depth + 2 }).length, 0));
  const { db } = await import("../lib/db/client");
  await db.$disconnect();

  const p = stats(page.ms);
  const s = stats(signedIn.ms);
  const r = stats(perRequest.ms);
  const i = stats(island.ms);
  const a = stats(account.ms);
  const l = stats(loader.ms);
  const m = stats(markdown.ms);
  const row = (name: string, s: Stats, what: string) =>
    console.log(`${name.padEnd(22)}${s.median.toFixed(1).padStart(9)}${s.p90.toFixed(1).padStart(9)}${s.min.toFixed(1).padStart(9)}  ${what}`);
  console.log(
    `\nAgreement page benchmark — ${doc.agreement.title}, version ${doc.version.number}: ${doc.sections.length} sections, ` +
      `${doc.sections.reduce((n, s) => n + s.obligations.length, 0)} obligations, ${doc.goals.length} goals, ${doc.parties.length} parties; ${RUNS} runs each after ${WARMUP} warm-up\n`,
  );
  console.log(`${"".padEnd(22)}${"median".padStart(9)}${"p90".padStart(9)}${"min".padStart(9)}  (ms)`);
  row("page, no session", p, `GET ${path}, one request at a time, built app (next start); x-nextjs-cache: ${page.last.cache}`);
  row("page, signed in", s, `the same with ${READER}'s session cookie; x-nextjs-cache: ${signedIn.last.cache}`);
  row("  per request", r, `GET …/v/0${number} signed in: the per-request page (a draft's; every signed-in reader's before)`);
  row("  reader island", i, `GET /api/aftaler/…/v/${number} signed in (workspace link, drafts), sent by the browser after the page`);
  row("  account island", a, "GET /api/konto signed in (the header), sent by the browser after the page");
  row("database queries", l, `the page's loader getVersionDocument: ${perLoad.statements.toFixed(0)} SQL statements, partly in parallel (${perLoad.ms.toFixed(1)} ms summed at the driver)`);
  row("markdown (all bodies)", m, "renderMarkdown of every section body");
  const ratios = { "no session": p.median / l.median, "signed in": s.median / l.median };
  console.log(`\nratio page / database queries (medians), target ≤ ${TARGET}×:`);
  for (const [who, ratio] of Object.entries(ratios)) console.log(`  ${who.padEnd(11)} ${ratio.toFixed(1)}× — ${ratio <= TARGET ? "met" : "MISSED"}`);
  console.log(`  signed in, per request (for comparison, not part of the target): ${(r.median / l.median).toFixed(1)}×`);
  console.log(`  signed in, page + both islands (summed, not part of the target): ${((s.median + i.median + a.median) / l.median).toFixed(1)}×`);
  console.log(`database share of the page without a session: ${((l.median / p.median) * 100).toFixed(0)} %; markdown: ${((m.median / p.median) * 100).toFixed(0)} %`);
  console.log(await machineLine());
  if (Object.values(ratios).some((ratio) => ratio > TARGET)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
