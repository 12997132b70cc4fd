import "server-only";
/**
 * What an actor may see of adverse events, as a Prisma `where` (the mirror of canViewAdverseEvent in
 * lib/rules/adverse-events.ts): a case one of whose parties the actor is a risk manager of. Combined
 * with the requested id by AND, so a case outside the scope is "not found". Never `undefined` inside:
 * an actor without risk-manager memberships gets `in: []`, which matches nothing.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import { riskManagerOrganisationIds } from "@/lib/rules/adverse-events";

export function visibleAdverseEventsWhere(actor: Actor): Prisma.AdverseEventWhereInput {
  return { parties: { some: { organisationId: { in: riskManagerOrganisationIds(actor) } } } }; // scoped: the parties' risk managers
}
