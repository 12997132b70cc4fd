/**
 * One server process per core (decision 039): `scripts/serve-cluster.mjs` runs N `next start` processes
 * of the built app on one port. This spec starts it with two processes on E2E_PORT + 2, against the
 * end-to-end database, and checks from outside what the operator relies on:
 *  - both processes answer on the one port (connections are handed out in turn);
 *  - a process that dies (SIGKILL, as the kernel's out-of-memory killer would) is replaced, and the
 *    port keeps answering meanwhile;
 *  - SIGTERM to the primary stops every process and frees the port.
 * Which process answered is read from the operating system (the connection's peer in /proc), not from
 * anything the app would have to reveal.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { siblingDatabaseUrl } from "../support/database-url";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const BASE = `http://localhost:${PORT}`;
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? (process.env.DATABASE_URL ? siblingDatabaseUrl(process.env.DATABASE_URL, "e2e").url : "");
const AUTH_SECRET = process.env.AUTH_SECRET ?? (fs.existsSync(".data/auth-secret") ? fs.readFileSync(".data/auth-secret", "utf8").trim() : "");
/** serve-cluster.mjs stops everything when a process dies this soon after starting (a broken build). */
const EARLY_DEATH_MS = 15_000;

test.skip(!DATABASE_URL, "several server processes need a PostgreSQL server (the embedded database serves one)");

let primary: ChildProcess | undefined;

/** The primary's children: the `next start` processes. */
function serverProcesses(): number[] {
  if (!primary?.pid) return [];
  const file = `/proc/${primary.pid}/task/${primary.pid}/children`;
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
}

/** The inode of every TCP socket a process holds. */
function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  try {
    for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
      const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match) inodes.add(match[1]);
    }
  } catch {
    // gone meanwhile
  }
  return inodes;
}

/** The server-side socket inode of a connection from our local port to the server's port. */
function serverSideInode(localPort: number): string | undefined {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const [local, remote] = [cols[1], cols[2]];
      if (local.endsWith(`:${hex(PORT)}`) && remote.endsWith(`:${hex(localPort)}`)) return cols[9];
    }
  }
  return undefined;
}

/** GET /api/health on a fresh connection; which of the server processes holds that connection. */
function healthFrom(pids: number[]): Promise<{ status: number; pid: number | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${BASE}/api/health`, { agent: false, headers: { connection: "keep-alive" } }, (response) => {
      const localPort = request.socket?.localPort ?? 0;
      const inode = serverSideInode(localPort);
      const pid = inode ? pids.find((p) => socketInodes(p).has(inode)) : undefined;
      response.resume();
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, pid });
      });
    });
    request.on("error", reject);
    request.setTimeout(10_000, () => request.destroy(new Error("timeout")));
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 90_000): Promise<T> {
  for (const deadline = Date.now() + ms; ; ) {
    const value = await Promise.resolve(probe()).catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test.afterAll(() => {
  if (primary?.exitCode === null) primary.kill("SIGKILL");
  for (const pid of serverProcesses()) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

test("two next start processes share one port; a dead one is replaced; SIGTERM stops them all", async () => {
  test.setTimeout(180_000);
  const startedAt = Date.now();
  primary = spawn(process.execPath, ["scripts/serve-cluster.mjs", String(PORT), "2"], {
    env: { ...process.env, DATABASE_URL, AUTH_SECRET, AUTH_TRUST_HOST: "true", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  primary.stdout?.on("data", (chunk) => (output += chunk));
  primary.stderr?.on("data", (chunk) => (output += chunk));

  const first = await waitFor("two server processes answering", async () => {
    const pids = serverProcesses();
    if (pids.length !== 2) return undefined;
    return (await healthFrom(pids)).status === 200 ? pids : undefined;
  });

  // Fresh connections are handed to both processes.
  const answered = new Set<number>();
  for (let i = 0; i < 20; i++) {
    const { status, pid } = await healthFrom(first);
    expect(status).toBe(200);
    if (pid) answered.add(pid);
  }
  expect([...answered].sort()).toEqual([...first].sort());

  // A process that dies after its start-up is replaced; the other keeps the port answering meanwhile.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, EARLY_DEATH_MS + 1000 - (Date.now() - startedAt))));
  const [victim, survivor] = first;
  process.kill(victim, "SIGKILL");
  await waitFor("the dead process to leave", () => (serverProcesses().includes(victim) ? undefined : true), 10_000);
  for (let i = 0; i < 5; i++) expect((await healthFrom([survivor])).status).toBe(200);
  const replaced = await waitFor("a replacement process answering", async () => {
    const pids = serverProcesses();
    const fresh = pids.find((pid) => pid !== survivor);
    if (pids.length !== 2 || !fresh) return undefined;
    for (let i = 0; i < 10; i++) if ((await healthFrom(pids)).pid === fresh) return fresh;
    return undefined;
  });
  expect(replaced).not.toBe(victim);
  expect(output).toContain(`server process ${victim} stopped (SIGKILL); starting another`);

  // SIGTERM to the primary: every process stops, the port is free.
  const children = serverProcesses();
  const exited = new Promise<number | null>((resolve) => primary!.once("exit", (code) => resolve(code)));
  primary.kill("SIGTERM");
  expect(await exited).toBe(0);
  for (const pid of children) expect(fs.existsSync(`/proc/${pid}`) && !fs.readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ")).toBe(false);
  await expect(healthFrom([])).rejects.toThrow();
});
