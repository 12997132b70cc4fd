/**
 * What the HTTP benchmarks share: the built app served by the same scripts/start.ts as `npm start`
 * (migrate → seed if empty → build if stale → next start, with the server's Node options), a session
 * cookie minted the way next-auth issues one, and autocannon / bare-SQL loops that print comparable
 * figures. Used by bench/offers-lookup.ts, bench/referrals-lists.ts and bench/agreement-render.ts.
 *
 * The app runs under `flock /tmp/e2e.lock` (docs/dev/working-together.md): builds, e2e runs and
 * benchmarks take turns on this 2-core machine instead of disturbing each other's numbers.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import pg from "pg";
import { encode } from "next-auth/jwt";

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
type AutocannonOptions = { url: string; connections: number; duration: number; headers?: Record<string, string> };
/**
 * autocannon (CommonJS, no types), loaded when first used: this module is also imported by the
 * load test's Playwright spec (tests/load), whose transform refuses `import.meta` in a CommonJS file.
 */
const AUTOCANNON = "autocannon";
async function autocannon(options: AutocannonOptions): Promise<AutocannonResult> {
  const loaded = (await import(AUTOCANNON)) as { default: (options: AutocannonOptions) => Promise<AutocannonResult> };
  return loaded.default(options);
}

export type Figures = { rps: number; p50: number; p99: number; /** the measured windows, when more than one */ runs?: Figures[] };

const startedAt = Date.now();
export const log = (message: string) => console.log(`[bench ${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);
export const bin = (name: string) => `node_modules/.bin/${name}`;

/** The cookie next-auth v5 sets over plain http (lib/auth/session-cookie-names.ts). */
const SESSION_COOKIE = "authjs.session-token";

/** Runs a command of the project (prisma, tsx …) against `databaseUrl`, inheriting the output; throws if it fails. */
export function runOn(databaseUrl: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

export type AppServer = { base: string; secret: string; stop: () => Promise<void>; /** The server's recent output (the last 200 chunks). */ output: () => string };

/**
 * Starts the app on `port` against `databaseUrl` via scripts/start.ts under the machine-wide lock,
 * waits for /api/health, and returns its base URL and the AUTH_SECRET it signs sessions with.
 * `holdsLock`: the caller already runs under `flock /tmp/e2e.lock` (bench/agreement-render.ts holds it
 * for its whole run) — a second flock on the same file from a child would wait for ever.
 */
export async function startApp(options: { port: number; databaseUrl: string; env?: Record<string, string>; holdsLock?: boolean }): Promise<AppServer> {
  const secret = crypto.randomBytes(32).toString("base64url");
  const base = `http://localhost:${options.port}`;
  log(`starting the app on port ${options.port}${options.holdsLock ? "" : " under flock /tmp/e2e.lock"} ${JSON.stringify(options.env ?? {})}`);
  const command = [bin("tsx"), "scripts/start.ts", "--port", String(options.port)];
  const server: ChildProcess = spawn(options.holdsLock ? command[0] : "flock", options.holdsLock ? command.slice(1) : ["/tmp/e2e.lock", ...command], {
    env: { ...process.env, DATABASE_URL: options.databaseUrl, AUTH_SECRET: secret, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so the whole tree ([flock →] tsx → next) stops at the end
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  /** Stops the whole process group and waits until the port is free (a next run must not find this server). */
  const stop = async () => {
    const signal = (name: NodeJS.Signals) => {
      try {
        if (server.pid) process.kill(-server.pid, name); // the process group started above, and nothing else
      } catch {
        // already gone
      }
    };
    const portClosed = async (tries: number) => {
      for (let i = 0; i < tries; i++) {
        try {
          await fetch(`${base}/api/health`);
        } catch {
          return true; // nothing listens any more
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return false;
    };
    signal("SIGTERM");
    if (!(await portClosed(25))) {
      // next start waits for open keep-alive connections before it exits; the numbers are taken.
      signal("SIGKILL");
      if (!(await portClosed(25))) throw new Error(`the app on port ${options.port} would not stop`);
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
  };
  process.once("SIGINT", () => {
    void stop().finally(() => process.exit(130));
  });
  const deadline = Date.now() + 45 * 60_000; // waits while another build or e2e run holds the lock
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${output.join("")}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        log("server is up");
        return { base, secret, stop, output: () => output.join("") };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await stop();
  throw new Error(`the server did not come up:\n${output.join("")}`);
}

/**
 * A session cookie exactly as next-auth issues it after signing in (lib/auth/auth.ts: the four
 * claims, and the server-side session row they name), so no sign-in form is posted: the argon2 hash and the sign-in throttle stay out of the
 * numbers, while the server still verifies the cookie and loads the user from PostgreSQL per request.
 */
export async function sessionCookie(databaseUrl: string, email: string, secret: string): Promise<string> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const user = (await db.query(`SELECT id, "sessionVersion" FROM "User" WHERE email = $1`, [email])).rows[0] as { id: string; sessionVersion: number } | undefined;
    if (!user) throw new Error(`no user ${email}`);
    const sessionId = crypto.randomBytes(32).toString("base64url");
    await db.query(`INSERT INTO "UserSession" (id, "userId", "expiresAt") VALUES ($1, $2, now() + interval '8 hours')`, [sessionId, user.id]);
    const token = await encode({
      token: { userId: user.id, sessionVersion: user.sessionVersion, authTime: Math.floor(Date.now() / 1000), sessionId },
      secret,
      salt: SESSION_COOKIE,
      maxAge: 8 * 60 * 60,
    });
    return `${SESSION_COOKIE}=${token}`;
  } finally {
    await db.end();
  }
}

/**
 * Seconds of the same load before each measurement, so that the figures are those of a server in
 * its steady state (a portal server runs for days), not of one whose hot code V8 is still
 * optimising. Seen on the municipality's inbox (10 connections, consecutive 10-s windows from a
 * fresh start after 3 s): 85 → 91 → 104 → 116 req/s, p99 191 → 196 → 160 → 146 ms.
 */
export const WARM_UP_S = 30;

/** How many measurement windows a page gets; its figures are their medians (all are printed). */
export const WINDOWS = 3;

/**
 * autocannon against one URL: a warm-up, then WINDOWS windows of `duration` seconds; the figures are
 * the median of each number over the windows, and `runs` keeps every window. On this shared 2-core
 * machine one window's p99 is decided by a handful of slow requests — a pause of the host or a
 * garbage collection: the GP list's p99 was 130 ms in one 10-s window and 437 ms in a later run of
 * the same build. The median of three says what the page does; the printed windows say how much
 * it varied.
 * Any non-2xx answer, error or timeout fails the run.
 */
export async function measureHttp(url: string, options: { connections: number; duration: number; cookie?: string }): Promise<Figures> {
  const headers = options.cookie ? { cookie: options.cookie } : undefined;
  await autocannon({ url, connections: options.connections, duration: WARM_UP_S, headers }); // warm-up
  const runs: Figures[] = [];
  for (let i = 0; i < WINDOWS; i++) {
    const result = await autocannon({ url, connections: options.connections, duration: options.duration, headers });
    const bad = result.non2xx + result.errors + result.timeouts;
    if (bad > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
    runs.push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
  }
  const median = (pick: (f: Figures) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { rps: median((f) => f.rps), p50: median((f) => f.p50), p99: median((f) => f.p99), runs };
}

/**
 * Several URLs measured in turns, for ratios on a shared host: each URL gets a warm-up, then WINDOWS
 * rounds in which every URL gets one window of `duration` seconds, one after another. A busy
 * neighbour then slows every URL of a round alike, and a ratio is taken within its round — its
 * median over the rounds is printed (`ratioTo`), next to each URL's median figures. On 6 December,
 * with load averages of 8–11 on two cores, the static floor measured alone moved from 1,002 to 588
 * req/s between consecutive windows: ratios of figures from different minutes said little.
 */
export async function measureHttpRounds(
  targets: { name: string; url: string; cookie?: string }[],
  options: { connections: number; duration: number; warmUp?: number },
): Promise<Record<string, Figures>> {
  const once = async (target: { url: string; cookie?: string }, duration: number) => {
    const result = await autocannon({ url: target.url, connections: options.connections, duration, headers: target.cookie ? { cookie: target.cookie } : undefined });
    const bad = result.non2xx + result.errors + result.timeouts;
    if (bad > 0) throw new Error(`${target.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
    return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
  };
  for (const target of targets) await once(target, options.warmUp ?? 10);
  const runs: Record<string, Figures[]> = Object.fromEntries(targets.map((t) => [t.name, []]));
  for (let round = 0; round < WINDOWS; round++) {
    for (const target of targets) runs[target.name].push(await once(target, options.duration));
    log(`round ${round + 1}: ${targets.map((t) => `${t.name} ${runs[t.name][round].rps.toFixed(0)}`).join(", ")} req/s`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [name, { rps: median(list.map((f) => f.rps)), p50: median(list.map((f) => f.p50)), p99: median(list.map((f) => f.p99)), runs: list }]),
  );
}

/** The median over the rounds of `name`'s throughput divided by `floor`'s in the same round. */
export function ratioTo(figures: Record<string, Figures>, name: string, floor: string): number {
  const a = figures[name].runs ?? [figures[name]];
  const b = figures[floor].runs ?? [figures[floor]];
  const ratios = a.map((f, i) => f.rps / b[i].rps).sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)];
}

/** "p99 of each window: 128 / 201 / 150 ms" — printed under a table of medians. */
export function windowsLine(name: string, figures: Figures): string {
  const runs = figures.runs ?? [figures];
  return `${name}: ${runs.map((r) => `${r.rps.toFixed(0)} req/s p99 ${r.p99.toFixed(0)} ms`).join(" | ")}`;
}

/** Prisma.Sql → pg: the same text and values; dates as UTC wall-clock (the columns are timestamp without time zone). */
export function toPg(sql: { text: string; values: unknown[] }) {
  return { text: sql.text, values: sql.values.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "") : v)) };
}

/**
 * A page's own SQL, bare: `unit()` (the statements one page view runs, in order) in a loop on
 * `connections` pg connections for `duration` seconds, after a warm-up; latency per unit.
 */
export async function measureSql(databaseUrl: string, unit: () => { text: string; values: unknown[] }[], options: { connections: number; duration: number }): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.connections });
  const run = async () => {
    const client = await pool.connect();
    try {
      for (const statement of unit()) await client.query(toPg(statement));
    } finally {
      client.release();
    }
  };
  try {
    for (let i = 0; i < 30; i++) await run(); // warm-up
    const latencies: number[] = [];
    const started = Date.now();
    const end = started + options.duration * 1000;
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (Date.now() < end) {
          const t0 = process.hrtime.bigint();
          await run();
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    return { rps: latencies.length / elapsed, p50: at(50), p99: at(99) };
  } finally {
    await pool.end();
  }
}

/** The database named in `databaseUrl`, created on its server if missing. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: "/postgres" }).toString() });
  await admin.connect();
  try {
    if ((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

export async function machineLine(): Promise<string> {
  const os = await import("node:os");
  return `machine: ${os.cpus().length} cores, load average now ${os.loadavg().map((n) => n.toFixed(2)).join(" ")} (other sessions may share this machine)`;
}
