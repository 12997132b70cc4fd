import "server-only";
/**
 * The steps the offer-changing operations share: load the offer scoped to the actor and decide
 * (steps 3–4 of the pipeline), write with the optimistic version (step 6), and turn the form's fields
 * into columns. Each operation file reads as the pipeline and calls these.
 */
import type { Tx } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OfferScope, OrganisationKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { canChangeOffer, canOwnScope, offerTransition, SPECIALISED_CONDITIONS, type OfferAction } from "@/lib/rules/offers";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed } from "@/lib/domain/pipeline";
import { offerDetailSelect, toOfferDto, type OfferDto } from "./dto";
import { visibleOffersWhere } from "./scope";
import type { OfferFieldsInput } from "./schemas";

/**
 * Loads an offer for a change: not visible → NotFoundError (another municipality's draft is as absent
 * as a missing one); visible but not the actor's to change → ForbiddenError; the action impossible in
 * the offer's status → ConflictError with the rule's reason.
 */
export async function loadOfferForChange(tx: Tx, actor: Actor, offerId: string, action: OfferAction): Promise<OfferDto> {
  const row = await tx.offer.findFirst({ where: { AND: [{ id: offerId }, visibleOffersWhere(actor)] }, select: offerDetailSelect });
  if (!row) throw new NotFoundError();
  ensureAllowed(canChangeOffer(actor, { ownerId: row.ownerId, ownerKind: row.owner.kind, status: row.status }));
  const transition = offerTransition(row.status, action);
  if (!transition.allowed) throw new ConflictError(transition.reason);
  return toOfferDto(row);
}

/** Writes with the version the actor saw; 0 rows → someone else changed it first. */
export async function updateVersioned(tx: Tx, offerId: string, version: number, data: Prisma.OfferUpdateManyMutationInput): Promise<void> {
  const { count } = await tx.offer.updateMany({ where: { id: offerId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
}

export async function reloadOffer(tx: Tx, offerId: string): Promise<OfferDto> {
  return toOfferDto(await tx.offer.findUniqueOrThrow({ where: { id: offerId }, select: offerDetailSelect }));
}

export function allSpecialisedConditions(input: OfferFieldsInput): boolean {
  return SPECIALISED_CONDITIONS.every((condition) => input[condition]);
}

/**
 * The ownership rule for the offer's scope (region: disease-specific only; municipality: disease-specific
 * only with the four conditions), reported at the form field it concerns.
 */
export function ensureScopeAllowed(ownerKind: OrganisationKind, scope: OfferScope, conditionsConfirmed: boolean): void {
  const decision = canOwnScope(ownerKind, scope, conditionsConfirmed);
  if (decision.allowed) return;
  const field = decision.reason === "offers.reason.specialisedConditionsMissing" ? "specialisedConditions" : "scope";
  throw new InvalidError("errors.invalid", { [field]: [decision.reason] });
}

/** The offer's own columns from the form's fields (locations are written separately). */
export function offerColumns(input: OfferFieldsInput, specialisedConditionsConfirmedAt: Date | null) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    riskFactors: input.riskFactors,
    diagnoses: input.diagnoses,
    scope: input.scope,
    orientation: input.orientation,
    targetAgeMin: input.targetAgeMin ?? null,
    targetAgeMax: input.targetAgeMax ?? null,
    targetGroup: input.targetGroup,
    formats: input.formats,
    sessions: input.sessions ?? null,
    durationWeeks: input.durationWeeks ?? null,
    schedule: input.schedule ?? null,
    languages: input.languages,
    afterHours: input.afterHours,
    specialNeedsSupport: input.specialNeedsSupport ?? null,
    relativesWelcome: input.relativesWelcome,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    contactEmail: input.contactEmail ?? null,
    referralRoute: input.referralRoute,
    entryPointLocationNumber: input.entryPointLocationNumber ?? null,
    capacity: input.capacity,
    waitingWeeksMin: input.capacity === "WAITING_LIST" ? (input.waitingWeeksMin ?? null) : null,
    waitingWeeksMax: input.capacity === "WAITING_LIST" ? (input.waitingWeeksMax ?? null) : null,
    evidenceBase: input.evidenceBase ?? null,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    reviewIntervalDays: input.reviewIntervalDays,
    specialisedConditionsConfirmedAt,
  };
}

export function locationRows(input: OfferFieldsInput) {
  return input.locations.map((l, position) => ({
    name: l.name,
    address: l.address,
    postalCode: l.postalCode,
    city: l.city,
    accessibility: l.accessibility ?? null,
    position,
  }));
}
