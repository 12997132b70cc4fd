import "server-only";
import { db } from "@/lib/db/client";
import { forgetOfferSearches } from "./search-cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canManagePartnerArrangements } from "@/lib/rules/offers";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { removePartnerArrangementInput } from "./schemas";
import { visibleOffersWhere } from "./scope";

/** The owner's coordinator ends a partner arrangement. Audit: "offer.partner.remove". Returns the offer's id. */
export async function removePartnerArrangement(actor: Actor | null, input: unknown): Promise<{ offerId: string }> {
  const data = parseInput(removePartnerArrangementInput, input);
  const current = requireSignedIn(actor);

  const result = await db.$transaction(async (tx) => {
    const arrangement = await tx.partnerArrangement.findFirst({
      // scoped: through an offer the actor can see
      where: { AND: [{ id: data.arrangementId }, { offer: visibleOffersWhere(current) }] },
      select: {
        id: true,
        offerId: true,
        citizenMunicipalityId: true,
        validFrom: true,
        validTo: true,
        note: true,
        offer: { select: { ownerId: true, status: true, owner: { select: { kind: true } } } },
      },
    });
    if (!arrangement) throw new NotFoundError();
    ensureAllowed(
      canManagePartnerArrangements(current, { ownerId: arrangement.offer.ownerId, ownerKind: arrangement.offer.owner.kind, status: arrangement.offer.status }),
    );
    await tx.partnerArrangement.delete({ where: { id: arrangement.id } });
    await recordAuditEvent(tx, current, {
      action: "offer.partner.remove",
      entityType: "PartnerArrangement",
      entityId: arrangement.id,
      before: {
        offerId: arrangement.offerId,
        citizenMunicipalityId: arrangement.citizenMunicipalityId,
        validFrom: arrangement.validFrom,
        validTo: arrangement.validTo,
        note: arrangement.note,
      },
    });
    return { offerId: arrangement.offerId };
  });
  forgetOfferSearches(); // the lookup shows the change at once
  return result;
}
