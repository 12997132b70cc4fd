import "server-only";
import { db } from "@/lib/db/client";
import { hsdsService } from "@/lib/offers/hsds";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { getHsdsServiceInput } from "./schemas";
import { publishedOffersWhere } from "./scope";
import { hsdsOfferSelect } from "./hsds-select";

/** Open data: one published, current offer as an HSDS 3.0 service; anything else is not found. */
export async function getHsdsService(input: unknown, now: Date = new Date()) {
  const data = parseInput(getHsdsServiceInput, input);
  const offer = await db.offer.findFirst({ where: { AND: [{ id: data.id }, publishedOffersWhere(now)] }, select: hsdsOfferSelect(now) });
  if (!offer) throw new NotFoundError();
  return hsdsService(offer, now);
}
