import "server-only";
/**
 * The admin view of the job queue (pg-boss's tables in schema `pgboss`, read with SQL — pg-boss 10
 * has no listing API) and the retry of a failed job (pg-boss's own `retry`, on this transaction's
 * connection, with the audit row beside it).
 */
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import { canManageJobs, canRetryJob } from "@/lib/rules/users";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { id } from "@/lib/validation/primitives";
import { bossOn, QUEUE_SCHEMA, transactionDb } from "@/lib/jobs/on-transaction";

export { QUEUE_SCHEMA };
export const JOB_VIEWS = ["failed", "scheduled", "running", "completed"] as const;
export type JobView = (typeof JOB_VIEWS)[number];

const STATES: Record<JobView, string[]> = { failed: ["failed"], scheduled: ["created", "retry"], running: ["active"], completed: ["completed", "cancelled"] };

export const listJobsInput = z.object({ view: z.preprocess((v) => (JOB_VIEWS.includes(v as JobView) ? v : "failed"), z.enum(JOB_VIEWS)) });
export const retryJobInput = z.object({ jobId: z.uuid({ error: "validation.invalid" }), name: id });

export type JobRowDto = { id: string; name: string; state: string; at: Date; attempts: number; error: string | null };
export type QueueOverview = { available: boolean; counts: Record<JobView, number>; jobs: JobRowDto[]; view: JobView };

async function queueInstalled(client: Tx | typeof db): Promise<boolean> {
  const [row] = await client.$queryRaw<{ found: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS "found"`;
  return row?.found ?? false;
}

/** Failed jobs still in the queue (not retried since): /api/health. null = the queue was never started here. */
export async function failedJobCount(): Promise<number | null> {
  if (!(await queueInstalled(db))) return null;
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM pgboss.job WHERE state = 'failed'`;
  return row.n;
}

function errorText(output: unknown): string | null {
  if (!output || typeof output !== "object") return null;
  const o = output as { message?: unknown; value?: unknown };
  const text = typeof o.message === "string" ? o.message : typeof o.value === "string" ? o.value : JSON.stringify(output);
  return text.slice(0, 500);
}

export async function listJobs(actor: Actor | null, input: unknown): Promise<QueueOverview> {
  const data = parseInput(listJobsInput, input);
  ensureAllowed(canManageJobs(requireSignedIn(actor)));
  const empty = { failed: 0, scheduled: 0, running: 0, completed: 0 };
  if (!(await queueInstalled(db))) return { available: false, counts: empty, jobs: [], view: data.view };
  const countRows = await db.$queryRaw<{ state: string; n: number }[]>`SELECT state::text AS "state", count(*)::int AS "n" FROM pgboss.job GROUP BY state`;
  const counts = { ...empty };
  for (const row of countRows) for (const view of JOB_VIEWS) if (STATES[view].includes(row.state)) counts[view] += row.n;
  const rows = await db.$queryRaw<{ id: string; name: string; state: string; at: Date; attempts: number; output: unknown }[]>(Prisma.sql`
    SELECT id::text AS "id", name, state::text AS "state",
           COALESCE(completed_on, started_on, start_after, created_on) AS "at", retry_count AS "attempts", output
      FROM pgboss.job WHERE state::text IN (${Prisma.join(STATES[data.view])})
     ORDER BY COALESCE(completed_on, started_on, start_after, created_on) DESC LIMIT 100`);
  return {
    available: true,
    counts,
    view: data.view,
    jobs: rows.map((r) => ({ id: r.id, name: r.name, state: r.state, at: r.at, attempts: r.attempts, error: r.state === "failed" || r.state === "retry" ? errorText(r.output) : null })),
  };
}

export async function retryJob(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(retryJobInput, input);
  const current = requireSignedIn(actor);
  ensureAllowed(canManageJobs(current));
  return db.$transaction(async (tx) => {
    if (!(await queueInstalled(tx))) throw new NotFoundError();
    const [job] = await tx.$queryRaw<{ state: string }[]>`SELECT state::text AS "state" FROM pgboss.job WHERE id = ${data.jobId}::uuid AND name = ${data.name} FOR UPDATE`;
    if (!job) throw new NotFoundError();
    ensureAllowed(canRetryJob(job));
    await bossOn(tx).retry(data.name, data.jobId, { db: transactionDb(tx) });
    await recordAuditEvent(tx, current, { action: "job.retry", entityType: "Job", entityId: data.jobId, before: { state: job.state, name: data.name }, after: { state: "retry" } });
    return { id: data.jobId };
  });
}
