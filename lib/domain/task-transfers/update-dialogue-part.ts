import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canEditDialoguePart, type TaskTransferParty } from "@/lib/rules/task-transfers";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { receivingPartInput, transferringPartInput } from "./schemas";
import { ensureWritten, loadForChange } from "./load";

/**
 * A party completes its own part of the dialogue basis (the transferring party: task, patient group,
 * competences, equipment, documentation, its economy, risks; the receiving party: its economy and
 * assessment), with the version the form showed: both edit at once without losing each other's words
 * — a stale version is a conflict, never a silent overwrite.
 */
export async function updateDialoguePart(actor: Actor | null, part: TaskTransferParty, input: unknown): Promise<{ id: string; version: number }> {
  const data = part === "transferring" ? parseInput(transferringPartInput, input) : parseInput(receivingPartInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const { transfer, checkVersion } = await loadForChange(tx, current, data.transferId, data.version);
    ensureAllowed(canEditDialoguePart(current, transfer, part));
    checkVersion();
    const { transferId, version, ...fields } = data;
    const { count } = await tx.taskTransfer.updateMany({ where: { id: transferId, version }, data: { ...fields, version: { increment: 1 } } });
    ensureWritten(count);
    const before = Object.fromEntries(Object.keys(fields).map((k) => [k, transfer[k as keyof typeof transfer]]));
    await recordAuditEvent(tx, current, { action: `taskTransfer.edit.${part}`, entityType: "TaskTransfer", entityId: transferId, before: { ...before, version }, after: { ...fields, version: version + 1 } });
    return { id: transferId, version: version + 1 };
  });
}
