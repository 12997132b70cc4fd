import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { importRunsInQueue } from "@/lib/rules/initiatives";
import { sendInTransaction } from "@/lib/jobs/on-transaction";
import { workerRunning } from "@/lib/jobs/heartbeat";
import { previewInitiativeImport } from "./preview-initiative-import";
import { previewInitiativeImportInput } from "./schemas";
import { authoriseImport } from "./import-access";
import { IMPORT_JOB_RETRY, IMPORT_PREVIEW_JOB } from "./import-progress";
import { newId } from "./bulk-insert";

/**
 * Step 1 of an import, from the upload route: a small file (or any file while no worker runs) is
 * read into a preview at once (previewInitiativeImport); a large one while a worker runs
 * (importRunsInQueue, decision 033) is kept on a new import record — QUEUED, the bytes in
 * `fileBytes` — and the preview job is sent in the same transaction, with the upload's audit row: never
 * a job without its record or a record without its job. The job reads the file as the preview does,
 * as the uploader as they are when it runs. `queued` says which happened.
 *
 * The same checks as the preview first — who may import into this forum (and a final decision), the
 * file's size — so nobody can park 5 MB on a forum they cannot import into.
 */
export async function uploadInitiativeImport(actor: Actor | null, input: unknown): Promise<{ id: string; queued: boolean }> {
  const data = parseInput(previewInitiativeImportInput, input);
  const current = requireSignedIn(actor);
  await authoriseImport(current, data.forumId, data.stage);
  if (!importRunsInQueue({ step: "preview", bytes: data.file.bytes.length }, await workerRunning(db)).queue) {
    return { id: (await previewInitiativeImport(current, data)).id, queued: false };
  }

  const id = newId();
  const fileSha256 = createHash("sha256").update(data.file.bytes).digest("hex");
  // The record's rows stay empty until the preview: only the stage is known now.
  const waiting = { stage: data.stage, encoding: "", delimiter: "", columns: [], unknownColumns: [], fileProblems: [], rows: [] };
  return db.$transaction(async (tx) => {
    await tx.initiativeImport.create({
      data: {
        id,
        forumId: data.forumId,
        fileName: data.file.name,
        fileSha256,
        status: "QUEUED",
        phase: "queued",
        rows: waiting,
        fileBytes: data.file.bytes as Uint8Array<ArrayBuffer>,
        createdById: current.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, current, {
      action: "initiativeImport.upload",
      entityType: "InitiativeImport",
      entityId: id,
      after: { forumId: data.forumId, fileName: data.file.name, fileSha256, bytes: data.file.bytes.length, stage: data.stage, job: IMPORT_PREVIEW_JOB },
    });
    await sendInTransaction(tx, IMPORT_PREVIEW_JOB, { importId: id }, IMPORT_JOB_RETRY);
    return { id, queued: true };
  });
}
