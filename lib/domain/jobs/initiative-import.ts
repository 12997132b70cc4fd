import "server-only";
/**
 * The import jobs (decision 033): the preview of a queued upload and a queued confirmation. Neither
 * decides anything itself: it loads the uploader's actor by user id — as they are now, memberships
 * and deactivation included — and calls the same domain operation the request would have called,
 * so authorisation is checked again and the one audited path writes the result.
 *
 * What lands on the import record:
 * - the result (the preview, or the report) — written by the domain operation;
 * - a refusal (the uploader lost the right to import here, or was deactivated) or a problem the
 *   operation names (the data changed since the preview) — FAILED with its message key, at once:
 *   it is the answer, not a fault, so the job completes and is not retried;
 * - anything else (the database went away) — thrown, so pg-boss retries; on the last attempt FAILED
 *   with a general message first.
 * A run that finds the import no longer waiting (a retry after a run that did finish) does nothing.
 * Failures write no audit row: nothing of the forum's data changed.
 */
import { db } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/rules/actor";
import { DomainError } from "@/lib/domain/errors";
import { previewInitiativeImport } from "@/lib/domain/initiatives/preview-initiative-import";
import { confirmInitiativeImport } from "@/lib/domain/initiatives/confirm-initiative-import";
import { recordImportFailure, recordImportProgress } from "@/lib/domain/initiatives/import-progress";
import type { StoredImport } from "@/lib/domain/initiatives/import-plan";

export type ImportJobInput = { importId: string; /** pg-boss will not run it again after this attempt */ lastAttempt: boolean };
export type ImportJobOutcome = "done" | "nothingToDo" | "refused" | "failed";

export const IMPORT_JOB_REFUSED = "initiatives.import.job.refused";
export const IMPORT_JOB_ERROR = "initiatives.import.job.error";

export async function runImportPreviewJob({ importId, lastAttempt }: ImportJobInput): Promise<ImportJobOutcome> {
  const record = await db.initiativeImport.findUnique({
    where: { id: importId },
    select: { status: true, forumId: true, fileName: true, fileBytes: true, rows: true, createdById: true, createdAt: true },
  });
  if (!record || record.status !== "QUEUED" || !record.fileBytes || !record.forumId) return "nothingToDo";
  const { forumId, fileName, fileBytes, createdAt } = record;
  const stage = (record.rows as unknown as Pick<StoredImport, "stage">).stage;
  return asUploader(importId, record.createdById, lastAttempt, async (actor) => {
    await recordImportProgress(importId, { phase: "reading", done: 0, total: 0 });
    await previewInitiativeImport(
      actor,
      { forumId, stage, file: { name: fileName, bytes: new Uint8Array(fileBytes) } },
      { importId, createdAt, progress: (progress) => recordImportProgress(importId, progress) },
    );
  });
}

export async function runImportConfirmJob({ importId, lastAttempt }: ImportJobInput): Promise<ImportJobOutcome> {
  const record = await db.initiativeImport.findUnique({ where: { id: importId }, select: { status: true, createdById: true } });
  if (!record || record.status !== "CONFIRMING") return "nothingToDo";
  return asUploader(importId, record.createdById, lastAttempt, async (actor) => {
    await recordImportProgress(importId, { phase: "writing", done: 0, total: 0 });
    await confirmInitiativeImport(actor, { importId }, true);
  });
}

async function asUploader(importId: string, userId: string, lastAttempt: boolean, run: (actor: Actor) => Promise<void>): Promise<ImportJobOutcome> {
  const actor = await loadActor(db, userId);
  if (!actor) {
    await recordImportFailure(importId, IMPORT_JOB_REFUSED); // deactivated since the upload
    return "refused";
  }
  try {
    await run(actor);
    return "done";
  } catch (error) {
    if (error instanceof DomainError) {
      if (error.kind === "conflict" && error.messageKey === "initiatives.import.alreadyFinished") return "nothingToDo"; // another run finished it
      const refused = error.kind === "forbidden" || error.kind === "not_found";
      const reason = refused ? IMPORT_JOB_REFUSED : error.kind === "invalid" ? (Object.values(error.fieldErrors).flat()[0] ?? error.messageKey) : error.messageKey;
      await recordImportFailure(importId, reason);
      return refused ? "refused" : "failed";
    }
    if (lastAttempt) await recordImportFailure(importId, IMPORT_JOB_ERROR);
    throw error;
  }
}
