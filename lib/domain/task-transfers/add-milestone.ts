import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canPlanMilestone } from "@/lib/rules/task-transfers";
import { dateColumn } from "@/lib/calendar";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { addMilestoneInput } from "./schemas";
import { loadForChange, writeCase } from "./load";

/**
 * A party adds a milestone to an agreed transfer's implementation plan (incl. the transfer of
 * knowledge): a title, the party that completes it and its due day. The case's version guards it.
 */
export async function addMilestone(actor: Actor | null, input: unknown): Promise<{ id: string; milestoneId: string; version: number }> {
  const data = parseInput(addMilestoneInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const { transfer, checkVersion } = await loadForChange(tx, current, data.transferId, data.version);
    ensureAllowed(canPlanMilestone(current, transfer));
    checkVersion();
    await writeCase(tx, transfer.id, data.version);
    const position = await tx.taskTransferMilestone.count({ where: { transferId: transfer.id } });
    const milestone = await tx.taskTransferMilestone.create({
      data: { transferId: transfer.id, title: data.title, party: data.party, dueOn: dateColumn(data.dueOn), position },
    });
    await recordAuditEvent(tx, current, {
      action: "taskTransfer.milestone.add",
      entityType: "TaskTransfer",
      entityId: transfer.id,
      before: { version: data.version },
      after: { milestoneId: milestone.id, title: data.title, party: data.party, dueOn: data.dueOn, version: data.version + 1 },
    });
    return { id: transfer.id, milestoneId: milestone.id, version: data.version + 1 };
  });
}
