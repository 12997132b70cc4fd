import "server-only";
/**
 * Where a queued import stands (decision 033): the job writes its phase — and while reading, rows
 * read of rows in the file — onto the import record as it goes, outside the transaction of its
 * result, so the import page (and its small status route) can show it while the job runs.
 */
import { db } from "@/lib/db/client";

export const IMPORT_PHASES = ["queued", "reading", "planning", "writing"] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];
export type ImportProgress = { phase: ImportPhase; done: number; total: number };

/** The job's names (lib/jobs/definitions.ts): the preview of a queued upload, and a queued confirmation. */
export const IMPORT_PREVIEW_JOB = "import-preview";
export const IMPORT_CONFIRM_JOB = "import-confirm";
/** Retries of an import job: a refusal is not retried (it is the answer); a lost connection is. */
export const IMPORT_JOB_RETRY = { retryLimit: 2, retryDelay: 5, retryBackoff: false } as const;

/** Only an import still waiting for its job takes progress: a finished one keeps its result. */
export async function recordImportProgress(importId: string, progress: ImportProgress): Promise<void> {
  await db.$executeRaw`
    UPDATE "InitiativeImport" SET phase = ${progress.phase}, "progressDone" = ${progress.done}, "progressTotal" = ${progress.total}
     WHERE id = ${importId} AND status IN ('QUEUED', 'CONFIRMING')`;
}

/** A job's refusal or failure, as a message key on the record; the import is over (FAILED). */
export async function recordImportFailure(importId: string, failure: string): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "InitiativeImport" SET status = 'FAILED', failure = ${failure}, phase = NULL, "fileBytes" = NULL, "finishedAt" = now()
     WHERE id = ${importId} AND status IN ('QUEUED', 'CONFIRMING')`;
  return count > 0;
}
