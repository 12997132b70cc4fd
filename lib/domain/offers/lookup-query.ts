/**
 * The GP lookup's query string, both ways, and the key it is cached under. Pure (no database, no
 * Next): used by the lookup page for its links, by proxy.ts to route every lookup to its cached page
 * (lib/http/page-key.ts), and by that page to read the search back.
 */
import { DIAGNOSIS_SLUG, FORMAT_SLUG, REFERRAL_ROUTE_SLUG, RISK_FACTOR_SLUG } from "@/lib/offers/vocabulary";
import { searchOffersInput, type SearchOffersInput } from "./schemas";
import { firstValues } from "@/lib/validation/primitives";
import { decodePageKey, encodePageKey } from "@/lib/http/page-key";
import type { AppLocale } from "@/lib/i18n/config";

/** The lookup's parsed query back as a query string (only set values, fixed order), for page links and the CSV link. */
export function lookupQueryString(query: SearchOffersInput, overrides: { side?: number } = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.kommune) params.set("kommune", query.kommune);
  if (query.risikofaktor) params.set("risikofaktor", RISK_FACTOR_SLUG[query.risikofaktor]);
  if (query.diagnose) params.set("diagnose", DIAGNOSIS_SLUG[query.diagnose]);
  if (query.alder !== undefined) params.set("alder", String(query.alder));
  if (query.format) params.set("format", FORMAT_SLUG[query.format]);
  if (query.sprog) params.set("sprog", query.sprog);
  if (query.aften) params.set("aften", "1");
  if (query.henvisning) params.set("henvisning", REFERRAL_ROUTE_SLUG[query.henvisning]);
  const side = overrides.side ?? query.side;
  if (side && side > 1) params.set("side", String(side));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The first value of each parameter (a repeated parameter counts once, as in the pages). */
export const firstOfEach = (params: URLSearchParams) => firstValues(params);

/**
 * The canonical form of a lookup URL's query: parsed (invalid values dropped, unknown parameters
 * ignored) and written back in a fixed order, without the "?". Two URLs that ask the same question
 * have the same canonical form, so they share one cached page.
 */
export function canonicalLookupQuery(params: URLSearchParams): string {
  return lookupQueryString(searchOffersInput.parse(firstOfEach(params))).replace(/^\?/, "");
}

/** The path of the cached lookup page for a lookup URL's query in `locale` (proxy.ts rewrites GET /tilbud?… to it). */
export function lookupPagePath(locale: AppLocale, params: URLSearchParams): string {
  return `${LOOKUP_PAGE_PREFIX}${encodePageKey(locale, canonicalLookupQuery(params))}`;
}

/** The internal path prefix of the cached lookup pages (app/(cached)/tilbud/soeg/[key]). */
export const LOOKUP_PAGE_PREFIX = "/tilbud/soeg/";

/** A lookup page's key back to its language and search; null when it is not a key proxy.ts could have made. */
export function readLookupPageKey(key: string): { locale: AppLocale; query: URLSearchParams } | null {
  return decodePageKey(key, canonicalLookupQuery);
}
