import "server-only";
/**
 * The scoped `where` clauses of the offer area. Every load of an offer goes through one of these,
 * combined with the requested id by AND — an offer outside the scope is "not found", like one that
 * does not exist. Never `undefined` inside (Prisma would drop it and widen the query).
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import { danishTodayColumn } from "@/lib/calendar/date-column";

/** Today in Denmark as a @db.Date value (UTC midnight of the Danish date), for comparing with date columns. */
export function today(now: Date = new Date()): Date {
  return danishTodayColumn(now);
}

/** Offers the actor may see: published ones, and every offer of an organisation the actor belongs to. */
export function visibleOffersWhere(actor: Actor | null): Prisma.OfferWhereInput {
  const memberOf = actor ? actor.memberships.map((m) => m.organisationId) : [];
  // scoped: drafts and archived offers only for the owner's own members
  return { OR: [{ status: "PUBLISHED" }, { ownerId: { in: memberOf } }] };
}

/** Published and not expired: what GPs, the public and the open-data API see. */
export function publishedOffersWhere(now: Date = new Date()): Prisma.OfferWhereInput {
  return { status: "PUBLISHED", OR: [{ validTo: null }, { validTo: { gte: today(now) } }] };
}

/** A current partner arrangement. */
export function currentArrangementWhere(now: Date = new Date()): Prisma.PartnerArrangementWhereInput {
  const day = today(now);
  return {
    AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: day } }] }, { OR: [{ validTo: null }, { validTo: { gte: day } }] }],
  };
}

/**
 * Offers available to the citizens of a municipality: its own, those shared with it by a current
 * partner arrangement, and its region's (the same rule as the lookup's SQL in lib/offers/search-query.ts).
 */
export function availableToMunicipalityWhere(municipality: { id: string; regionId: string | null }, now: Date = new Date()): Prisma.OfferWhereInput {
  const or: Prisma.OfferWhereInput[] = [
    { ownerId: municipality.id },
    { partnerArrangements: { some: { citizenMunicipalityId: municipality.id, ...currentArrangementWhere(now) } } },
  ];
  if (municipality.regionId) or.push({ ownerId: municipality.regionId, owner: { kind: "REGION" } });
  return { OR: or };
}
