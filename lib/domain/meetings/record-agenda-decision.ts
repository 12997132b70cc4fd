import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canRecordFinalDecision } from "@/lib/rules/forums";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { recordAgendaDecisionInput } from "./schemas";
import { agendaItemAuditSnapshot } from "./dto";

/** The meeting's decision on an agenda item (beslutning): the forum's chair or secretary only. */
export async function recordAgendaDecision(actor: Actor | null, input: unknown): Promise<{ id: string; version: number }> {
  const data = parseInput(recordAgendaDecisionInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const before = await tx.agendaItem.findUnique({ where: { id: data.agendaItemId }, include: { meeting: { select: { forumId: true } } } });
    if (!before) throw new NotFoundError();
    const access = await loadForumAccess(tx, current);
    ensureForumAllows(access, before.meeting.forumId, canRecordFinalDecision); // scoped (not found) → chair/secretary (forbidden)
    const { count } = await tx.agendaItem.updateMany({
      where: { id: before.id, version: data.version }, // optimistic concurrency
      data: { decision: data.decision, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await tx.agendaItem.findUniqueOrThrow({ where: { id: before.id } });
    await recordAuditEvent(tx, current, {
      action: "agendaItem.recordDecision",
      entityType: "AgendaItem",
      entityId: before.id,
      before: agendaItemAuditSnapshot(before),
      after: agendaItemAuditSnapshot(after),
    });
    return { id: after.id, version: after.version };
  });
}
