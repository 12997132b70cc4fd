import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { getOffer } from "@/lib/domain/offers/get-offer";
import { orNotFound } from "@/lib/pages/or-not-found";
import { canChangeOffer } from "@/lib/rules/offers";

/** The offer to maintain: signed in, visible and the actor's to change — else 404 (the same answer as "does not exist", or not an id). */
export const loadOwnOffer = cache(async (offerId: string, path: string) => {
  const actor = await requireActor(path);
  const offer = await orNotFound(getOffer(actor, { offerId }));
  if (!canChangeOffer(actor, { ownerId: offer.owner.id, ownerKind: offer.owner.kind, status: offer.status }).allowed) notFound();
  return { actor, offer };
});
