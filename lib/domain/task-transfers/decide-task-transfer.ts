import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canDecideTaskTransfer, TASK_TRANSFER_STEPS } from "@/lib/rules/task-transfers";
import { startOfDanishDay } from "@/lib/calendar";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { decideTaskTransferInput } from "./schemas";
import { ensureWritten, loadForChange } from "./load";

/**
 * The responsible forum's member records the decision — agreed (from a date; default the planned
 * one) or not agreed (escalated to the steering group) — or the transferring party withdraws.
 * A non-member is refused before anything changes (no row changed, no audit row).
 */
export async function decideTaskTransfer(actor: Actor | null, input: unknown): Promise<{ id: string; status: string; version: number }> {
  const data = parseInput(decideTaskTransferInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const { transfer, context, checkVersion } = await loadForChange(tx, current, data.transferId, data.version);
    ensureAllowed(canDecideTaskTransfer(current, transfer, data.step, context));
    checkVersion();
    const now = new Date();
    const status = TASK_TRANSFER_STEPS[data.step].to;
    const agreedFrom = data.step === "agree" ? (data.agreedFrom ? startOfDanishDay(data.agreedFrom) : transfer.effectiveFrom) : null;
    const { count } = await tx.taskTransfer.updateMany({
      where: { id: transfer.id, version: data.version },
      data: { status, decidedAt: now, decisionNote: data.note ?? null, agreedFrom, version: { increment: 1 } },
    });
    ensureWritten(count);
    await recordAuditEvent(tx, current, {
      action: `taskTransfer.${data.step}`,
      entityType: "TaskTransfer",
      entityId: transfer.id,
      before: { status: transfer.status, version: transfer.version },
      after: { status, agreedFrom, note: data.note ?? null, version: transfer.version + 1 },
    });
    return { id: transfer.id, status, version: transfer.version + 1 };
  });
}
