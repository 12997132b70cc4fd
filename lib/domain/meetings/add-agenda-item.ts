import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canManageForum, descendantIds } from "@/lib/rules/forums";
import { InvalidError, NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { addAgendaItemInput } from "./schemas";
import { agendaItemAuditSnapshot } from "./dto";

/**
 * A forum manager adds an item to a meeting's agenda, optionally linked to an initiative of the forum
 * (or of a forum reporting to it — the steering forum decides on its groups' initiatives) or to an
 * agreement section.
 */
export async function addAgendaItem(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(addAgendaItemInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: data.meetingId }, select: { id: true, forumId: true } });
    if (!meeting) throw new NotFoundError();
    const access = await loadForumAccess(tx, current);
    ensureForumAllows(access, meeting.forumId, canManageForum); // scoped (not found) → allowed (forbidden)
    if (data.initiativeId) {
      const initiative = await tx.initiative.findUnique({ where: { id: data.initiativeId }, select: { forumId: true } });
      const allowedForums = [meeting.forumId, ...descendantIds(meeting.forumId, access.nodes)];
      if (!initiative || !allowedForums.includes(initiative.forumId)) throw new InvalidError("errors.invalid", { initiativeId: ["validation.meetings.initiativeOutsideForum"] });
    }
    if (data.sectionId && !(await tx.section.findUnique({ where: { id: data.sectionId }, select: { id: true } }))) {
      throw new InvalidError("errors.invalid", { sectionId: ["validation.choose"] });
    }
    // Serialise positions per meeting: lock the meeting row, then take the next position.
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meeting.id} FOR UPDATE`;
    const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } });
    const item = await tx.agendaItem.create({
      data: {
        meetingId: meeting.id,
        position: (last._max.position ?? 0) + 1,
        title: data.title,
        description: data.description ?? null,
        initiativeId: data.initiativeId ?? null,
        sectionId: data.sectionId ?? null,
      },
    });
    await recordAuditEvent(tx, current, { action: "agendaItem.add", entityType: "AgendaItem", entityId: item.id, after: agendaItemAuditSnapshot(item) });
    return { id: item.id };
  });
}
