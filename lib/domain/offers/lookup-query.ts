/**
 * The GP lookup's query string, both ways, and the key it is cached under. Pure (no database, no
 * Next): used by the lookup pages for their links, by proxy.ts to route an anonymous lookup to its
 * cached page, and by that page to read the search back.
 */
import { DIAGNOSIS_SLUG, FORMAT_SLUG, REFERRAL_ROUTE_SLUG, RISK_FACTOR_SLUG } from "@/lib/offers/vocabulary";
import { searchOffersInput, type SearchOffersInput } from "./schemas";
import { firstValues } from "@/lib/validation/primitives";

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

/** The canonical query as one URL path segment: base64url of its UTF-8 (no escaping ambiguity), "-" for none. */
export function encodeLookupKey(canonical: string): string {
  if (canonical === "") return "-";
  let binary = "";
  for (const byte of new TextEncoder().encode(canonical)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The key back to the query's parameters; null when it is not a key we could have made. */
export function decodeLookupKey(key: string): URLSearchParams | null {
  if (key === "-") return new URLSearchParams();
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(key)) return null;
  try {
    const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    // Only canonical keys: anything else would be a second cache entry for the same question.
    const params = new URLSearchParams(text);
    return canonicalLookupQuery(params) === text ? params : null;
  } catch {
    return null;
  }
}
