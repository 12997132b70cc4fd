import "server-only";
import { cache } from "react";
import { getActor } from "@/lib/auth/actor";
import { getOffer } from "@/lib/domain/offers/get-offer";
import { orNotFound } from "@/lib/pages/or-not-found";

/** The offer of this request for this actor (once per request: metadata and page share it); 404 if not visible or not an id. */
export const loadOffer = cache(async (offerId: string) => {
  const actor = await getActor();
  return { actor, offer: await orNotFound(getOffer(actor, { offerId })) };
});
