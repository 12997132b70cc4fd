import "server-only";
/**
 * What leaves the domain about offers: DTOs for the UI and snapshots for the audit trail. Both pick
 * fields explicitly, so a new column never leaks by default.
 */
import type {
  Capacity,
  Diagnosis,
  OfferFormat,
  OfferOrientation,
  OfferScope,
  OfferStatus,
  OrganisationKind,
  ReferralRoute,
  RiskFactor,
} from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isPubliclyStale, reviewDueAt } from "@/lib/rules/offers";
import { today } from "./scope";

/**
 * The offer's own content as a reader sees it — shared by the portal's DTO (offerDetailSelect) and the
 * HSDS open-data mapping (hsds-select.ts), so a new field is added in one place.
 */
export const offerContentSelect = {
  id: true,
  title: true,
  summary: true,
  description: true,
  riskFactors: true,
  diagnoses: true,
  scope: true,
  orientation: true,
  targetAgeMin: true,
  targetAgeMax: true,
  targetGroup: true,
  formats: true,
  sessions: true,
  durationWeeks: true,
  schedule: true,
  languages: true,
  afterHours: true,
  specialNeedsSupport: true,
  relativesWelcome: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  referralRoute: true,
  entryPointLocationNumber: true,
  capacity: true,
  waitingWeeksMin: true,
  waitingWeeksMax: true,
  evidenceBase: true,
  validFrom: true,
  validTo: true,
  lastConfirmedAt: true,
  reviewIntervalDays: true,
  updatedAt: true,
} as const satisfies Prisma.OfferSelect;

/** The Prisma select that gives an offer everything its DTO needs. */
export const offerDetailSelect = {
  ...offerContentSelect,
  ownerId: true,
  status: true,
  standardsConfirmedAt: true,
  specialisedConditionsConfirmedAt: true,
  publishedAt: true,
  archivedAt: true,
  createdAt: true,
  version: true,
  owner: { select: { id: true, name: true, kind: true, code: true, referralLocationNumber: true, phone: true, email: true, address: true } },
  locations: {
    select: { id: true, name: true, address: true, postalCode: true, city: true, accessibility: true, position: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
  partnerArrangements: {
    select: { id: true, validFrom: true, validTo: true, note: true, citizenMunicipality: { select: { id: true, name: true, code: true } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.OfferSelect;

export type OfferLocationDto = { id: string; name: string; address: string; postalCode: string; city: string; accessibility: string | null };
export type PartnerArrangementDto = {
  id: string;
  citizenMunicipality: { id: string; name: string; code: string | null };
  validFrom: Date | null;
  validTo: Date | null;
  note: string | null;
};

export type OfferDto = {
  id: string;
  owner: { id: string; name: string; kind: OrganisationKind; code: string | null; referralLocationNumber: string | null; phone: string | null; email: string | null; address: string | null };
  title: string;
  summary: string;
  description: string;
  riskFactors: RiskFactor[];
  diagnoses: Diagnosis[];
  scope: OfferScope;
  orientation: OfferOrientation;
  targetAgeMin: number | null;
  targetAgeMax: number | null;
  targetGroup: string;
  formats: OfferFormat[];
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
  referralRoute: ReferralRoute;
  entryPointLocationNumber: string | null;
  capacity: Capacity;
  waitingWeeksMin: number | null;
  waitingWeeksMax: number | null;
  evidenceBase: string | null;
  validFrom: Date | null;
  validTo: Date | null;
  status: OfferStatus;
  standardsConfirmedAt: Date | null;
  specialisedConditionsConfirmedAt: Date | null;
  lastConfirmedAt: Date;
  reviewIntervalDays: number;
  reviewDueAt: Date;
  /** Not confirmed correct within its review interval. */
  stale: boolean;
  /** Past its validity period (a time-limited project that has ended). */
  expired: boolean;
  publishedAt: Date | null;
  archivedAt: Date | null;
  updatedAt: Date;
  /** Sent back by forms that change the offer (optimistic concurrency). */
  version: number;
  locations: OfferLocationDto[];
  partnerArrangements: PartnerArrangementDto[];
};

type OfferRow = Omit<OfferDto, "reviewDueAt" | "stale" | "expired" | "locations" | "partnerArrangements"> & {
  ownerId: string;
  createdAt: Date;
  locations: (OfferLocationDto & { position: number })[];
  partnerArrangements: PartnerArrangementDto[];
};

export function toOfferDto(row: OfferRow, now: Date = new Date()): OfferDto {
  return {
    id: row.id,
    owner: row.owner,
    title: row.title,
    summary: row.summary,
    description: row.description,
    riskFactors: row.riskFactors,
    diagnoses: row.diagnoses,
    scope: row.scope,
    orientation: row.orientation,
    targetAgeMin: row.targetAgeMin,
    targetAgeMax: row.targetAgeMax,
    targetGroup: row.targetGroup,
    formats: row.formats,
    sessions: row.sessions,
    durationWeeks: row.durationWeeks,
    schedule: row.schedule,
    languages: row.languages,
    afterHours: row.afterHours,
    specialNeedsSupport: row.specialNeedsSupport,
    relativesWelcome: row.relativesWelcome,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    referralRoute: row.referralRoute,
    entryPointLocationNumber: row.entryPointLocationNumber,
    capacity: row.capacity,
    waitingWeeksMin: row.waitingWeeksMin,
    waitingWeeksMax: row.waitingWeeksMax,
    evidenceBase: row.evidenceBase,
    validFrom: row.validFrom,
    validTo: row.validTo,
    status: row.status,
    standardsConfirmedAt: row.standardsConfirmedAt,
    specialisedConditionsConfirmedAt: row.specialisedConditionsConfirmedAt,
    lastConfirmedAt: row.lastConfirmedAt,
    reviewIntervalDays: row.reviewIntervalDays,
    reviewDueAt: reviewDueAt(row),
    stale: isPubliclyStale(row, now),
    expired: row.validTo !== null && row.validTo.getTime() < today(now).getTime(),
    publishedAt: row.publishedAt,
    archivedAt: row.archivedAt,
    updatedAt: row.updatedAt,
    version: row.version,
    locations: row.locations.map(({ id, name, address, postalCode, city, accessibility }) => ({ id, name, address, postalCode, city, accessibility })),
    partnerArrangements: row.partnerArrangements,
  };
}

/** The audited state of an offer (no personal data: the contact is a work contact the owner publishes). */
export function offerAuditSnapshot(offer: OfferDto) {
  const { owner, stale: _stale, expired: _expired, reviewDueAt: _due, partnerArrangements: _partners, updatedAt: _updated, locations, ...fields } = offer;
  return {
    ...fields,
    ownerId: owner.id,
    locations: locations.map(({ name, address, postalCode, city, accessibility }) => ({ name, address, postalCode, city, accessibility })),
  };
}
