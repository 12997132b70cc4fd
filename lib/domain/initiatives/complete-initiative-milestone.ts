import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditInitiatives } from "@/lib/rules/forums";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { completeInitiativeMilestoneInput } from "./schemas";
import { danishTodayColumn } from "@/lib/calendar/date-column";

/** Marks a milestone reached (today) or not reached again. */
export async function completeInitiativeMilestone(actor: Actor | null, input: unknown): Promise<{ id: string; initiativeId: string }> {
  const data = parseInput(completeInitiativeMilestoneInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const milestone = await tx.initiativeMilestone.findUnique({ where: { id: data.milestoneId }, include: { initiative: { select: { forumId: true } } } });
    if (!milestone) throw new NotFoundError();
    const access = await loadForumAccess(tx, current);
    ensureForumAllows(access, milestone.initiative.forumId, canEditInitiatives); // scoped (not found) → allowed (forbidden)
    const now = new Date();
    const completedOn = data.completed ? danishTodayColumn(now) : null;
    const after = await tx.initiativeMilestone.update({ where: { id: milestone.id }, data: { completedOn } });
    await tx.initiative.update({ where: { id: milestone.initiativeId }, data: { version: { increment: 1 } } });
    await recordAuditEvent(tx, current, {
      action: "initiativeMilestone.complete",
      entityType: "InitiativeMilestone",
      entityId: milestone.id,
      before: { completedOn: milestone.completedOn },
      after: { completedOn: after.completedOn },
    });
    return { id: milestone.id, initiativeId: milestone.initiativeId };
  });
}
