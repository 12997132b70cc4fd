import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canManageForum, canRecordFinalDecision } from "@/lib/rules/forums";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { updateMeetingInput } from "./schemas";
import { meetingAuditSnapshot } from "./dto";

/**
 * Date, place and status are the forum managers'; the minutes (referat) are the chair's or the
 * secretary's only, like every decision of the meeting.
 */
export async function updateMeeting(actor: Actor | null, input: unknown): Promise<{ id: string; version: number }> {
  const data = parseInput(updateMeetingInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id: data.meetingId } });
    if (!before) throw new NotFoundError();
    const access = await loadForumAccess(tx, current);
    ensureForumAllows(access, before.forumId, canManageForum); // scoped (not found) → allowed (forbidden)
    const minutes = data.minutes === undefined ? before.minutes : data.minutes || null;
    if (minutes !== before.minutes) ensureForumAllows(access, before.forumId, canRecordFinalDecision);

    const { count } = await tx.meeting.updateMany({
      where: { id: before.id, version: data.version }, // optimistic concurrency
      data: { startsAt: data.startsAt, place: data.place ?? null, status: data.status, minutes, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: before.id } });
    await recordAuditEvent(tx, current, {
      action: "meeting.update",
      entityType: "Meeting",
      entityId: before.id,
      before: meetingAuditSnapshot(before),
      after: meetingAuditSnapshot(after),
    });
    return { id: after.id, version: after.version };
  });
}
