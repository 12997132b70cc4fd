import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditInitiatives } from "@/lib/rules/forums";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { addInitiativeMilestoneInput } from "./schemas";

/** A milestone of an initiative (title, due date); added by whoever edits the forum's initiatives. */
export async function addInitiativeMilestone(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(addInitiativeMilestoneInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const initiative = await tx.initiative.findUnique({ where: { id: data.initiativeId }, select: { id: true, forumId: true } });
    if (!initiative) throw new NotFoundError();
    const access = await loadForumAccess(tx, current);
    ensureForumAllows(access, initiative.forumId, canEditInitiatives); // scoped (not found) → allowed (forbidden)
    const last = await tx.initiativeMilestone.aggregate({ where: { initiativeId: initiative.id }, _max: { position: true } });
    const milestone = await tx.initiativeMilestone.create({
      data: { initiativeId: initiative.id, title: data.title, dueOn: data.dueOn ?? null, position: (last._max.position ?? 0) + 1 },
    });
    await tx.initiative.update({ where: { id: initiative.id }, data: { version: { increment: 1 } } }); // an update of the initiative
    await recordAuditEvent(tx, current, {
      action: "initiativeMilestone.add",
      entityType: "InitiativeMilestone",
      entityId: milestone.id,
      after: { initiativeId: initiative.id, title: milestone.title, dueOn: milestone.dueOn, position: milestone.position },
    });
    return { id: milestone.id };
  });
}
