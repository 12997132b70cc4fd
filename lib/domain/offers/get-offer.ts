import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canViewOffer } from "@/lib/rules/offers";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { getOfferInput } from "./schemas";
import { visibleOffersWhere } from "./scope";
import { offerDetailSelect, toOfferDto, type OfferDto } from "./dto";

/**
 * One offer: published offers for everyone (signed out too); drafts and archived offers for the
 * owner's members only. Not visible → NotFoundError.
 */
export async function getOffer(actor: Actor | null, input: unknown): Promise<OfferDto> {
  const data = parseInput(getOfferInput, input);
  const row = await db.offer.findFirst({ where: { AND: [{ id: data.offerId }, visibleOffersWhere(actor)] }, select: offerDetailSelect });
  if (!row) throw new NotFoundError();
  const decision = canViewOffer(actor, { ownerId: row.ownerId, ownerKind: row.owner.kind, status: row.status });
  if (!decision.allowed) throw new NotFoundError();
  return toOfferDto(row);
}
