import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canManageForum } from "@/lib/rules/forums";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "./access";
import { ensureCompositionKept, lockForumComposition } from "./composition";
import { updateForumMemberInput } from "./schemas";
import { forumMemberAuditSnapshot } from "./dto";

/**
 * A forum manager changes a seat's position or party, or ends it (periodTo). Seats are never deleted:
 * the member list keeps who sat when (meetings' attendance refers to them). Refused when the change
 * makes the composition more broken — e.g. ending the last general practitioner's seat in a
 * cross-sector forum.
 */
export async function updateForumMember(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<{ id: string; version: number }> {
  const data = parseInput(updateForumMemberInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const seat = await tx.forumMember.findUnique({ where: { id: data.memberId } });
    if (!seat) throw new NotFoundError();
    const access = await loadForumAccess(tx, current, now);
    ensureForumAllows(access, seat.forumId, canManageForum); // scoped (not found) → allowed (forbidden)
    if (data.periodTo && data.periodTo < seat.periodFrom) throw new InvalidError("errors.invalid", { periodTo: ["validation.forums.periodOrder"] });

    const { forum, members } = await lockForumComposition(tx, seat.forumId);
    const after = members.map((m) => (m.id === seat.id ? { ...m, position: data.position, party: data.party, periodTo: data.periodTo ?? null } : m));
    ensureCompositionKept(forum, members, after, now, (data.periodTo?.getTime() ?? null) !== (seat.periodTo?.getTime() ?? null) ? "periodTo" : "position");

    const { count } = await tx.forumMember.updateMany({
      where: { id: seat.id, version: data.version }, // optimistic concurrency
      data: { position: data.position, party: data.party, periodTo: data.periodTo ?? null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const updated = await tx.forumMember.findUniqueOrThrow({ where: { id: seat.id } });
    await recordAuditEvent(tx, current, {
      action: "forumMember.update",
      entityType: "ForumMember",
      entityId: seat.id,
      before: forumMemberAuditSnapshot(seat),
      after: forumMemberAuditSnapshot(updated),
    });
    return { id: updated.id, version: updated.version };
  });
}
