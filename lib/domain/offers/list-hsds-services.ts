import "server-only";
import { db } from "@/lib/db/client";
import { offerIdsSql, type OfferSearchFilters } from "@/lib/offers/search-query";
import { hsdsPage, hsdsService } from "@/lib/offers/hsds";
import { conceptFromTaxonomyTermId } from "@/lib/offers/vocabulary";
import type { Diagnosis, RiskFactor } from "@/lib/generated/prisma/enums";
import { InvalidError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { listHsdsServicesInput } from "./schemas";
import { hsdsOfferSelect } from "./hsds-select";

/**
 * Open data (public): published, current offers as HSDS 3.0 services, one page. Same search as the
 * lookup (lib/offers/search-query.ts); `taxonomy_term_id` takes the risk-factor and diagnosis terms
 * (ORed when several); two queries in all: the page of ids, then the offers with their relations.
 */
export async function listHsdsServices(input: unknown, now: Date = new Date()) {
  const data = parseInput(listHsdsServicesInput, input);
  const filters: OfferSearchFilters = { q: data.search, ownerId: data.organization_id };
  if (data.modified_after) filters.modifiedAfter = new Date(data.modified_after);
  if (data.taxonomy_term_id) {
    const risks: RiskFactor[] = [];
    const diagnoses: Diagnosis[] = [];
    for (const termId of data.taxonomy_term_id.split(",").map((t) => t.trim()).filter(Boolean)) {
      const concept = conceptFromTaxonomyTermId(termId);
      if (!concept) throw new InvalidError("errors.invalid", { taxonomy_term_id: ["validation.choose"] });
      if (concept.riskFactor) risks.push(concept.riskFactor);
      if (concept.diagnosis) diagnoses.push(concept.diagnosis);
    }
    filters.riskFactorsAny = risks;
    filters.diagnosesAny = diagnoses;
  }

  const offset = (data.page - 1) * data.per_page;
  const idRows = await db.$queryRaw<{ id: string; total: bigint }[]>(offerIdsSql(filters, { limit: data.per_page, offset }));
  let total = idRows.length > 0 ? Number(idRows[0].total) : 0;
  if (idRows.length === 0 && offset > 0) {
    // Past the last page: count(*) OVER () has no row to ride on, so ask for the total alone.
    const [first] = await db.$queryRaw<{ total: bigint }[]>(offerIdsSql(filters, { limit: 1, offset: 0 }));
    total = first ? Number(first.total) : 0;
  }
  const ids = idRows.map((r) => r.id);
  const offers = ids.length ? await db.offer.findMany({ where: { id: { in: ids } }, select: hsdsOfferSelect(now) }) : [];
  const byId = new Map(offers.map((o) => [o.id, o]));
  const contents = ids.flatMap((id) => {
    const offer = byId.get(id);
    return offer ? [hsdsService(offer, now)] : [];
  });
  return hsdsPage(contents, total, data.page, data.per_page);
}
