import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { offerOwnerIdsFor } from "@/lib/rules/offers";
import { compareDanish } from "@/lib/i18n/format";
import { requireSignedIn } from "@/lib/domain/pipeline";

export type OfferOwnerDto = { id: string; name: string; referralLocationNumber: string | null };

/** The organisations the actor maintains offers for (for the create form's owner choice); empty if none. */
export async function listOfferOwners(actor: Actor | null): Promise<OfferOwnerDto[]> {
  const current = requireSignedIn(actor);
  const owners = await db.organisation.findMany({
    where: { id: { in: offerOwnerIdsFor(current) } }, // scoped: coordinated municipalities and regions only
    select: { id: true, name: true, referralLocationNumber: true },
  });
  return owners.sort((a, b) => compareDanish(a.name, b.name));
}
