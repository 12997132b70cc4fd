/**
 * `npm run worker`: the job-queue worker on its own (docs/decisions/022-job-queue.md) — for
 * deployments that run workers apart from the app servers; `npm start` starts one beside its server.
 * Any number may run against one database: pg-boss hands each job to one worker, and each schedule
 * is sent once per slot. Needs DATABASE_URL (and SMTP_URL for e-mail). Stops cleanly on SIGTERM/SIGINT
 * (finishes the job in hand).
 *
 * Run with `tsx --conditions=react-server` (the domain modules are server-only).
 */
import { startWorker } from "@/lib/jobs/queue";

async function main() {
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
