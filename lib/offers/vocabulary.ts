/**
 * The offer vocabulary in URLs and open data: readable Danish slugs for the enums, so a shared lookup
 * link reads `/tilbud?risikofaktor=rygning&kommune=265`, and the HSDS taxonomy terms have stable ids
 * (`risikofaktor-rygning`). Display labels are messages (lib/i18n/messages/offers.ts: offers.riskFactor.X…).
 * Pure.
 */
import {
  Capacity,
  Diagnosis,
  OfferFormat,
  OfferOrientation,
  OfferScope,
  ReferralRoute,
  RiskFactor,
} from "@/lib/generated/prisma/enums";

export const RISK_FACTORS = Object.values(RiskFactor) as RiskFactor[];
export const DIAGNOSES = Object.values(Diagnosis) as Diagnosis[];
export const FORMATS = Object.values(OfferFormat) as OfferFormat[];
export const REFERRAL_ROUTES = Object.values(ReferralRoute) as ReferralRoute[];
export const CAPACITIES = Object.values(Capacity) as Capacity[];
export const SCOPES = Object.values(OfferScope) as OfferScope[];
export const ORIENTATIONS = Object.values(OfferOrientation) as OfferOrientation[];

export const RISK_FACTOR_SLUG: Readonly<Record<RiskFactor, string>> = {
  DIET: "kost",
  SMOKING: "rygning",
  ALCOHOL: "alkohol",
  EXERCISE: "motion",
  DRUGS: "stoffer",
  MENTAL_HEALTH: "mental-sundhed",
  SEXUAL_HEALTH: "seksuel-sundhed",
  OVERWEIGHT: "overvaegt",
};

export const DIAGNOSIS_SLUG: Readonly<Record<Diagnosis, string>> = {
  COPD: "kol",
  TYPE2_DIABETES: "type-2-diabetes",
  HEART_DISEASE: "hjertesygdom",
  CANCER: "kraeft",
  DEPRESSION_ANXIETY: "depression-angst",
  MUSCULOSKELETAL: "muskler-og-led",
};

export const FORMAT_SLUG: Readonly<Record<OfferFormat, string>> = {
  INDIVIDUAL: "individuelt",
  GROUP: "hold",
  ONLINE: "online",
};

export const REFERRAL_ROUTE_SLUG: Readonly<Record<ReferralRoute, string>> = {
  REFERRAL_REQUIRED: "henvisning",
  CLARIFYING_CONVERSATION: "afklarende-samtale",
  DIRECT_ACCESS: "direkte",
};

function inverse<K extends string>(map: Readonly<Record<K, string>>): ReadonlyMap<string, K> {
  return new Map(Object.entries(map).map(([key, slug]) => [slug as string, key as K]));
}

const riskBySlug = inverse(RISK_FACTOR_SLUG);
const diagnosisBySlug = inverse(DIAGNOSIS_SLUG);
const formatBySlug = inverse(FORMAT_SLUG);
const routeBySlug = inverse(REFERRAL_ROUTE_SLUG);

export const riskFactorFromSlug = (slug: string | undefined) => (slug ? riskBySlug.get(slug) : undefined);
export const diagnosisFromSlug = (slug: string | undefined) => (slug ? diagnosisBySlug.get(slug) : undefined);
export const formatFromSlug = (slug: string | undefined) => (slug ? formatBySlug.get(slug) : undefined);
export const referralRouteFromSlug = (slug: string | undefined) => (slug ? routeBySlug.get(slug) : undefined);

/** Languages offered in the forms and the lookup filter (ISO 639-1); names come from Intl.DisplayNames. */
export const LANGUAGE_CODES = ["da", "en", "de", "ar", "tr", "pl", "uk", "so", "ur", "fa", "ro", "ti"] as const;

/** A language's name in the UI language ("arabisk" / "Arabic"); the code itself if unknown. */
export function languageName(code: string, locale: "da" | "en"): string {
  try {
    return new Intl.DisplayNames([locale === "da" ? "da" : "en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** HSDS taxonomy term ids (docs/decisions/007-hsds-danish-extensions.md). */
export const taxonomyTermId = {
  riskFactor: (value: RiskFactor) => `risikofaktor-${RISK_FACTOR_SLUG[value]}`,
  diagnosis: (value: Diagnosis) => `diagnose-${DIAGNOSIS_SLUG[value]}`,
};

export function conceptFromTaxonomyTermId(id: string): { riskFactor?: RiskFactor; diagnosis?: Diagnosis } | null {
  if (id.startsWith("risikofaktor-")) {
    const value = riskFactorFromSlug(id.slice("risikofaktor-".length));
    return value ? { riskFactor: value } : null;
  }
  if (id.startsWith("diagnose-")) {
    const value = diagnosisFromSlug(id.slice("diagnose-".length));
    return value ? { diagnosis: value } : null;
  }
  return null;
}
