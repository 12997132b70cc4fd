import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { getOffer } from "@/lib/domain/offers/get-offer";

/** The offer of this request for this actor (once per request: metadata and page share it); 404 if not visible. */
export const loadOffer = cache(async (offerId: string) => {
  const actor = await getActor();
  try {
    return { actor, offer: await getOffer(actor, { offerId }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
