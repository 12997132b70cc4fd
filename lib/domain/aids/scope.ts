import "server-only";
/**
 * What the aids rules (lib/rules/aids.ts) need to know about an actor and one region's catalogue:
 * the actor's memberships in the region's organisations and their current seats in the region's aids
 * council. A catalogue the actor may not read is "not found", exactly like one that does not exist.
 */
import type { Db, Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { isAdmin } from "@/lib/rules/actor";
import { canReadAids, type AidsRelation } from "@/lib/rules/aids";
import type { Decision } from "@/lib/rules/decision";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { currentSeatWhere } from "@/lib/domain/forums/access";

export type CatalogueFacts = { id: string; regionId: string; isPublic: boolean; version: number; region: { name: string } };

export const catalogueSelect = { id: true, regionId: true, isPublic: true, version: true, region: { select: { name: true } } } as const;

export async function aidsRelation(client: Db | Tx, actor: Actor | null, catalogue: { regionId: string; isPublic: boolean }, now = new Date()): Promise<AidsRelation> {
  const seats = actor
    ? await client.forumMember.findMany({
        where: { userId: actor.userId, ...currentSeatWhere(now), forum: { kind: "AIDS_COUNCIL", regionId: catalogue.regionId } },
        select: { position: true },
      })
    : [];
  return {
    signedIn: !!actor,
    admin: isAdmin(actor),
    isPublic: catalogue.isPublic,
    regionMemberships: actor ? actor.memberships.filter((m) => m.regionId === catalogue.regionId).map((m) => ({ kind: m.organisationKind, role: m.role })) : [],
    councilPositions: seats.map((s) => s.position),
  };
}

/** The catalogue if the actor reads it, with the actor's relation to it; otherwise not found. */
export async function readableCatalogue(client: Db | Tx, actor: Actor | null, where: { id: string } | { regionId: string }): Promise<{ catalogue: CatalogueFacts; relation: AidsRelation }> {
  const catalogue = await client.aidCatalogue.findUnique({ where, select: catalogueSelect });
  if (!catalogue) throw new NotFoundError();
  const relation = await aidsRelation(client, actor, catalogue);
  if (!canReadAids(relation).allowed) throw new NotFoundError();
  return { catalogue, relation };
}

/** Step 4 of the pipeline for a catalogue the actor reads: the rule's refusal is forbidden with its reason. */
export function ensureAids(relation: AidsRelation, rule: (rel: AidsRelation) => Decision): void {
  const decision = rule(relation);
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}

/** The catalogues the actor reads: public ones, and those of the regions the actor belongs to. */
export async function readableCatalogues(client: Db | Tx, actor: Actor | null): Promise<CatalogueFacts[]> {
  const regionIds = isAdmin(actor) ? undefined : [...new Set((actor?.memberships ?? []).flatMap((m) => (m.regionId && m.organisationKind !== "GP_CLINIC" ? [m.regionId] : [])))];
  const catalogues = await client.aidCatalogue.findMany({
    where: regionIds === undefined ? {} : { OR: [{ isPublic: true }, { regionId: { in: regionIds } }] },
    select: catalogueSelect,
    orderBy: { region: { name: "asc" } },
  });
  const result: CatalogueFacts[] = [];
  for (const c of catalogues) if (canReadAids(await aidsRelation(client, actor, c)).allowed) result.push(c);
  return result;
}

/** The region whose catalogue a page shows: the one asked for, else the actor's own, else the first readable. */
export async function chosenRegionId(client: Db | Tx, actor: Actor | null, regionId: string | undefined): Promise<string> {
  if (regionId) return regionId;
  const catalogues = await readableCatalogues(client, actor);
  const own = catalogues.find((c) => actor?.memberships.some((m) => m.regionId === c.regionId)) ?? catalogues[0];
  if (!own) throw new NotFoundError();
  return own.regionId;
}

/** The region's aids council meetings a decision may be linked to (not cancelled), newest first. */
export async function councilMeetings(client: Db | Tx, regionId: string): Promise<{ id: string; startsAt: Date; forumName: string }[]> {
  const rows = await client.meeting.findMany({
    where: { status: { not: "CANCELLED" }, forum: { kind: "AIDS_COUNCIL", regionId } },
    orderBy: { startsAt: "desc" },
    take: 20,
    select: { id: true, startsAt: true, forum: { select: { name: true } } },
  });
  return rows.map((m) => ({ id: m.id, startsAt: m.startsAt, forumName: m.forum.name }));
}
