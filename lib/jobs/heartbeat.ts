import "server-only";
/**
 * A worker's sign of life: every worker process writes its row every HEARTBEAT_SECONDS, and the app
 * sends on-demand work (a large import, decision 033) to the queue only while some worker was seen
 * within WORKER_ALIVE_SECONDS — otherwise the work would wait for ever, so it runs in the request.
 */
import { hostname } from "node:os";
import type { Db, Tx } from "@/lib/db/types";

export const HEARTBEAT_SECONDS = 5;
export const WORKER_ALIVE_SECONDS = 30;

export const workerId = () => `${hostname()}:${process.pid}`;

export async function recordHeartbeat(client: Db | Tx, id: string, now = new Date()): Promise<void> {
  await client.jobWorkerHeartbeat.upsert({ where: { id }, create: { id, seenAt: now }, update: { seenAt: now } });
}

export async function forgetHeartbeat(client: Db | Tx, id: string): Promise<void> {
  await client.jobWorkerHeartbeat.deleteMany({ where: { id } });
}

export async function workerRunning(client: Db | Tx, now = new Date()): Promise<boolean> {
  const seen = await client.jobWorkerHeartbeat.count({ where: { seenAt: { gt: new Date(now.getTime() - WORKER_ALIVE_SECONDS * 1000) } } });
  return seen > 0;
}
