import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { getOffer } from "@/lib/domain/offers/get-offer";
import { canChangeOffer } from "@/lib/rules/offers";

/** The offer to maintain: signed in, visible and the actor's to change — else 404 (the same answer as "does not exist"). */
export const loadOwnOffer = cache(async (offerId: string, path: string) => {
  const actor = await requireActor(path);
  let offer;
  try {
    offer = await getOffer(actor, { offerId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  if (!canChangeOffer(actor, { ownerId: offer.owner.id, ownerKind: offer.owner.kind, status: offer.status }).allowed) notFound();
  return { actor, offer };
});
