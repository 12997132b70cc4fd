import "server-only";
/**
 * What an actor may see of referrals, as a Prisma `where` (the mirror of canViewReferral in
 * lib/rules/referrals.ts). Every load of a referral goes through it, combined with the requested id
 * by AND: a referral outside the scope is "not found", like one that does not exist. Never
 * `undefined` inside: an actor without clinician or municipal-staff memberships gets `in: []`,
 * which matches nothing — administrators and committees included, on purpose.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { receivingMunicipalityIds, referringOrganisationIds } from "@/lib/rules/referrals";

export function visibleReferralsWhere(actor: Actor): Prisma.ReferralWhereInput {
  const referring = referringOrganisationIds(actor);
  const receiving = receivingMunicipalityIds(actor);
  return {
    OR: [
      { referringOrganisationId: { in: referring } }, // scoped: the referring organisation's clinicians
      { receivingMunicipalityId: { in: receiving } }, // scoped: the receiving municipality's staff
      // scoped: a municipality that received it and reassigned it to a partner keeps read access
      { events: { some: { type: "REASSIGNED", actorOrganisationId: { in: receiving } } } },
    ],
  };
}

/** The municipalities that reassigned the referral away (read-only parties), from its events. */
export async function previousReceiverIds(tx: Tx, referralId: string, currentReceiverId: string): Promise<string[]> {
  const events = await tx.referralEvent.findMany({
    where: { referralId, type: "REASSIGNED" },
    select: { actorOrganisationId: true },
  });
  return [...new Set(events.map((e) => e.actorOrganisationId))].filter((id) => id !== currentReceiverId);
}
