import "server-only";
/**
 * What the aggregate views (referral statistics, compliance) share before they count: the rule with
 * the one fact the actor does not carry (a seat in a forum), and the region to show — the one asked
 * for, else the actor's own, else the first (Danish order).
 */
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { Decision } from "@/lib/rules/decision";
import { compareDanish } from "@/lib/i18n/format";
import { ensureAllowed } from "@/lib/domain/pipeline";

export type RegionRef = { id: string; name: string };

export async function ensureAggregateAccess(actor: Actor, rule: (actor: Actor, context: { forumMember?: boolean }) => Decision): Promise<void> {
  // Forum members (committees) may see the figures too — a fact the actor does not carry.
  const forumMember = !rule(actor, {}).allowed && (await db.forumMember.count({ where: { userId: actor.userId } })) > 0;
  ensureAllowed(rule(actor, { forumMember }));
}

export async function chooseRegion(actor: Actor, regionId: string | undefined): Promise<{ regions: RegionRef[]; region: RegionRef | null }> {
  const regions = (await db.organisation.findMany({ where: { kind: "REGION" }, select: { id: true, name: true } })).sort((a, b) => compareDanish(a.name, b.name));
  const ownRegion = actor.memberships.find((m) => m.regionId)?.regionId;
  const region = regions.find((r) => r.id === regionId) ?? regions.find((r) => r.id === ownRegion) ?? regions[0] ?? null;
  return { regions, region };
}
