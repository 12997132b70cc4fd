/**
 * `next start` on every core: N processes of Next's own production server sharing one port through
 * Node's cluster module (docs/decisions/039-one-server-process-per-core.md).
 *
 *   node scripts/serve-cluster.mjs <port> <processes>     (scripts/start.ts calls it when N > 1)
 *
 * Node runs a server's JavaScript on one thread; Next renders a page on that thread. With one process,
 * two cores and PostgreSQL mostly idle, issue 13's load test measured the app's single thread as the
 * whole limit. The primary here only accepts connections and hands each to a worker in turn
 * (round-robin, the cluster module's default outside Windows); each worker runs `next start` exactly as
 * the CLI does — the cluster module turns its `listen(port)` into a share of the primary's socket.
 * Nothing else in the app changes: sessions, throttles and jobs live in PostgreSQL, and the cached pages
 * of each process are invalidated through LISTEN/NOTIFY as for several servers (decision 024).
 *
 * Plain JavaScript on purpose: the primary runs under node itself, not tsx, and the workers inherit no
 * loader.
 */
import cluster from "node:cluster";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const [port, count] = process.argv.slice(2);
const processes = Number(count);
if (!port || !Number.isInteger(processes) || processes < 1) {
  console.error("usage: node scripts/serve-cluster.mjs <port> <processes>");
  process.exit(2);
}

/** A worker that dies within this long after it started is not restarted: something is wrong with the build or the configuration, and restarting would only loop. */
const EARLY_DEATH_MS = 15_000;
const log = (message) => console.log(`[cluster] ${message}`);

cluster.setupPrimary({ exec: require.resolve("next/dist/bin/next"), args: ["start", "-p", port], execArgv: [] });

const startedAt = new Map();
let stopping = false;

function fork() {
  const worker = cluster.fork();
  startedAt.set(worker.id, Date.now());
}

cluster.on("exit", (worker, code, signal) => {
  const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
  startedAt.delete(worker.id);
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(); // with process.exitCode, if stop() set one
    return;
  }
  if (lived < EARLY_DEATH_MS) {
    log(`server process ${worker.process.pid} stopped ${lived} ms after it started (${code ?? signal}); stopping all`);
    stop("SIGTERM", 1);
    return;
  }
  // A crash under way (out of memory, an uncaught error in a library): the other processes go on
  // answering, and a fresh one takes the dead one's share.
  log(`server process ${worker.process.pid} stopped (${code ?? signal}); starting another`);
  fork();
});

function stop(signal, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  const workers = Object.values(cluster.workers ?? {});
  if (workers.length === 0) process.exit(exitCode);
  for (const worker of workers) worker?.process.kill(signal);
  if (exitCode !== 0) process.exitCode = exitCode;
}

process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));

log(`${processes} server processes on port ${port}`);
for (let i = 0; i < processes; i++) fork();
