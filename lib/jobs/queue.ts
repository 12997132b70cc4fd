import "server-only";
/**
 * The job queue: pg-boss 10 on the portal's own PostgreSQL (schema `pgboss`), docs/decisions/022-job-queue.md.
 * Durable (jobs are rows), retried with exponential backoff, each job fetched by one worker
 * (SELECT … FOR UPDATE SKIP LOCKED), cron schedules sent once per slot whatever the number of
 * workers. Started by `npm start` (a worker process beside the server) or `npm run worker`.
 */
import PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { JOBS, JOB_TIME_ZONE, ON_DEMAND_JOBS, ON_DEMAND_POLLING_SECONDS, clockOf, unscheduledJobs, type JobData } from "./definitions";
import { QUEUE_SCHEMA } from "./on-transaction";
import { HEARTBEAT_SECONDS, forgetHeartbeat, recordHeartbeat, workerId } from "./heartbeat";

export { QUEUE_SCHEMA };

export function createBoss(databaseUrl = process.env.DATABASE_URL): PgBoss {
  if (!databaseUrl) throw new Error("The job queue needs DATABASE_URL");
  const embedded = process.env.EMBEDDED_DATABASE === "1";
  return new PgBoss({
    connectionString: databaseUrl,
    schema: QUEUE_SCHEMA,
    application_name: "sundhed-jobs",
    // The embedded database serves one connection at a time.
    max: embedded ? 1 : 4,
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInMinutes: 30,
    retentionDays: 14,
    deleteAfterDays: 14,
    cronMonitorIntervalSeconds: 30,
    cronWorkerIntervalSeconds: 5,
  });
}

/** Creates each queue (idempotent) and its schedule. */
export async function installQueues(boss: PgBoss, options: { schedule: boolean }): Promise<void> {
  const unscheduled = unscheduledJobs();
  for (const job of JOBS) {
    await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit ?? 5, retryDelay: 30, retryBackoff: true });
    if (!options.schedule) continue;
    // A schedule lives in the database: one left out now is removed, not merely not renewed.
    if (unscheduled.has(job.name)) await boss.unschedule(job.name);
    else await boss.schedule(job.name, job.cron, {}, { tz: JOB_TIME_ZONE });
  }
  for (const job of ON_DEMAND_JOBS) await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit, retryDelay: 5, retryBackoff: false });
}

export type WorkerOptions = { pollingIntervalSeconds?: number; schedule?: boolean; log?: (line: string) => void };

/** Starts pg-boss, installs queues and schedules, and works every queue. */
export async function startWorker(options: WorkerOptions = {}): Promise<PgBoss> {
  const log = options.log ?? ((line: string) => console.log(line));
  const boss = createBoss();
  boss.on("error", (error) => log(JSON.stringify({ level: "error", msg: "jobs: queue error", error: String(error) })));
  await boss.start();
  await installQueues(boss, { schedule: options.schedule ?? true });
  for (const job of JOBS) {
    await boss.work<JobData>(job.name, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([item]) => {
      const started = Date.now();
      try {
        const result = await job.run(clockOf(item.data));
        log(JSON.stringify({ level: "info", msg: "jobs: done", job: job.name, id: item.id, ms: Date.now() - started, result }));
        return result;
      } catch (error) {
        log(JSON.stringify({ level: "warn", msg: "jobs: failed (retried with backoff)", job: job.name, id: item.id, error: String(error) }));
        throw error;
      }
    });
  }
  for (const job of ON_DEMAND_JOBS) {
    const pollingIntervalSeconds = Math.min(options.pollingIntervalSeconds ?? ON_DEMAND_POLLING_SECONDS, ON_DEMAND_POLLING_SECONDS);
    await boss.work<{ importId: string }>(job.name, { batchSize: 1, pollingIntervalSeconds, includeMetadata: true }, async ([item]) => {
      const started = Date.now();
      const lastAttempt = item.retryCount >= item.retryLimit;
      try {
        const result = await job.run({ importId: String(item.data?.importId ?? ""), lastAttempt });
        log(JSON.stringify({ level: "info", msg: "jobs: done", job: job.name, id: item.id, ms: Date.now() - started, result }));
        return result;
      } catch (error) {
        log(JSON.stringify({ level: "warn", msg: lastAttempt ? "jobs: failed" : "jobs: failed (retried)", job: job.name, id: item.id, error: String(error) }));
        throw error;
      }
    });
  }
  startHeartbeat(boss, log);
  return boss;
}

/** This worker's sign of life (lib/jobs/heartbeat.ts), until it stops: requests send large imports to the queue only while one is seen. */
function startHeartbeat(boss: PgBoss, log: (line: string) => void) {
  const id = workerId();
  const beat = () => recordHeartbeat(db, id).catch((error) => log(JSON.stringify({ level: "warn", msg: "jobs: heartbeat not written", error: String(error) })));
  void beat();
  const timer = setInterval(beat, HEARTBEAT_SECONDS * 1000);
  timer.unref();
  boss.once("stopped", () => {
    clearInterval(timer);
    void forgetHeartbeat(db, id).catch(() => undefined);
  });
}
