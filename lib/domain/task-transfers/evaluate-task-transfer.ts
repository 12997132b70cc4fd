import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canEvaluateTaskTransfer, type TaskTransferParty } from "@/lib/rules/task-transfers";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { evaluateTaskTransferInput } from "./schemas";
import { loadForChange, writeCase } from "./load";

/** A party records the short evaluation of an implemented transfer (every milestone done): the case ends. */
export async function evaluateTaskTransfer(actor: Actor | null, input: unknown): Promise<{ id: string; status: "EVALUATED"; version: number }> {
  const data = parseInput(evaluateTaskTransferInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const { transfer, checkVersion } = await loadForChange(tx, current, data.transferId, data.version);
    const milestones = await tx.taskTransferMilestone.findMany({ where: { transferId: transfer.id }, select: { party: true, completedAt: true } });
    ensureAllowed(canEvaluateTaskTransfer(current, transfer, milestones.map((m) => ({ party: m.party as TaskTransferParty, completedAt: m.completedAt }))));
    checkVersion();
    const now = new Date();
    await writeCase(tx, transfer.id, data.version, { status: "EVALUATED", evaluation: data.evaluation, evaluatedAt: now, evaluatedById: current.userId });
    await recordAuditEvent(tx, current, {
      action: "taskTransfer.evaluate",
      entityType: "TaskTransfer",
      entityId: transfer.id,
      before: { status: transfer.status, version: data.version },
      after: { status: "EVALUATED", evaluation: data.evaluation, version: data.version + 1 },
    });
    return { id: transfer.id, status: "EVALUATED", version: data.version + 1 };
  });
}
