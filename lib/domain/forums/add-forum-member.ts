import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canManageForum } from "@/lib/rules/forums";
import { InvalidError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "./access";
import { ensureCompositionKept, lockForumComposition } from "./composition";
import { addForumMemberInput } from "./schemas";
import { forumMemberAuditSnapshot } from "./dto";

/**
 * A forum manager gives someone a seat: a party, an organisation, a position and a period. The seat
 * may be linked to a portal user (by exact e-mail); members without an account are listed by name.
 * Refused when it makes the composition more broken (lib/rules/forums.ts canChangeMembership).
 */
export async function addForumMember(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<{ id: string }> {
  const data = parseInput(addForumMemberInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const access = await loadForumAccess(tx, current, now);
    ensureForumAllows(access, data.forumId, canManageForum); // scoped (not found) → allowed (forbidden)

    const user = data.email ? await tx.user.findUnique({ where: { email: data.email }, select: { id: true, name: true, active: true } }) : null;
    if (data.email && (!user || !user.active)) throw new InvalidError("errors.invalid", { email: ["validation.forums.userNotFound"] });
    if (data.organisationId && !(await tx.organisation.findUnique({ where: { id: data.organisationId }, select: { id: true } }))) {
      throw new InvalidError("errors.invalid", { organisationId: ["validation.choose"] });
    }

    const { forum, members } = await lockForumComposition(tx, data.forumId);
    if (user && members.length) {
      const overlapping = await tx.forumMember.findFirst({
        where: {
          forumId: data.forumId,
          userId: user.id,
          periodFrom: data.periodTo ? { lte: data.periodTo } : undefined,
          OR: [{ periodTo: null }, { periodTo: { gte: data.periodFrom } }],
        },
        select: { id: true },
      });
      if (overlapping) throw new InvalidError("errors.invalid", { email: ["validation.forums.alreadyMember"] });
    }
    const seat = { id: "new", party: data.party, position: data.position, periodFrom: data.periodFrom, periodTo: data.periodTo ?? null };
    ensureCompositionKept(forum, members, [...members, seat], now, data.position === "MEMBER" ? "party" : "position");

    const member = await tx.forumMember.create({
      data: {
        forumId: data.forumId,
        userId: user?.id ?? null,
        name: data.name ?? user!.name,
        organisationId: data.organisationId ?? null,
        party: data.party,
        position: data.position,
        periodFrom: data.periodFrom,
        periodTo: data.periodTo ?? null,
      },
    });
    await recordAuditEvent(tx, current, { action: "forumMember.add", entityType: "ForumMember", entityId: member.id, after: forumMemberAuditSnapshot(member) });
    return { id: member.id };
  });
}
