/**
 * Published offers in the Open Referral HSDS 3.0 shape (service, organization, location, contact,
 * phone, schedule, language, service_area, attribute + taxonomy_term), with the Danish extensions of
 * docs/decisions/007-hsds-danish-extensions.md as `dk_*` properties. Pure: rows in, JSON out.
 *
 * Optional HSDS fields without a value are left out rather than sent as null (the HSDS schema types
 * them as plain strings/numbers). Ids are the portal's own stable ids (cuid strings); child objects
 * that have no row of their own get a derived id (`<offer id>-phone-1`), stable across requests.
 * Nothing personal: a contact is the work contact the owner publishes.
 */
import type { Diagnosis, RiskFactor } from "@/lib/generated/prisma/enums";
import { isPubliclyStale, reviewDueAt } from "@/lib/rules/offers";
import { translator } from "@/lib/i18n/translate";
import { referralLine } from "./referral-line";
import { DIAGNOSIS_SLUG, languageName, RISK_FACTOR_SLUG, taxonomyTermId } from "./vocabulary";
import { isoDateOfColumn } from "@/lib/calendar/date-column";

export const HSDS_TAXONOMY = "dk-forebyggelse";

export type HsdsOwner = {
  id: string;
  name: string;
  kind: string;
  code: string | null;
  referralLocationNumber: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  region: { name: string } | null;
};

export type HsdsOfferRow = {
  id: string;
  title: string;
  summary: string;
  description: string;
  riskFactors: RiskFactor[];
  diagnoses: Diagnosis[];
  scope: string;
  orientation: string;
  targetAgeMin: number | null;
  targetAgeMax: number | null;
  targetGroup: string;
  formats: string[];
  sessions: number | null;
  durationWeeks: number | null;
  schedule: string | null;
  languages: string[];
  afterHours: boolean;
  specialNeedsSupport: string | null;
  relativesWelcome: boolean;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  referralRoute: string;
  entryPointLocationNumber: string | null;
  capacity: string;
  waitingWeeksMin: number | null;
  waitingWeeksMax: number | null;
  evidenceBase: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  lastConfirmedAt: Date;
  reviewIntervalDays: number;
  updatedAt: Date;
  owner: HsdsOwner;
  locations: { id: string; name: string; address: string; postalCode: string; city: string; accessibility: string | null }[];
  partnerArrangements: { citizenMunicipality: { id: string; name: string; code: string | null } }[];
};

type Json = Record<string, unknown>;

/** Drops undefined and null properties (optional HSDS fields are omitted, not null). */
function compact<T extends Json>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null)) as T;
}

const isoDate = (d: Date | null | undefined) => (d ? isoDateOfColumn(d) : undefined);
const da = translator("da");

export function hsdsTaxonomyTerm(kind: "riskFactor" | "diagnosis", value: string) {
  const id = kind === "riskFactor" ? taxonomyTermId.riskFactor(value as RiskFactor) : taxonomyTermId.diagnosis(value as Diagnosis);
  const name = da.key(kind === "riskFactor" ? `offers.riskFactor.${value}` : `offers.diagnosis.${value}`);
  return {
    id,
    code: kind === "riskFactor" ? RISK_FACTOR_SLUG[value as RiskFactor] : DIAGNOSIS_SLUG[value as Diagnosis],
    name,
    description: kind === "riskFactor" ? `Risikofaktor: ${name}` : `Diagnose: ${name}`,
    taxonomy: HSDS_TAXONOMY,
    language: "da",
  };
}

export function hsdsOrganization(owner: HsdsOwner) {
  const kindText = owner.kind === "REGION" ? "Region" : owner.region ? `Kommune i ${owner.region.name}` : "Kommune";
  return compact({
    id: owner.id,
    name: owner.name,
    description: `${kindText}. Udbyder af forebyggelsestilbud.`,
    email: owner.email ?? undefined,
    phones: owner.phone ? [{ id: `${owner.id}-phone-1`, organization_id: owner.id, number: owner.phone, type: "voice" }] : [],
    organization_identifiers: owner.code
      ? [
          {
            id: `${owner.id}-identifier-1`,
            organization_id: owner.id,
            identifier_scheme: owner.kind === "REGION" ? "DK-REGIONSKODE" : "DK-KOMMUNEKODE",
            identifier_type: owner.kind === "REGION" ? "Regionskode" : "Kommunekode",
            identifier: owner.code,
          },
        ]
      : [],
    // Danish extension: the single entry point for electronic referrals.
    dk_referral_location_number: owner.referralLocationNumber ?? undefined,
  });
}

export function hsdsService(offer: HsdsOfferRow, now: Date = new Date()) {
  const stale = isPubliclyStale(offer, now);
  const regionName = offer.owner.kind === "REGION" ? offer.owner.name : (offer.owner.region?.name ?? "Danmark");
  const attributes = [
    ...offer.riskFactors.map((value) => ({ kind: "riskFactor" as const, value })),
    ...offer.diagnoses.map((value) => ({ kind: "diagnosis" as const, value })),
  ].map(({ kind, value }) => {
    const term = hsdsTaxonomyTerm(kind, value);
    return {
      id: `${offer.id}-${term.id}`,
      link_id: offer.id,
      taxonomy_term_id: term.id,
      link_type: kind === "riskFactor" ? "risk_factor" : "diagnosis",
      link_entity: "service",
      value: term.code,
      taxonomy_term: term,
    };
  });
  const phone = offer.contactPhone ?? offer.owner.phone;

  return compact({
    id: offer.id,
    organization_id: offer.owner.id,
    name: offer.title,
    description: offer.description ? `${offer.summary}\n\n${offer.description}` : offer.summary,
    email: offer.contactEmail ?? undefined,
    status: "active",
    application_process: referralLine(
      {
        ownerName: offer.owner.name,
        referralRoute: offer.referralRoute,
        entryPointLocationNumber: offer.entryPointLocationNumber,
        ownerReferralLocationNumber: offer.owner.referralLocationNumber,
        capacity: offer.capacity,
        waitingWeeksMin: offer.waitingWeeksMin,
        waitingWeeksMax: offer.waitingWeeksMax,
        contactPhone: offer.contactPhone,
        ownerPhone: offer.owner.phone,
      },
      da,
    ),
    fees_description: "Gratis for borgeren.",
    eligibility_description: offer.targetGroup || undefined,
    minimum_age: offer.targetAgeMin ?? undefined,
    maximum_age: offer.targetAgeMax ?? undefined,
    assured_date: isoDate(offer.lastConfirmedAt),
    alert: stale ? da("offers.page.staleWarning", { date: isoDate(offer.lastConfirmedAt) ?? "" }) : undefined,
    phones: phone ? [{ id: `${offer.id}-phone-1`, service_id: offer.id, number: phone, type: "voice" }] : [],
    schedules: offer.schedule
      ? [
          compact({
            id: `${offer.id}-schedule-1`,
            service_id: offer.id,
            description: offer.schedule,
            valid_from: isoDate(offer.validFrom),
            valid_to: isoDate(offer.validTo),
            attending_type: offer.formats.map((f) => da.key(`offers.format.${f}`)).join(", ") || undefined,
          }),
        ]
      : [],
    service_areas: [
      { id: offer.owner.id, service_id: offer.id, name: offer.owner.name, description: "Udbyderens eget område" },
      ...offer.partnerArrangements.map((p) => ({
        id: `${offer.id}-area-${p.citizenMunicipality.id}`,
        service_id: offer.id,
        name: p.citizenMunicipality.name,
        description: "Samarbejdsaftale: kommunens borgere kan bruge tilbuddet",
      })),
    ],
    service_at_locations: offer.locations.map((l) => ({
      id: `${offer.id}-at-${l.id}`,
      service_id: offer.id,
      location_id: l.id,
      location: compact({
        id: l.id,
        location_type: "physical",
        name: l.name,
        organization_id: offer.owner.id,
        addresses: [
          {
            id: `${l.id}-address-1`,
            location_id: l.id,
            address_1: l.address,
            city: l.city,
            state_province: regionName,
            postal_code: l.postalCode,
            country: "DK",
            address_type: "physical",
          },
        ],
        accessibility: l.accessibility ? [{ id: `${l.id}-accessibility-1`, location_id: l.id, description: l.accessibility }] : [],
      }),
    })),
    languages: offer.languages.map((code) => ({ id: `${offer.id}-language-${code}`, service_id: offer.id, code, name: languageName(code, "da") })),
    organization: hsdsOrganization(offer.owner),
    contacts:
      offer.contactName || offer.contactEmail || offer.contactPhone
        ? [
            compact({
              id: `${offer.id}-contact-1`,
              service_id: offer.id,
              name: offer.contactName ?? undefined,
              email: offer.contactEmail ?? undefined,
              phones: offer.contactPhone ? [{ id: `${offer.id}-contact-1-phone-1`, contact_id: `${offer.id}-contact-1`, number: offer.contactPhone, type: "voice" }] : [],
            }),
          ]
        : [],
    attributes,
    // ── Danish extensions (docs/decisions/007-hsds-danish-extensions.md) ──
    dk_referral_route: offer.referralRoute,
    dk_entry_point_location_number: offer.entryPointLocationNumber ?? offer.owner.referralLocationNumber ?? undefined,
    dk_capacity: compact({ status: offer.capacity, waiting_weeks_min: offer.waitingWeeksMin ?? undefined, waiting_weeks_max: offer.waitingWeeksMax ?? undefined }),
    dk_freshness: {
      last_confirmed_at: offer.lastConfirmedAt.toISOString(),
      review_interval_days: offer.reviewIntervalDays,
      review_due_at: reviewDueAt(offer).toISOString(),
      stale,
    },
    dk_scope: offer.scope,
    dk_orientation: offer.orientation,
    dk_formats: offer.formats,
    dk_sessions: offer.sessions ?? undefined,
    dk_duration_weeks: offer.durationWeeks ?? undefined,
    dk_after_hours: offer.afterHours,
    dk_relatives_welcome: offer.relativesWelcome,
    dk_special_needs_support: offer.specialNeedsSupport ?? undefined,
    dk_evidence_base: offer.evidenceBase ?? undefined,
    dk_partner_municipalities: offer.partnerArrangements.map((p) => compact({ id: p.citizenMunicipality.id, name: p.citizenMunicipality.name, code: p.citizenMunicipality.code ?? undefined })),
    last_modified: offer.updatedAt.toISOString(),
  });
}

/** The HSDS 3.0 page envelope. */
export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
