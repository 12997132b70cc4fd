import type { OfferDto } from "@/lib/domain/offers/dto";
import { SPECIALISED_CONDITIONS } from "@/lib/rules/offers";
import type { OfferFormDefaults } from "./offer-form";
import { isoDateOfColumn } from "@/lib/calendar/date-column";

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
const isoDay = (d: Date | null) => (d ? isoDateOfColumn(d) : "");

/** A new offer's form: the owner's entry point, clarifying conversation first, open, Danish, review every 180 days. */
export function newOfferDefaults(owner: { id: string; referralLocationNumber: string | null } | undefined): OfferFormDefaults {
  return {
    ownerId: owner?.id,
    text: {
      scope: "GENERAL",
      orientation: "CITIZEN",
      referralRoute: "CLARIFYING_CONVERSATION",
      capacity: "OPEN",
      reviewIntervalDays: "180",
      entryPointLocationNumber: owner?.referralLocationNumber ?? "",
    },
    riskFactors: [],
    diagnoses: [],
    formats: [],
    languages: ["da"],
    checks: {},
    locations: [],
  };
}

/** An existing offer's form. */
export function offerDefaults(offer: OfferDto): OfferFormDefaults {
  const conditionsConfirmed = offer.specialisedConditionsConfirmedAt !== null;
  return {
    offerId: offer.id,
    version: offer.version,
    ownerId: offer.owner.id,
    text: {
      title: offer.title,
      summary: offer.summary,
      description: offer.description,
      scope: offer.scope,
      orientation: offer.orientation,
      targetAgeMin: str(offer.targetAgeMin),
      targetAgeMax: str(offer.targetAgeMax),
      targetGroup: offer.targetGroup,
      sessions: str(offer.sessions),
      durationWeeks: str(offer.durationWeeks),
      schedule: str(offer.schedule),
      specialNeedsSupport: str(offer.specialNeedsSupport),
      contactName: str(offer.contactName),
      contactPhone: str(offer.contactPhone),
      contactEmail: str(offer.contactEmail),
      referralRoute: offer.referralRoute,
      entryPointLocationNumber: str(offer.entryPointLocationNumber),
      capacity: offer.capacity,
      waitingWeeksMin: str(offer.waitingWeeksMin),
      waitingWeeksMax: str(offer.waitingWeeksMax),
      evidenceBase: str(offer.evidenceBase),
      validFrom: isoDay(offer.validFrom),
      validTo: isoDay(offer.validTo),
      reviewIntervalDays: String(offer.reviewIntervalDays),
    },
    riskFactors: offer.riskFactors,
    diagnoses: offer.diagnoses,
    formats: offer.formats,
    languages: offer.languages,
    checks: {
      afterHours: offer.afterHours,
      relativesWelcome: offer.relativesWelcome,
      ...Object.fromEntries(SPECIALISED_CONDITIONS.map((c) => [c, conditionsConfirmed])),
    },
    locations: offer.locations.map((l) => ({ name: l.name, address: l.address, postalCode: l.postalCode, city: l.city, accessibility: l.accessibility ?? "" })),
  };
}
