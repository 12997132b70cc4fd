/**
 * `npm start`: the portal with demo data at http://localhost:3000, on a fresh machine.
 *
 *  1. With no DATABASE_URL, start the embedded PostgreSQL (PGlite, data in .data/pglite).
 *  2. Apply pending migrations (prisma migrate deploy, JS engine — no binary download).
 *  3. Seed an empty database (demo users only outside production: PORTAL_ENV=production skips them).
 *  4. Build when .next is missing or older than the sources (content hash), then `next start`.
 *
 * Flags: --port N (default 3000, or $PORT), --dev (next dev instead of build + start).
 */
import { spawn, type SpawnOptions } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-database";
import { sourceHash, BUILD_HASH_FILE } from "./source-hash";

const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[start ${elapsed()}] ${message}`);

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const bin = (name: string) => path.join("node_modules", ".bin", name);

// Asynchronous on purpose: the embedded database is served by this very process, so blocking the
// event loop (spawnSync) while a child talks to it would deadlock.
function run(command: string, args: string[], options: SpawnOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin(command), args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed with exit code ${code ?? signal}`)),
    );
  });
}

/**
 * True when every migration folder is recorded as finished in `_prisma_migrations`. `prisma migrate
 * deploy` answers the same question, but takes ~12 s on the embedded database even when there is
 * nothing to do; this one query takes milliseconds. Anything unexpected → false → deploy runs.
 */
async function migrationsUpToDate(databaseUrl: string): Promise<boolean> {
  const folders = fs
    .readdirSync(path.join("prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.name));
    return folders.every((folder) => applied.has(folder));
  } catch {
    return false; // no table yet, or no connection: let prisma decide and report
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A stable secret for signing sessions on this machine; several servers must share AUTH_SECRET. */
function localAuthSecret(): string {
  const file = path.resolve(".data/auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  const dev = process.argv.includes("--dev");
  const port = argValue("--port") ?? process.env.PORT ?? "3000";
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  let embedded: EmbeddedDatabase | undefined;
  if (!env.DATABASE_URL) {
    embedded = await startEmbeddedDatabase();
    env.DATABASE_URL = embedded.url;
    env.EMBEDDED_DATABASE = "1";
    log(`embedded PostgreSQL (PGlite) at ${embedded.url}, data in .data/pglite`);
  } else {
    log(`using DATABASE_URL (${new URL(env.DATABASE_URL).host})`);
  }
  env.AUTH_SECRET ??= localAuthSecret();
  env.AUTH_TRUST_HOST ??= "true";

  const stopEmbedded = async () => {
    if (embedded) await embedded.stop().catch(() => undefined);
    embedded = undefined;
  };

  try {
    if (await migrationsUpToDate(env.DATABASE_URL)) {
      log("migrations are up to date");
    } else {
      log("applying migrations");
      await run("prisma", ["migrate", "deploy"], { env });
    }
    log("seeding if the database is empty");
    await run("tsx", ["prisma/seed/index.ts", "--if-empty"], { env });

    if (!dev) {
      const hash = sourceHash();
      const built = fs.existsSync(BUILD_HASH_FILE) ? fs.readFileSync(BUILD_HASH_FILE, "utf8") : "";
      if (built !== hash) {
        log(built ? "sources changed since the last build: building" : "no build yet: building");
        await run("next", ["build"], { env: { ...env, NODE_ENV: "production" } });
        fs.writeFileSync(BUILD_HASH_FILE, hash);
      } else {
        log("build is up to date");
      }
    }
  } catch (error) {
    await stopEmbedded();
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }

  const processes = dev ? 1 : serverProcesses(env);
  const serverEnv = { ...env, NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS) };
  const server =
    processes > 1
      ? spawn(process.execPath, ["scripts/serve-cluster.mjs", port, String(processes)], { stdio: "inherit", env: serverEnv })
      : spawn(bin("next"), [dev ? "dev" : "start", "-p", port], { stdio: "inherit", env: serverEnv });
  log(`portal starting at http://localhost:${port} (${processes} server ${processes === 1 ? "process" : "processes"})`);
  const worker = startJobWorker(env);
  const forward = (signal: NodeJS.Signals) => {
    worker?.kill(signal);
    server.kill(signal);
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  server.on("exit", async (code) => {
    worker?.kill("SIGTERM");
    await stopEmbedded();
    process.exit(code ?? 0);
  });
}

/**
 * The job-queue worker beside the server (scripts/worker.ts; docs/decisions/022-job-queue.md):
 * reminders, overdue marks, coming into force, retention, e-mail. JOBS_WORKER=0 leaves it out (a
 * deployment that runs `npm run worker` apart). A worker that dies is reported, the server goes on:
 * the jobs wait in PostgreSQL for the next worker.
 */
function startJobWorker(env: NodeJS.ProcessEnv) {
  if (env.JOBS_WORKER === "0") {
    log("job worker: off (JOBS_WORKER=0)");
    return undefined;
  }
  // PGlite serves one database session to every connection in turn: the worker's transactions would
  // interleave with the server's. Scheduled jobs need a real PostgreSQL (JOBS_WORKER=1 forces it).
  if (env.EMBEDDED_DATABASE === "1" && env.JOBS_WORKER !== "1") {
    log("job worker: off on the embedded database — no reminders, coming into force, retention or e-mail, and status-table imports run in the request; set DATABASE_URL to a PostgreSQL server to run them");
    return undefined;
  }
  const worker = spawn(bin("tsx"), ["--conditions=react-server", "scripts/worker.ts"], { stdio: "inherit", env });
  worker.on("exit", (code, signal) => {
    if (signal !== "SIGTERM" && signal !== "SIGINT") log(`job worker stopped (${code ?? signal}); scheduled jobs wait until a worker runs`);
  });
  log("job worker starting (npm run worker)");
  return worker;
}

/**
 * How many `next start` processes share the port (scripts/serve-cluster.mjs, decision 039): one per
 * core, since Node renders on one thread; WEB_CONCURRENCY overrides. The embedded database answers
 * one connection at a time, so more processes would only queue on it: one there.
 */
function serverProcesses(env: NodeJS.ProcessEnv): number {
  const asked = Number(env.WEB_CONCURRENCY);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  if (env.EMBEDDED_DATABASE === "1") return 1;
  return os.availableParallelism();
}

/**
 * A larger young generation for the server: rendering a page allocates a few MB that die at once, and
 * with V8's default 16 MB semi-space the scavenger ran often enough to take a tenth of the server's
 * CPU under load (profiles of bench/referrals-lists.ts); 64 MB cut that by about a quarter (GP list
 * p99 208–250 → 174–176 ms in interleaved runs). Added to, not replacing, the operator's NODE_OPTIONS.
 */
function serverNodeOptions(existing: string | undefined): string {
  if (existing?.includes("--max-semi-space-size")) return existing;
  return [existing, "--max-semi-space-size=64"].filter(Boolean).join(" ");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
