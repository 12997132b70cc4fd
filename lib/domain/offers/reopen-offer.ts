import "server-only";
import { db } from "@/lib/db/client";
import { forgetOfferSearches } from "./search-cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { reopenOfferInput } from "./schemas";
import { loadOfferForChange, reloadOffer, updateVersioned } from "./change";
import type { OfferDto } from "./dto";

/** The owner's coordinator takes an archived offer back as a draft (to revise and publish again). Audit: "offer.reopen". */
export async function reopenOffer(actor: Actor | null, input: unknown): Promise<OfferDto> {
  const data = parseInput(reopenOfferInput, input);
  const current = requireSignedIn(actor);

  const result = await db.$transaction(async (tx) => {
    const before = await loadOfferForChange(tx, current, data.offerId, "reopen");
    await updateVersioned(tx, before.id, data.version, { status: "DRAFT", archivedAt: null, standardsConfirmedAt: null });
    const after = await reloadOffer(tx, before.id);
    await recordAuditEvent(tx, current, {
      action: "offer.reopen",
      entityType: "Offer",
      entityId: before.id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version },
    });
    return after;
  });
  forgetOfferSearches(); // the lookup shows the change at once
  return result;
}
