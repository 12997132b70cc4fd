/**
 * Who may do what with prevention offers (forebyggelsestilbud), as pure decisions over plain data:
 * no database, no Next, no React. The domain operations in lib/domain/offers call these inside their
 * transaction; pages may call them to hide buttons.
 *
 * In words (docs/product.md, capability 2, and issue 4):
 * - Offers are owned by a municipality, or by the region for specialised, disease-specific offers.
 * - Only coordinators of the owning organisation create, edit, publish, archive and confirm its
 *   offers, and manage its partner arrangements. Nobody else — not the administrator, not another
 *   municipality's coordinator, not a caseworker of the owner.
 * - Drafts and archived offers are visible to the owner's own members only; everyone (GPs, the public,
 *   signed out) sees published offers.
 * - The region owns disease-specific offers only. A municipality may own a disease-specific offer only
 *   when the agreement's four conditions are confirmed: a patient base exists, and no specialist
 *   doctor, no specialised interdisciplinary team and no hospital equipment is needed.
 * - Publishing needs the mandatory fields (publishReadiness) and the confirmation that the offer meets
 *   the jointly agreed standards (seed 000).
 * - Freshness: an offer is stale when its last confirmation is older than its review interval.
 */
import type { Diagnosis, OfferFormat, OfferScope, OfferStatus, OrganisationKind, ReferralRoute, RiskFactor, Capacity } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { allow, deny, type Decision } from "./decision";

/** The kinds of organisation that can own offers. */
export const OFFER_OWNER_KINDS: readonly OrganisationKind[] = ["MUNICIPALITY", "REGION"];

export type OfferOwnerRef = { id: string; kind: OrganisationKind };
/** The bits of an offer the rules need. */
export type OfferRef = { ownerId: string; ownerKind: OrganisationKind; status: OfferStatus };

/** The organisations whose offers this actor maintains: coordinator memberships in a municipality or region. */
export function offerOwnerIdsFor(actor: Actor | null | undefined): string[] {
  if (!actor) return [];
  return actor.memberships
    .filter((m) => m.role === "COORDINATOR" && OFFER_OWNER_KINDS.includes(m.organisationKind))
    .map((m) => m.organisationId);
}

/** Any membership (coordinator, caseworker, reader) in the owning organisation: may see its drafts. */
function isMemberOf(actor: Actor, organisationId: string): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId);
}

/** Creating an offer for an owner: a coordinator of that very municipality or region. */
export function canCreateOffer(actor: Actor | null | undefined, owner: OfferOwnerRef): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (!OFFER_OWNER_KINDS.includes(owner.kind)) return deny("offers.reason.ownerKind");
  if (!offerOwnerIdsFor(actor).includes(owner.id)) return deny("offers.reason.notOwner");
  return allow();
}

/** Reading an offer: published for everyone; drafts and archived offers for the owner's members. */
export function canViewOffer(actor: Actor | null | undefined, offer: OfferRef): Decision {
  if (offer.status === "PUBLISHED") return allow();
  if (actor && isMemberOf(actor, offer.ownerId)) return allow();
  return deny("offers.reason.notPublished");
}

/** Changing an offer in any way (edit, publish, archive, confirm, partners): the owner's coordinators. */
export function canChangeOffer(actor: Actor | null | undefined, offer: OfferRef): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (!offerOwnerIdsFor(actor).includes(offer.ownerId)) return deny("offers.reason.notOwner");
  return allow();
}

export const canEditOffer = canChangeOffer;
export const canPublishOffer = canChangeOffer;
export const canArchiveOffer = canChangeOffer;
export const canConfirmOffer = canChangeOffer;
export const canManagePartnerArrangements = canChangeOffer;

export type OfferAction = "edit" | "publish" | "archive" | "confirm" | "reopen";

/**
 * The state machine: DRAFT → PUBLISHED → ARCHIVED, DRAFT → ARCHIVED, ARCHIVED → DRAFT (reopen).
 * Confirming "still correct" is meaningful for a published offer only.
 */
const TRANSITIONS: Readonly<Record<OfferAction, Readonly<Record<OfferStatus, string | null>>>> = {
  edit: { DRAFT: null, PUBLISHED: null, ARCHIVED: "offers.reason.archived" },
  publish: { DRAFT: null, PUBLISHED: "offers.reason.alreadyPublished", ARCHIVED: "offers.reason.archived" },
  archive: { DRAFT: null, PUBLISHED: null, ARCHIVED: "offers.reason.alreadyArchived" },
  confirm: { DRAFT: "offers.reason.notPublished", PUBLISHED: null, ARCHIVED: "offers.reason.archived" },
  reopen: { DRAFT: "offers.reason.notArchived", PUBLISHED: "offers.reason.notArchived", ARCHIVED: null },
};

export function offerTransition(from: OfferStatus, action: OfferAction): Decision {
  const reason = TRANSITIONS[action]?.[from];
  if (reason === undefined) return deny("offers.reason.transition"); // unknown status or action: fail closed
  return reason === null ? allow() : deny(reason);
}

/** The status an action leads to. */
export function statusAfter(from: OfferStatus, action: OfferAction): OfferStatus {
  switch (action) {
    case "publish":
      return "PUBLISHED";
    case "archive":
      return "ARCHIVED";
    case "reopen":
      return "DRAFT";
    default:
      return from;
  }
}

/** The four conditions of the agreement under which a municipality may own a disease-specific offer. */
export const SPECIALISED_CONDITIONS = [
  "conditionPatientBase",
  "conditionNoSpecialistDoctor",
  "conditionNoSpecialisedTeam",
  "conditionNoHospitalEquipment",
] as const;
export type SpecialisedCondition = (typeof SPECIALISED_CONDITIONS)[number];

/**
 * May this kind of owner own an offer of this scope? Decision table:
 *
 * | owner        | GENERAL | DISEASE_SPECIFIC, conditions confirmed | DISEASE_SPECIFIC, not confirmed |
 * |--------------|---------|-----------------------------------------|---------------------------------|
 * | MUNICIPALITY | allowed | allowed                                 | specialisedConditionsMissing    |
 * | REGION       | regionDiseaseSpecificOnly | allowed               | allowed                         |
 * | other        | ownerKind | ownerKind                             | ownerKind                       |
 */
export function canOwnScope(ownerKind: OrganisationKind, scope: OfferScope, specialisedConditionsConfirmed: boolean): Decision {
  if (ownerKind === "MUNICIPALITY") {
    if (scope === "GENERAL") return allow();
    if (scope === "DISEASE_SPECIFIC") return specialisedConditionsConfirmed ? allow() : deny("offers.reason.specialisedConditionsMissing");
  }
  if (ownerKind === "REGION") {
    if (scope === "DISEASE_SPECIFIC") return allow();
    if (scope === "GENERAL") return deny("offers.reason.regionDiseaseSpecificOnly");
  }
  return deny("offers.reason.ownerKind");
}

/** A partner arrangement lets another municipality's citizens use the offer. */
export function canAddPartner(owner: OfferOwnerRef, citizenMunicipality: OfferOwnerRef): Decision {
  if (citizenMunicipality.kind !== "MUNICIPALITY") return deny("offers.reason.partnerNotMunicipality");
  if (citizenMunicipality.id === owner.id) return deny("offers.reason.partnerSelf");
  return allow();
}

/** What publishing checks: the offer as it would be published. */
export type PublishCandidate = {
  title: string;
  summary: string;
  description: string;
  riskFactors: readonly RiskFactor[];
  diagnoses: readonly Diagnosis[];
  targetGroup: string;
  formats: readonly OfferFormat[];
  schedule?: string | null;
  languages: readonly string[];
  contactPhone?: string | null;
  contactEmail?: string | null;
  referralRoute: ReferralRoute;
  entryPointLocationNumber?: string | null;
  capacity: Capacity;
  waitingWeeksMin?: number | null;
  waitingWeeksMax?: number | null;
  locationCount: number;
};

const blank = (value: string | null | undefined) => !value || value.trim() === "";

/**
 * The mandatory fields of a published offer — what a GP needs to refer (content, time, place, target
 * group, procedure). Returns field errors (message keys per form field); empty means ready.
 */
export function publishReadiness(offer: PublishCandidate): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(key);
  if (blank(offer.title)) add("title", "validation.required");
  if (blank(offer.summary)) add("summary", "validation.required");
  if (blank(offer.description)) add("description", "offers.validation.requiredToPublish");
  if (offer.riskFactors.length === 0 && offer.diagnoses.length === 0) add("riskFactors", "offers.validation.topicRequired");
  if (blank(offer.targetGroup)) add("targetGroup", "offers.validation.requiredToPublish");
  if (offer.formats.length === 0) add("formats", "offers.validation.chooseOneToPublish");
  if (blank(offer.schedule)) add("schedule", "offers.validation.requiredToPublish");
  if (offer.languages.length === 0) add("languages", "offers.validation.chooseOneToPublish");
  if (blank(offer.contactPhone) && blank(offer.contactEmail)) add("contactPhone", "offers.validation.contactRequired");
  if (offer.referralRoute !== "DIRECT_ACCESS" && blank(offer.entryPointLocationNumber)) {
    add("entryPointLocationNumber", "offers.validation.entryPointRequired");
  }
  if (offer.capacity === "WAITING_LIST" && (offer.waitingWeeksMin == null || offer.waitingWeeksMax == null)) {
    add("waitingWeeksMin", "offers.validation.waitingBandRequired");
  }
  const onlineOnly = offer.formats.length > 0 && offer.formats.every((f) => f === "ONLINE");
  if (!onlineOnly && offer.locationCount === 0) add("locations.0.name", "offers.validation.locationRequired");
  return errors;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the offer must next be confirmed correct. */
export function reviewDueAt(offer: { lastConfirmedAt: Date; reviewIntervalDays: number }): Date {
  return new Date(offer.lastConfirmedAt.getTime() + offer.reviewIntervalDays * DAY_MS);
}

/** Not confirmed correct within its review interval: on the owner's worklist, and the day the owner is notified. */
export function isStale(offer: { lastConfirmedAt: Date; reviewIntervalDays: number }, now: Date = new Date()): boolean {
  return reviewDueAt(offer).getTime() < now.getTime();
}

/**
 * Days between the review date and the public "not recently confirmed" mark. On the review date the
 * municipality's coordinators are notified (the offer-review job); a busy coordinator gets two weeks
 * to confirm before GPs and citizens are told the offer may be out of date.
 */
export const PUBLIC_STALE_GRACE_DAYS = 14;

/** Shown publicly as "not recently confirmed" (lookup, offer page, open data, export): stale past the grace. */
export function isPubliclyStale(offer: { lastConfirmedAt: Date; reviewIntervalDays: number }, now: Date = new Date()): boolean {
  return reviewDueAt(offer).getTime() + PUBLIC_STALE_GRACE_DAYS * DAY_MS < now.getTime();
}
