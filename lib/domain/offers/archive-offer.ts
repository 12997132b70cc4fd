import "server-only";
import { db } from "@/lib/db/client";
import { forgetOfferSearches } from "./search-cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { archiveOfferInput } from "./schemas";
import { loadOfferForChange, reloadOffer, updateVersioned } from "./change";
import type { OfferDto } from "./dto";

/** The owner's coordinator archives a draft or published offer: it leaves the lookup and the API. Audit: "offer.archive". */
export async function archiveOffer(actor: Actor | null, input: unknown): Promise<OfferDto> {
  const data = parseInput(archiveOfferInput, input);
  const current = requireSignedIn(actor);

  const result = await db.$transaction(async (tx) => {
    const before = await loadOfferForChange(tx, current, data.offerId, "archive");
    await updateVersioned(tx, before.id, data.version, { status: "ARCHIVED", archivedAt: new Date() });
    const after = await reloadOffer(tx, before.id);
    await recordAuditEvent(tx, current, {
      action: "offer.archive",
      entityType: "Offer",
      entityId: before.id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, archivedAt: after.archivedAt },
    });
    return after;
  });
  forgetOfferSearches(); // the lookup shows the change at once
  return result;
}
