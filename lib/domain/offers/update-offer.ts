import "server-only";
import { db } from "@/lib/db/client";
import { forgetOfferSearches } from "./search-cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { publishReadiness } from "@/lib/rules/offers";
import { InvalidError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { updateOfferInput } from "./schemas";
import { allSpecialisedConditions, ensureScopeAllowed, loadOfferForChange, locationRows, offerColumns, reloadOffer, updateVersioned } from "./change";
import { offerAuditSnapshot, type OfferDto } from "./dto";

/**
 * The owner's coordinator saves every field of a draft or published offer. A published offer stays
 * published, so the new values must still pass the publishing checks. Saving is also a confirmation
 * that the offer is correct (lastConfirmedAt). One audit row ("offer.update") with before and after.
 */
export async function updateOffer(actor: Actor | null, input: unknown): Promise<OfferDto> {
  const data = parseInput(updateOfferInput, input);
  const current = requireSignedIn(actor);

  const result = await db.$transaction(async (tx) => {
    const before = await loadOfferForChange(tx, current, data.offerId, "edit");
    const conditions = allSpecialisedConditions(data);
    ensureScopeAllowed(before.owner.kind, data.scope, conditions);
    if (before.status === "PUBLISHED") {
      const missing = publishReadiness({ ...data, locationCount: data.locations.length });
      if (Object.keys(missing).length > 0) throw new InvalidError("offers.error.publishedNeedsFields", missing);
    }

    const now = new Date();
    const conditionsAt = data.scope === "DISEASE_SPECIFIC" && conditions ? (before.specialisedConditionsConfirmedAt ?? now) : null;
    await updateVersioned(tx, before.id, data.version, { ...offerColumns(data, conditionsAt), lastConfirmedAt: now });
    await tx.offerLocation.deleteMany({ where: { offerId: before.id } });
    await tx.offerLocation.createMany({ data: locationRows(data).map((row) => ({ ...row, offerId: before.id })) });

    const after = await reloadOffer(tx, before.id);
    await recordAuditEvent(tx, current, {
      action: "offer.update",
      entityType: "Offer",
      entityId: before.id,
      before: offerAuditSnapshot(before),
      after: offerAuditSnapshot(after),
    });
    return after;
  });
  forgetOfferSearches(); // the lookup shows the change at once
  return result;
}
