import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canManageForum } from "@/lib/rules/forums";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { createMeetingInput } from "./schemas";
import { meetingAuditSnapshot } from "./dto";

/** A forum manager plans a meeting: date and time (Copenhagen), place. Agenda items follow. */
export async function createMeeting(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(createMeetingInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const access = await loadForumAccess(tx, current);
    ensureForumAllows(access, data.forumId, canManageForum); // scoped (not found) → allowed (forbidden)
    const meeting = await tx.meeting.create({ data: { forumId: data.forumId, startsAt: data.startsAt, place: data.place ?? null } });
    await recordAuditEvent(tx, current, { action: "meeting.create", entityType: "Meeting", entityId: meeting.id, after: meetingAuditSnapshot(meeting) });
    return { id: meeting.id };
  });
}
