import "server-only";
/**
 * What the forum rules need to know about an actor, loaded once per operation: the forum tree
 * (tens of rows per region) and the actor's current seats. Every forum, meeting and initiative
 * operation starts here, then asks lib/rules/forums.ts about one forum.
 *
 * Scoping: a forum the actor may not read is "not found" (NotFoundError), exactly like one that does
 * not exist; one the actor reads but may not change is "forbidden".
 */
import type { Db, Tx } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import type { Decision } from "@/lib/rules/decision";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import {
  canEditInitiatives,
  canReadForum,
  forumRelation,
  type ForumNode,
  type ForumRelation,
  type ForumSeat,
} from "@/lib/rules/forums";
import { danishTodayColumn } from "@/lib/calendar/date-column";

export type ForumAccess = {
  actor: Actor | null;
  seats: ForumSeat[];
  nodes: ForumNode[];
  byId: Map<string, ForumNode>;
};

/** The `where` of a current seat: periodFrom ≤ today ≤ periodTo (open-ended when null). */
export function currentSeatWhere(now: Date = new Date()): Prisma.ForumMemberWhereInput {
  const today = danishTodayColumn(now); // periodFrom/To are dates
  return { periodFrom: { lte: today }, OR: [{ periodTo: null }, { periodTo: { gte: today } }] };
}

export async function loadForumAccess(client: Db | Tx, actor: Actor | null, now: Date = new Date()): Promise<ForumAccess> {
  const [nodes, seats] = await Promise.all([
    client.forum.findMany({ select: { id: true, parentId: true, regionId: true, isPublic: true, secretariatOrganisationId: true } }),
    actor
      ? client.forumMember.findMany({ where: { userId: actor.userId, ...currentSeatWhere(now) }, select: { forumId: true, position: true } })
      : Promise.resolve([]),
  ]);
  return { actor, seats, nodes, byId: new Map(nodes.map((n) => [n.id, n])) };
}

export function relationTo(access: ForumAccess, forumId: string): ForumRelation {
  return forumRelation(access.actor, access.seats, forumId, access.byId);
}

/** The ids of every forum the actor may read (never undefined: an empty list matches nothing). */
export function readableForumIds(access: ForumAccess): string[] {
  return access.nodes.filter((n) => canReadForum(relationTo(access, n.id)).allowed).map((n) => n.id);
}

export function editableForumIds(access: ForumAccess): string[] {
  return access.nodes.filter((n) => canEditInitiatives(relationTo(access, n.id)).allowed).map((n) => n.id);
}

/** Visible or "not found": the scoping step of every forum-bound operation. */
export function ensureReadable(access: ForumAccess, forumId: string): ForumRelation {
  const relation = relationTo(access, forumId);
  if (!access.byId.has(forumId) || !canReadForum(relation).allowed) throw new NotFoundError();
  return relation;
}

/** Visible, then allowed by `rule`, else forbidden with the rule's reason. */
export function ensureForumAllows(access: ForumAccess, forumId: string, rule: (rel: ForumRelation) => Decision): ForumRelation {
  const relation = ensureReadable(access, forumId);
  const decision = rule(relation);
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
  return relation;
}
