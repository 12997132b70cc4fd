/**
 * A PostgreSQL cluster of the load test's own, to restart in the middle of the load (issue 13,
 * faults). The machine's shared cluster on 127.0.0.1:5432 serves other sessions and is never stopped:
 * this one is initdb'd into a temporary directory, listens on its own port on loopback only, and is
 * removed at the end. initdb and the server refuse to run as root, so as root they run as the
 * `postgres` OS user (runuser); as anyone else, as that user.
 *
 * Durability settings are relaxed (fsync off): what is tested is the app's behaviour while its
 * database goes away and comes back, not the disk.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type ThrowawayCluster = {
  port: number;
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url: (database: string) => string;
  /** `pg_ctl stop -m fast`: every connection is cut, as in a restart or a failover. */
  stop: () => void;
  /** `pg_ctl start -w`: returns when the server accepts connections. */
  start: () => void;
  /** `pg_ctl restart -m fast`. */
  restart: () => void;
  /** Stops the server and deletes its directory. */
  remove: () => void;
};

function asPostgresUser(command: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--", command, ...args] : [command, ...args];
}

function run(command: string, args: string[]): void {
  const [bin, ...rest] = asPostgresUser(command, args);
  const result = spawnSync(bin, rest, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.stdout}`);
}

/** True when something already listens on 127.0.0.1:`port` (then another run's cluster, or anything else: not ours to touch). */
async function portTaken(port: number): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres", connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ECONNREFUSED";
  }
}

export async function startThrowawayCluster(port: number): Promise<ThrowawayCluster> {
  if (port === 5432) throw new Error("5432 is the shared cluster: the fault test never restarts it");
  if (await portTaken(port)) throw new Error(`port ${port} is in use: choose another with --pg-port`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sundhed-faults-pg-"));
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir]);
  const data = path.join(dir, "data");
  run(path.join(PG_BIN, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c timezone=UTC`;
  const ctl = (...args: string[]) => run(path.join(PG_BIN, "pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), ...args]);
  const cluster: ThrowawayCluster = {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: () => ctl("stop", "-m", "fast", "-w"),
    start: () => ctl("start", "-w", "-t", "60", "-o", options),
    restart: () => ctl("restart", "-m", "fast", "-w", "-t", "60", "-o", options),
    remove: () => {
      try {
        ctl("stop", "-m", "immediate", "-w");
      } catch {
        // not running
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  process.once("exit", () => cluster.remove()); // also when the run is interrupted: no cluster left behind
  return cluster;
}
