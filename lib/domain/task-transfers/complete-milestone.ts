import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canCompleteMilestone, type TaskTransferParty } from "@/lib/rules/task-transfers";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { completeMilestoneInput } from "./schemas";
import { loadForChange, writeCase } from "./load";

/** The party a milestone names marks it done (once); the case's version guards it. */
export async function completeMilestone(actor: Actor | null, input: unknown): Promise<{ id: string; version: number }> {
  const data = parseInput(completeMilestoneInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const { transfer, checkVersion } = await loadForChange(tx, current, data.transferId, data.version);
    // Scoped through its case: a milestone of another case is "not found", whatever its id.
    const milestone = await tx.taskTransferMilestone.findFirst({ where: { id: data.milestoneId, transferId: transfer.id } });
    if (!milestone) throw new NotFoundError();
    ensureAllowed(canCompleteMilestone(current, transfer, { party: milestone.party as TaskTransferParty, completedAt: milestone.completedAt }));
    checkVersion();
    await writeCase(tx, transfer.id, data.version);
    const now = new Date();
    await tx.taskTransferMilestone.update({ where: { id: milestone.id }, data: { completedAt: now, completedById: current.userId } });
    await recordAuditEvent(tx, current, {
      action: "taskTransfer.milestone.complete",
      entityType: "TaskTransfer",
      entityId: transfer.id,
      before: { milestoneId: milestone.id, completedAt: null, version: data.version },
      after: { milestoneId: milestone.id, completedAt: now.toISOString(), version: data.version + 1 },
    });
    return { id: transfer.id, version: data.version + 1 };
  });
}
