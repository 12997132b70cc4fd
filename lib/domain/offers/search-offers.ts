import "server-only";
import { db } from "@/lib/db/client";
import { isPubliclyStale } from "@/lib/rules/offers";
import { offerSearchSql, searchWords, type OfferSearchFilters, type OfferSearchRow } from "@/lib/offers/search-query";
import type { Concept } from "@/lib/offers/thesaurus";
import { searchOffersInput, OFFERS_PAGE_SIZE, type SearchOffersInput } from "./schemas";
import { listGeography, type MunicipalityDto } from "./list-municipalities";
import { cachedSearch } from "./search-cache";

export type OfferSearchItemDto = Omit<OfferSearchRow, "total" | "rank" | "matched" | "best" | "direct" | "lastConfirmedAt" | "reviewIntervalDays"> & {
  /** Found only through a risk factor, a diagnosis or the thesaurus, not by its title or summary. */
  related: boolean;
  /** Not confirmed correct within its review interval. */
  stale: boolean;
  lastConfirmedAt: Date;
};

export type OfferSearchResultDto = {
  /** The parsed query (invalid values dropped), to refill the form and build page links. */
  query: SearchOffersInput;
  municipality: MunicipalityDto | null;
  /** A municipality code was given but is not one of the 98. */
  unknownMunicipality: boolean;
  items: OfferSearchItemDto[];
  total: number;
  page: number;
  pageCount: number;
  /** What the related offers are related to: the concepts the search words name ("rygestop" → SMOKING). */
  relatedTo: Concept[];
};

function relatedConcepts(q: string | undefined): Concept[] {
  const seen = new Set<string>();
  return searchWords(q)
    .flatMap((w) => w.concepts)
    .filter((c) => !seen.has(`${c.kind}:${c.value}`) && !!seen.add(`${c.kind}:${c.value}`));
}

/** The lookup's query string → the search filters. */
export function filtersFromQuery(query: SearchOffersInput): OfferSearchFilters {
  return {
    q: query.q,
    municipalityCode: query.kommune,
    riskFactor: query.risikofaktor,
    diagnosis: query.diagnose,
    age: query.alder,
    format: query.format,
    language: query.sprog,
    afterHours: query.aften === "1",
    referralRoute: query.henvisning,
  };
}

/**
 * The GP lookup (public: published offers only, no personal data). One SQL statement for the page of
 * results and the total (lib/offers/search-query.ts), micro-cached for a few seconds (search-cache.ts);
 * the municipality list comes from memory.
 */
export async function searchOffers(input: unknown, now: Date = new Date()): Promise<OfferSearchResultDto> {
  const query = searchOffersInput.parse(input); // lenient: invalid values are dropped, never an error
  const page = query.side ?? 1;
  const geography = await listGeography();
  const municipality = query.kommune ? (geography.municipalities.find((m) => m.code === query.kommune) ?? null) : null;

  const filters = filtersFromQuery(query);
  // An unknown municipality code has no offers; a known one's ids come from memory (decision 021).
  const rows =
    query.kommune && !municipality
      ? []
      : await cachedSearch(JSON.stringify([filters, page]), () =>
          db.$queryRaw<OfferSearchRow[]>(offerSearchSql(filters, { limit: OFFERS_PAGE_SIZE, offset: (page - 1) * OFFERS_PAGE_SIZE }, municipality ?? undefined)),
        );
  const total = rows.length > 0 ? Number(rows[0].total) : 0;
  return {
    query,
    municipality,
    unknownMunicipality: !!query.kommune && !municipality,
    items: rows.map(({ total: _total, rank: _rank, matched: _matched, best: _best, direct, ...row }) => ({ ...row, related: !direct, stale: isPubliclyStale(row, now) })),
    relatedTo: relatedConcepts(filters.q),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / OFFERS_PAGE_SIZE)),
  };
}
