import "server-only";
/**
 * The scheduled jobs as data: name, when (cron in Europe/Copenhagen), and the domain operation it
 * runs with the time injected. The queue (queue.ts) sends each on its schedule — once per slot across
 * every server and worker — and retries a failed run with backoff. A job's data may carry `now` (an
 * ISO instant): the clock a test or an administrator's re-run sets; otherwise the time of the run.
 */
import { runDeadlineAlerts } from "@/lib/domain/jobs/deadline-alerts";
import { runAdverseEventDeadlines } from "@/lib/domain/jobs/adverse-event-deadlines";
import { runRetention } from "@/lib/domain/jobs/retention";
import { runSignInThrottlePruning } from "@/lib/domain/jobs/sign-in-throttle-pruning";
import { runAgreementLifecycle } from "@/lib/domain/jobs/agreement-lifecycle";
import { runOfferReview } from "@/lib/domain/jobs/offer-review";
import { runEmailDispatch, runEmailDigest } from "@/lib/domain/jobs/email";
import type { JobClock } from "@/lib/domain/jobs/system";
import { runImportConfirmJob, runImportPreviewJob, type ImportJobInput } from "@/lib/domain/jobs/initiative-import";
import { IMPORT_CONFIRM_JOB, IMPORT_JOB_RETRY, IMPORT_PREVIEW_JOB } from "@/lib/domain/initiatives/import-progress";

export type JobData = { now?: string } & Record<string, unknown>;

export type JobDefinition = {
  name: string;
  /** Cron in Europe/Copenhagen. */
  cron: string;
  run: (clock: JobClock) => Promise<unknown>;
  retryLimit?: number;
};

export const JOB_TIME_ZONE = "Europe/Copenhagen";

export const JOBS: readonly JobDefinition[] = [
  { name: "deadline-alerts", cron: process.env.JOBS_DEADLINE_CRON || "*/5 * * * *", run: (clock) => runDeadlineAlerts(clock) },
  { name: "adverse-event-deadlines", cron: process.env.JOBS_DEADLINE_CRON || "*/5 * * * *", run: (clock) => runAdverseEventDeadlines(clock) },
  { name: "agreement-lifecycle", cron: "5 * * * *", run: (clock) => runAgreementLifecycle(clock) },
  { name: "offer-review", cron: "15 6 * * *", run: (clock) => runOfferReview(clock) },
  { name: "retention", cron: "30 2 * * *", run: (clock) => runRetention(clock) },
  { name: "sign-in-throttle-pruning", cron: "20 * * * *", run: (clock) => runSignInThrottlePruning(clock) },
  { name: "email-dispatch", cron: "* * * * *", run: (clock) => runEmailDispatch(clock), retryLimit: 10 },
  { name: "email-digest", cron: "0 * * * *", run: (clock) => runEmailDigest(clock) },
];

/**
 * Scheduled jobs left unscheduled here (JOBS_UNSCHEDULED, comma-separated names): they still run when
 * sent by hand (the admin page's retry, a test). The end-to-end server uses it for the agreement
 * lifecycle: the demo agreement's period (2015–2018) has ended, so its hourly run would expire the
 * agreement in the middle of a test run that happens to pass :05, and the specs that read the
 * agreement in force would depend on the hour. The job itself is tested with the clock injected.
 */
export function unscheduledJobs(): ReadonlySet<string> {
  return new Set((process.env.JOBS_UNSCHEDULED ?? "").split(",").map((name) => name.trim()).filter(Boolean));
}

export function clockOf(data: JobData | null | undefined): JobClock {
  const at = data?.now ? new Date(data.now) : null;
  return { now: at && !Number.isNaN(at.getTime()) ? at : new Date() };
}

/**
 * Jobs sent by a request rather than the clock (decision 033): someone waits for each, so workers
 * poll their queues every second. The data names the import; `lastAttempt` lets the job mark the
 * import FAILED before pg-boss gives up on it.
 */
export type OnDemandJob = { name: string; run: (input: ImportJobInput) => Promise<unknown>; retryLimit: number };

export const ON_DEMAND_JOBS: readonly OnDemandJob[] = [
  { name: IMPORT_PREVIEW_JOB, run: runImportPreviewJob, retryLimit: IMPORT_JOB_RETRY.retryLimit },
  { name: IMPORT_CONFIRM_JOB, run: runImportConfirmJob, retryLimit: IMPORT_JOB_RETRY.retryLimit },
];

export const ON_DEMAND_POLLING_SECONDS = 1;
