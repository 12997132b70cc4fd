/**
 * `npm run worker`: the job-queue worker on its own (docs/decisions/022-job-queue.md) — for
 * deployments that run workers apart from the app servers; `npm start` starts one beside its server.
 * Any number may run against one database: pg-boss hands each job to one worker, and each schedule
 * is sent once per slot. Needs DATABASE_URL (and SMTP_URL for e-mail). Stops cleanly on SIGTERM/SIGINT
 * (finishes the job in hand).
 *
 * Run with `tsx --conditions=react-server` (the domain modules are server-only).
 */
import os from "node:os";
import { startWorker } from "@/lib/jobs/queue";

/**
 * The worker runs below the app servers' CPU priority (nice 10 by default; JOBS_WORKER_NICE=0 turns
 * it off): its work is background work — a 5,000-row import's parsing and planning, the scheduled
 * jobs — and on a machine it shares with a server, the requests should get the CPU first
 * (docs/decisions/033-import-jobs.md; bench/import-under-load.ts measures the difference).
 */
function lowerPriority() {
  const nice = Number(process.env.JOBS_WORKER_NICE ?? 10);
  if (!Number.isInteger(nice) || nice <= 0) return;
  try {
    os.setPriority(Math.min(nice, 19));
  } catch {
    // not permitted here: the worker runs at normal priority
  }
}

async function main() {
  lowerPriority();
  const boss = await startWorker({ schedule: process.env.JOBS_SCHEDULE !== "0" });
  console.log(JSON.stringify({ level: "info", msg: "jobs: worker started", pid: process.pid }));
  const stop = async () => {
    await boss.stop({ graceful: true, timeout: 20_000 }).catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(JSON.stringify({ level: "error", msg: "jobs: worker could not start", error: String(error) }));
  process.exit(1);
});
