import "server-only";
/** Loads what the referral rules need to know about an offer (lib/rules/referrals.ts OfferFacts). */
import type { Tx } from "@/lib/db/types";
import type { OfferFacts } from "@/lib/rules/referrals";
import { isoDateOfColumn } from "@/lib/calendar/date-column";

const isoDay = (value: Date | null) => (value ? isoDateOfColumn(value) : null); // @db.Date columns arrive as UTC midnight

export const offerFactsSelect = {
  id: true,
  title: true,
  ownerId: true,
  status: true,
  capacity: true,
  validFrom: true,
  validTo: true,
  durationWeeks: true,
  owner: { select: { kind: true, name: true } },
  partnerArrangements: { select: { citizenMunicipalityId: true, validFrom: true, validTo: true } },
} as const;

type OfferRow = {
  id: string;
  ownerId: string;
  status: OfferFacts["status"];
  capacity: OfferFacts["capacity"];
  validFrom: Date | null;
  validTo: Date | null;
  owner: { kind: OfferFacts["ownerKind"] };
  partnerArrangements: { citizenMunicipalityId: string; validFrom: Date | null; validTo: Date | null }[];
};

export function toOfferFacts(row: OfferRow): OfferFacts {
  return {
    id: row.id,
    ownerId: row.ownerId,
    ownerKind: row.owner.kind,
    status: row.status,
    capacity: row.capacity,
    validFrom: isoDay(row.validFrom),
    validTo: isoDay(row.validTo),
    partners: row.partnerArrangements.map((p) => ({ citizenMunicipalityId: p.citizenMunicipalityId, validFrom: isoDay(p.validFrom), validTo: isoDay(p.validTo) })),
  };
}

/** The offer and its facts, or null when it does not exist. Offers are public once published; the rule refuses the rest. */
export async function loadOffer(tx: Tx, offerId: string) {
  const row = await tx.offer.findUnique({ where: { id: offerId }, select: offerFactsSelect });
  return row ? { row, facts: toOfferFacts(row) } : null;
}
