import "server-only";
import { db } from "@/lib/db/client";
import { forgetOfferSearches } from "./search-cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { publishReadiness } from "@/lib/rules/offers";
import { InvalidError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { publishOfferInput } from "./schemas";
import { ensureScopeAllowed, loadOfferForChange, reloadOffer, updateVersioned } from "./change";
import type { OfferDto } from "./dto";

/**
 * The owner's coordinator publishes a draft: the mandatory fields must be there, the scope must be
 * one the owner may own, and the coordinator confirms that the offer meets the jointly agreed
 * standards (seed 000). Publishing also confirms the offer correct today. Audit: "offer.publish".
 */
export async function publishOffer(actor: Actor | null, input: unknown): Promise<OfferDto> {
  const data = parseInput(publishOfferInput, input);
  const current = requireSignedIn(actor);

  const result = await db.$transaction(async (tx) => {
    const before = await loadOfferForChange(tx, current, data.offerId, "publish");
    ensureScopeAllowed(before.owner.kind, before.scope, before.specialisedConditionsConfirmedAt !== null);
    const missing = publishReadiness({ ...before, locationCount: before.locations.length });
    if (Object.keys(missing).length > 0) throw new InvalidError("offers.error.missingToPublish", missing);

    const now = new Date();
    await updateVersioned(tx, before.id, data.version, { status: "PUBLISHED", publishedAt: now, standardsConfirmedAt: now, lastConfirmedAt: now });
    const after = await reloadOffer(tx, before.id);
    await recordAuditEvent(tx, current, {
      action: "offer.publish",
      entityType: "Offer",
      entityId: before.id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, publishedAt: after.publishedAt, standardsConfirmedAt: after.standardsConfirmedAt },
    });
    return after;
  });
  forgetOfferSearches(); // the lookup shows the change at once
  return result;
}
