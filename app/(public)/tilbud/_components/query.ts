import type { SearchOffersInput } from "@/lib/domain/offers/schemas";
import { DIAGNOSIS_SLUG, FORMAT_SLUG, REFERRAL_ROUTE_SLUG, RISK_FACTOR_SLUG } from "@/lib/offers/vocabulary";

/** The lookup's parsed query back as a query string (only set values), for page links and the CSV link. */
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
