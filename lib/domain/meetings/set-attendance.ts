import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canManageForum, isSeatCurrent } from "@/lib/rules/forums";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { setAttendanceInput } from "./schemas";
import { dateColumn } from "@/lib/calendar/date-column";
import { danishDate } from "@/lib/calendar/copenhagen";

/**
 * A forum manager records who attended: every member seated on the meeting's date gets present or
 * absent. Ids that are not such members are ignored (a forged form cannot mark strangers present).
 */
export async function setAttendance(actor: Actor | null, input: unknown): Promise<{ id: string; version: number }> {
  const data = parseInput(setAttendanceInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: data.meetingId },
      include: { attendance: true, forum: { select: { members: { select: { id: true, periodFrom: true, periodTo: true } } } } },
    });
    if (!meeting) throw new NotFoundError();
    const access = await loadForumAccess(tx, current);
    ensureForumAllows(access, meeting.forumId, canManageForum); // scoped (not found) → allowed (forbidden)

    const { count } = await tx.meeting.updateMany({ where: { id: meeting.id, version: data.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    const seated = meeting.forum.members.filter((m) => isSeatCurrent(m, dateColumn(danishDate(meeting.startsAt))));
    const present = new Set(data.present);
    const rows = seated.map((m) => ({ meetingId: meeting.id, memberId: m.id, present: present.has(m.id) }));
    await tx.meetingAttendance.deleteMany({ where: { meetingId: meeting.id } });
    if (rows.length) await tx.meetingAttendance.createMany({ data: rows });
    await recordAuditEvent(tx, current, {
      action: "meeting.setAttendance",
      entityType: "Meeting",
      entityId: meeting.id,
      before: { attendance: meeting.attendance.map((a) => ({ memberId: a.memberId, present: a.present })) },
      after: { attendance: rows.map((a) => ({ memberId: a.memberId, present: a.present })) },
    });
    return { id: meeting.id, version: meeting.version + 1 };
  });
}
