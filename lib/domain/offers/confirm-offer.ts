import "server-only";
import { db } from "@/lib/db/client";
import { forgetOfferSearches } from "./search-cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { confirmOfferInput } from "./schemas";
import { loadOfferForChange, reloadOffer, updateVersioned } from "./change";
import type { OfferDto } from "./dto";

/**
 * "Bekræft stadig korrekt": one click by the owner's coordinator resets the freshness clock of a
 * published offer. Audit: "offer.confirm".
 */
export async function confirmOffer(actor: Actor | null, input: unknown): Promise<OfferDto> {
  const data = parseInput(confirmOfferInput, input);
  const current = requireSignedIn(actor);

  const result = await db.$transaction(async (tx) => {
    const before = await loadOfferForChange(tx, current, data.offerId, "confirm");
    await updateVersioned(tx, before.id, data.version, { lastConfirmedAt: new Date() });
    const after = await reloadOffer(tx, before.id);
    await recordAuditEvent(tx, current, {
      action: "offer.confirm",
      entityType: "Offer",
      entityId: before.id,
      before: { lastConfirmedAt: before.lastConfirmedAt, version: before.version },
      after: { lastConfirmedAt: after.lastConfirmedAt, version: after.version },
    });
    return after;
  });
  forgetOfferSearches(); // the lookup shows the change at once
  return result;
}
