import "server-only";
import { db } from "@/lib/db/client";
import { offerIdsSql } from "@/lib/offers/search-query";
import { offersCsv } from "@/lib/offers/csv-rows";
import { searchOffersInput } from "./schemas";
import { filtersFromQuery } from "./search-offers";
import { hsdsOfferSelect } from "./hsds-select";

/** At most this many offers per file (the national dataset is ~4,000). */
export const CSV_LIMIT = 10_000;

/**
 * CSV of published, current offers (public; no personal data) — all of them, or those matching the
 * lookup's query string (the same parameters as /tilbud), in the lookup's order.
 */
export async function exportOffersCsv(input: unknown, baseUrl: string, now: Date = new Date()): Promise<string> {
  const query = searchOffersInput.parse(input);
  const ids = (await db.$queryRaw<{ id: string }[]>(offerIdsSql(filtersFromQuery(query), { limit: CSV_LIMIT, offset: 0 }))).map((r) => r.id);
  const offers = ids.length ? await db.offer.findMany({ where: { id: { in: ids } }, select: hsdsOfferSelect(now) }) : [];
  const byId = new Map(offers.map((o) => [o.id, o]));
  return offersCsv(ids.flatMap((id) => byId.get(id) ?? []), baseUrl, now);
}
