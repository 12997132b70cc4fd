import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { ancestorIds } from "@/lib/rules/forums";
import { canRecordDecision } from "@/lib/rules/initiatives";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureReadable, loadForumAccess, relationTo } from "@/lib/domain/forums/access";
import { recordInitiativeDecisionInput } from "./schemas";
import { decisionAuditSnapshot, decisionSelect, toDecisionDto, type DecisionDto } from "./dto";

/**
 * Records the decision for the next period — Videreføres / Afvikles, proposed or final — with its
 * required justification, by a forum (the owning one, or one it reports to) and optionally at one of
 * that forum's meetings. Proposals: whoever edits the forum's initiatives. Final: the deciding
 * forum's chair or secretary only. The previous current decision is superseded, never deleted; the
 * initiative's version is bumped, so two people deciding at once cannot both win.
 */
export async function recordInitiativeDecision(actor: Actor | null, input: unknown): Promise<DecisionDto> {
  const data = parseInput(recordInitiativeDecisionInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const initiative = await tx.initiative.findUnique({ where: { id: data.initiativeId }, select: { id: true, forumId: true, version: true } });
    if (!initiative) throw new NotFoundError();
    const access = await loadForumAccess(tx, current);
    ensureReadable(access, initiative.forumId); // scoped: not readable → NotFoundError

    const forumId = data.forumId ?? initiative.forumId;
    if (forumId !== initiative.forumId && !ancestorIds(initiative.forumId, access.byId).includes(forumId)) {
      throw new InvalidError("errors.invalid", { forumId: ["validation.initiatives.decisionForum"] });
    }
    ensureAllowed(canRecordDecision(relationTo(access, forumId), data.stage)); // FINAL: chair or secretary only
    if (data.meetingId) {
      const meeting = await tx.meeting.findUnique({ where: { id: data.meetingId }, select: { forumId: true } });
      if (!meeting || meeting.forumId !== forumId) throw new InvalidError("errors.invalid", { meetingId: ["validation.initiatives.meetingOfForum"] });
    }

    const { count } = await tx.initiative.updateMany({
      where: { id: initiative.id, version: data.version }, // optimistic concurrency
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const previous = await tx.initiativeDecision.findMany({ where: { initiativeId: initiative.id, supersededAt: null } });
    const now = new Date();
    if (previous.length) await tx.initiativeDecision.updateMany({ where: { id: { in: previous.map((d) => d.id) } }, data: { supersededAt: now } });
    const decision = await tx.initiativeDecision.create({
      data: {
        initiativeId: initiative.id,
        decision: data.decision,
        stage: data.stage,
        justification: data.justification,
        forumId,
        meetingId: data.meetingId ?? null,
        decidedOn: data.decidedOn,
        recordedById: current.userId,
      },
      select: { ...decisionSelect, initiativeId: true },
    });
    await tx.initiativeEvent.create({
      data: { initiativeId: initiative.id, type: `decision.${data.stage.toLowerCase()}`, note: data.decision, actorUserId: current.userId },
    });
    await recordAuditEvent(tx, current, {
      action: "initiativeDecision.record",
      entityType: "InitiativeDecision",
      entityId: decision.id,
      before: previous.length ? { superseded: previous.map((d) => ({ id: d.id, ...decisionAuditSnapshot(d) })) } : undefined,
      after: decisionAuditSnapshot({ ...decision, initiativeId: initiative.id }),
    });
    return toDecisionDto(decision);
  });
}
