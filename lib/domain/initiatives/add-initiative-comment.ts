import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { ancestorIds, canCommentOnInitiative } from "@/lib/rules/forums";
import { InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureReadable, loadForumAccess, relationTo } from "@/lib/domain/forums/access";
import { addInitiativeCommentInput } from "./schemas";

/**
 * The review thread (seed 003): a forum the initiative's group reports to comments on its proposal,
 * the group replies. The comment is signed by the forum the author sits in — the owning forum if they
 * have a seat there, else the nearest forum above it where they do.
 */
export async function addInitiativeComment(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(addInitiativeCommentInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const initiative = await tx.initiative.findUnique({ where: { id: data.initiativeId }, select: { id: true, forumId: true } });
    if (!initiative) throw new NotFoundError();
    const access = await loadForumAccess(tx, current);
    const relation = ensureReadable(access, initiative.forumId); // scoped: not readable → NotFoundError
    ensureAllowed(canCommentOnInitiative(relation));
    const seatForums = new Set(access.seats.map((s) => s.forumId));
    const forumId = [initiative.forumId, ...ancestorIds(initiative.forumId, access.byId)].find((id) => seatForums.has(id));
    if (!forumId || relationTo(access, forumId).positions.length === 0) throw new NotFoundError(); // cannot happen after the rule; fail closed
    if (data.parentId) {
      const parent = await tx.initiativeComment.findUnique({ where: { id: data.parentId }, select: { initiativeId: true } });
      if (!parent || parent.initiativeId !== initiative.id) throw new InvalidError("errors.invalid", { parentId: ["validation.invalid"] });
    }
    const comment = await tx.initiativeComment.create({
      data: { initiativeId: initiative.id, parentId: data.parentId ?? null, forumId, authorId: current.userId, body: data.body },
    });
    await recordAuditEvent(tx, current, {
      action: "initiativeComment.add",
      entityType: "InitiativeComment",
      entityId: comment.id,
      after: { initiativeId: initiative.id, parentId: comment.parentId, forumId, body: comment.body },
    });
    return { id: comment.id };
  });
}
