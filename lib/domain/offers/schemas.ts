/**
 * Input schemas of the offer operations. Naming scheme as in lib/domain/users/schemas.ts: the schema
 * of operation `fooBar` is `fooBarInput`; its parsed type is `FooBarInput`. Inputs arrive as form
 * strings (lib/domain/offers/form-input.ts turns a FormData into a plain object with arrays) or as
 * plain objects from tests and scripts, so numbers are coerced, empty optional fields count as absent,
 * and a checkbox is true for "on" / "true" / "1" / true.
 */
import { z } from "zod";
import { Capacity, Diagnosis, OfferFormat, OfferOrientation, OfferScope, ReferralRoute, RiskFactor } from "@/lib/generated/prisma/enums";
import {
  diagnosisFromSlug,
  formatFromSlug,
  LANGUAGE_CODES,
  referralRouteFromSlug,
  riskFactorFromSlug,
} from "@/lib/offers/vocabulary";
import { checkbox, email, emptyToUndefined, formList, id, isoDate, optional, optionalInt, optionalText, searchText, text, version } from "@/lib/validation/primitives";

/** A date from <input type="date">, optional ("" → not given). */
const date = optional(isoDate);
const int = optionalInt;

const locationInput = z.object({
  name: text().min(1).max(200),
  address: text().min(1).max(200),
  postalCode: text().regex(/^\d{4}$/, { error: "validation.offerPostalCode" }),
  city: text().min(1).max(100),
  accessibility: optionalText(500, { multiline: true }),
});

/** Location rows the coordinator left completely empty are dropped (the form always shows a few rows). */
const locations = z.preprocess(
  (v) =>
    Array.isArray(v)
      ? v.filter((row) => row && typeof row === "object" && Object.values(row as Record<string, unknown>).some((x) => typeof x === "string" && x.trim() !== ""))
      : v === undefined
        ? []
        : v,
  z.array(locationInput).max(5),
);

/** Every field of product.md an offer has; shared by create and update. */
const offerFields = z.object({
  title: text().min(3).max(200),
  summary: text({ multiline: true }).min(1).max(500),
  description: z.preprocess((v) => v ?? "", text({ multiline: true }).max(10_000)),
  riskFactors: formList(z.enum(RiskFactor, { error: "validation.choose" })),
  diagnoses: formList(z.enum(Diagnosis, { error: "validation.choose" })),
  scope: z.preprocess((v) => emptyToUndefined(v) ?? "GENERAL", z.enum(OfferScope, { error: "validation.choose" })),
  orientation: z.preprocess((v) => emptyToUndefined(v) ?? "CITIZEN", z.enum(OfferOrientation, { error: "validation.choose" })),
  targetAgeMin: int(0, 120),
  targetAgeMax: int(0, 120),
  targetGroup: z.preprocess((v) => v ?? "", text({ multiline: true }).max(1000)),
  formats: formList(z.enum(OfferFormat, { error: "validation.choose" })),
  sessions: int(1, 500),
  durationWeeks: int(1, 260),
  schedule: optionalText(1000, { multiline: true }),
  languages: formList(z.enum(LANGUAGE_CODES, { error: "validation.choose" })),
  afterHours: checkbox,
  specialNeedsSupport: optionalText(1000, { multiline: true }),
  relativesWelcome: checkbox,
  contactName: optionalText(200),
  contactPhone: optional(text().regex(/^\+?[\d ]{8,16}$/, { error: "validation.offerPhone" })),
  contactEmail: optional(email),
  referralRoute: z.preprocess((v) => emptyToUndefined(v) ?? "CLARIFYING_CONVERSATION", z.enum(ReferralRoute, { error: "validation.choose" })),
  entryPointLocationNumber: optional(text().regex(/^\d{13}$/, { error: "validation.offerLocationNumber" })),
  capacity: z.preprocess((v) => emptyToUndefined(v) ?? "OPEN", z.enum(Capacity, { error: "validation.choose" })),
  waitingWeeksMin: int(0, 104),
  waitingWeeksMax: int(0, 104),
  evidenceBase: optionalText(2000, { multiline: true }),
  validFrom: date,
  validTo: date,
  reviewIntervalDays: z.preprocess((v) => emptyToUndefined(v) ?? 180, z.coerce.number({ error: "validation.number" }).int().min(30).max(730)),
  conditionPatientBase: checkbox,
  conditionNoSpecialistDoctor: checkbox,
  conditionNoSpecialisedTeam: checkbox,
  conditionNoHospitalEquipment: checkbox,
  locations,
});

type OfferFieldsShape = z.output<typeof offerFields>;

/** Cross-field checks: ranges run low to high. */
function checkRanges(value: OfferFieldsShape, ctx: z.RefinementCtx) {
  if (value.targetAgeMin != null && value.targetAgeMax != null && value.targetAgeMin > value.targetAgeMax) {
    ctx.addIssue({ code: "custom", path: ["targetAgeMax"], message: "validation.offerRangeOrder" });
  }
  if (value.waitingWeeksMin != null && value.waitingWeeksMax != null && value.waitingWeeksMin > value.waitingWeeksMax) {
    ctx.addIssue({ code: "custom", path: ["waitingWeeksMax"], message: "validation.offerRangeOrder" });
  }
  if (value.validFrom && value.validTo && value.validFrom > value.validTo) {
    ctx.addIssue({ code: "custom", path: ["validTo"], message: "validation.offerRangeOrder" });
  }
}

export const createOfferInput = offerFields.extend({ ownerId: optional(id) }).superRefine(checkRanges);
export type CreateOfferInput = z.output<typeof createOfferInput>;

export const updateOfferInput = offerFields.extend({ offerId: id, version }).superRefine(checkRanges);
export type UpdateOfferInput = z.output<typeof updateOfferInput>;

export type OfferFieldsInput = OfferFieldsShape;

export const publishOfferInput = z.object({
  offerId: id,
  version,
  // Seed 000: only offers meeting the jointly agreed standards may be published.
  standardsConfirmed: checkbox.pipe(z.literal(true, { error: "validation.offerStandardsRequired" })),
});
export type PublishOfferInput = z.output<typeof publishOfferInput>;

export const archiveOfferInput = z.object({ offerId: id, version });
export type ArchiveOfferInput = z.output<typeof archiveOfferInput>;

export const reopenOfferInput = z.object({ offerId: id, version });
export type ReopenOfferInput = z.output<typeof reopenOfferInput>;

export const confirmOfferInput = z.object({ offerId: id, version });
export type ConfirmOfferInput = z.output<typeof confirmOfferInput>;

export const getOfferInput = z.object({ offerId: id });
export type GetOfferInput = z.output<typeof getOfferInput>;

export const addPartnerArrangementInput = z
  .object({
    offerId: id,
    citizenMunicipalityId: text({ missing: "validation.choose" }).min(1, { error: "validation.choose" }).max(100),
    validFrom: date,
    validTo: date,
    note: optionalText(500, { multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (value.validFrom && value.validTo && value.validFrom > value.validTo) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "validation.offerRangeOrder" });
    }
  });
export type AddPartnerArrangementInput = z.output<typeof addPartnerArrangementInput>;

export const removePartnerArrangementInput = z.object({ arrangementId: id });
export type RemovePartnerArrangementInput = z.output<typeof removePartnerArrangementInput>;

export const OFFERS_PAGE_SIZE = 20;

/** A query-string value that is invalid is dropped, not an error: a shared link should still work. */
const lenient = <T extends z.ZodType>(schema: T) => optional(schema).catch(undefined);
const slug = <T>(fromSlug: (s: string | undefined) => T | undefined) =>
  lenient(text().transform((s, ctx) => fromSlug(s) ?? (ctx.addIssue({ code: "custom", message: "validation.choose" }), z.NEVER)));

/**
 * The GP lookup's query string (Danish parameter names, readable slugs): q, kommune, risikofaktor,
 * diagnose, alder, format, sprog, aften, henvisning, side.
 */
export const searchOffersInput = z.object({
  q: lenient(searchText(200)),
  kommune: lenient(text().regex(/^\d{3}$/)),
  risikofaktor: slug(riskFactorFromSlug),
  diagnose: slug(diagnosisFromSlug),
  alder: lenient(z.coerce.number().int().min(0).max(120)),
  format: slug(formatFromSlug),
  sprog: lenient(z.enum(LANGUAGE_CODES)),
  aften: lenient(z.literal("1")),
  henvisning: slug(referralRouteFromSlug),
  side: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).optional()).catch(undefined),
});
export type SearchOffersInput = z.output<typeof searchOffersInput>;

export const coverageInput = z.object({
  kommune: lenient(text().regex(/^\d{3}$/)),
  region: lenient(text().regex(/^\d{4}$/)),
});
export type CoverageInput = z.output<typeof coverageInput>;

const page = z.preprocess((v) => emptyToUndefined(v) ?? 1, z.coerce.number({ error: "validation.number" }).int().min(1).max(100_000));
const perPage = z.preprocess((v) => emptyToUndefined(v) ?? 50, z.coerce.number({ error: "validation.number" }).int().min(1).max(200));

/** Open data, HSDS 3.0 query parameters of GET /api/hsds/services. */
export const listHsdsServicesInput = z.object({
  search: optional(searchText(200)),
  /** One term id or several separated by commas (ORed), e.g. "risikofaktor-rygning,diagnose-kol". */
  taxonomy_term_id: optional(text({ multiline: true }).max(1000)),
  organization_id: optional(id),
  modified_after: optional(z.iso.datetime({ offset: true, error: "validation.date" }).or(z.iso.date({ error: "validation.date" }))),
  page,
  per_page: perPage,
});
export type ListHsdsServicesInput = z.output<typeof listHsdsServicesInput>;

export const getHsdsServiceInput = z.object({ id });
export type GetHsdsServiceInput = z.output<typeof getHsdsServiceInput>;

export const listHsdsOrganizationsInput = z.object({ search: optional(searchText(200)), page, per_page: perPage });
export type ListHsdsOrganizationsInput = z.output<typeof listHsdsOrganizationsInput>;
