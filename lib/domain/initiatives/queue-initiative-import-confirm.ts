import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { importRunsInQueue } from "@/lib/rules/initiatives";
import { ConflictError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { sendInTransaction } from "@/lib/jobs/on-transaction";
import { workerRunning } from "@/lib/jobs/heartbeat";
import { confirmInitiativeImportInput } from "./schemas";
import { lockPreview, toImportDto } from "./import-dto";
import { IMPORT_CONFIRM_JOB, IMPORT_JOB_RETRY } from "./import-progress";

/**
 * Step 2 of a large import (decision 033): the uploader confirms a preview that writes more than
 * IMPORT_INLINE_MAX_WRITES initiatives while a worker runs (importRunsInQueue) — the preview becomes
 * CONFIRMING (nothing can change or cancel it now) and the confirm job is sent in the same
 * transaction, with the audit row. Otherwise nothing is written and `queued` is false: the caller
 * confirms in the request (confirmInitiativeImport), as for every import before.
 */
export async function queueInitiativeImportConfirm(actor: Actor | null, input: unknown): Promise<{ queued: boolean; reason: string }> {
  const data = parseInput(confirmInitiativeImportInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const { record } = await lockPreview(tx, current, data.importId);
    const preview = toImportDto(record);
    const decision = importRunsInQueue({ step: "confirm", writes: preview.summary.create + preview.summary.update }, await workerRunning(tx));
    if (!decision.queue) return { queued: false, reason: decision.reason };
    if (preview.fileProblems.length) throw new ConflictError("initiatives.import.fileHasProblems");

    await tx.initiativeImport.update({ where: { id: record.id }, data: { status: "CONFIRMING", phase: "queued", progressDone: 0, progressTotal: 0 }, select: { id: true } });
    await recordAuditEvent(tx, current, {
      action: "initiativeImport.confirmQueued",
      entityType: "InitiativeImport",
      entityId: record.id,
      before: { status: "PREVIEW" },
      after: { status: "CONFIRMING", job: IMPORT_CONFIRM_JOB, create: preview.summary.create, update: preview.summary.update },
    });
    await sendInTransaction(tx, IMPORT_CONFIRM_JOB, { importId: record.id }, IMPORT_JOB_RETRY);
    return { queued: true, reason: decision.reason };
  });
}
