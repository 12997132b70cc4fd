import "server-only";
/**
 * A forum's area for the compliance view: the forum (readable by the actor, else not found), whether
 * the actor may see its figures (a seat in it or above it, or the region's right to the figures), and
 * the organisations seated in it and in the forums below it (lib/rules/compliance.ts forumArea decides
 * what they mean).
 */
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canViewCompliance } from "@/lib/rules/compliance";
import { descendantIds } from "@/lib/rules/forums";
import { ensureAllowed } from "@/lib/domain/pipeline";
import { DomainError } from "@/lib/domain/errors";
import { currentSeatWhere, ensureReadable, loadForumAccess } from "@/lib/domain/forums/access";

export async function loadForumArea(actor: Actor, forumId: string) {
  const access = await loadForumAccess(db, actor);
  const relation = ensureReadable(access, forumId); // scoped: a forum the actor may not read is not found
  ensureAllowed(canViewCompliance(actor, { forumMember: relation.positions.length > 0 || relation.ancestorPositions.length > 0 }));
  const forum = await db.forum.findUniqueOrThrow({ where: { id: forumId }, select: { id: true, name: true, kind: true, regionId: true } });
  const seats = await db.forumMember.findMany({
    where: { forumId: { in: [forumId, ...descendantIds(forumId, access.nodes)] }, organisationId: { not: null }, ...currentSeatWhere() },
    select: { organisationId: true },
  });
  return { forum, seatedOrganisationIds: seats.map((s) => s.organisationId!) };
}

/** Whether the actor may open the forum's compliance view (the board shows the link only then). */
export async function mayViewForumCompliance(actor: Actor | null, forumId: string): Promise<boolean> {
  if (!actor) return false;
  return loadForumArea(actor, forumId).then(
    () => true,
    (error: unknown) => {
      if (error instanceof DomainError) return false;
      throw error;
    },
  );
}
