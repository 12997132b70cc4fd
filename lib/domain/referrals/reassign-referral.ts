import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { reassignTargetFor } from "@/lib/rules/referrals";
import { danishDate } from "@/lib/calendar";
import { InvalidError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { municipalStaffIds } from "@/lib/domain/notifications/notify";
import { reassignReferralInput } from "./schemas";
import { runTransition } from "./transition";
import { loadOffer } from "./offer-facts";
import type { ReferralChangeDto } from "./dto";

/**
 * Staff of the receiving municipality place the citizen in another offer — after a clarifying
 * conversation, instead of a rejection, or because another offer fits better. The new offer follows
 * the same receiver rule as a new referral (an offer of the residence municipality, or of a partner
 * that offers it to its citizens); when it belongs to a partner, the partner becomes the receiving
 * municipality and the reassigning one keeps read access. The history is kept (an event with the
 * old and new offer); the GP and, for a partner, the partner's staff are notified.
 */
export async function reassignReferral(actor: Actor | null, input: unknown): Promise<ReferralChangeDto> {
  const data = parseInput(reassignReferralInput, input);
  return runTransition(actor, "reassign", data, async ({ tx, referral, now }) => {
    const offer = await loadOffer(tx, data.offerId);
    if (!offer) throw new InvalidError("errors.invalid", { offerId: ["referrals.reason.offerNotPublished"] });
    const target = reassignTargetFor({ residenceMunicipalityId: referral.residenceMunicipalityId, offerId: referral.offerId }, offer.facts, danishDate(now));
    if (!target.allowed) throw new InvalidError("errors.invalid", { offerId: [target.reason] });

    const movesToPartner = target.receivingMunicipalityId !== referral.receivingMunicipalityId;
    const notify: { userIds: string[]; kind: "REFERRAL_REASSIGNED" | "REFERRAL_NEW"; params?: Record<string, string> }[] = [
      { userIds: [referral.referringUserId], kind: "REFERRAL_REASSIGNED", params: { offer: offer.row.title } },
    ];
    if (movesToPartner) {
      notify.push({
        userIds: await municipalStaffIds(tx, target.receivingMunicipalityId),
        kind: "REFERRAL_NEW",
        params: { offer: offer.row.title, municipality: offer.row.owner.name },
      });
    }
    return {
      data: {
        offerId: offer.row.id,
        receivingMunicipalityId: target.receivingMunicipalityId,
        decidedAt: now,
        // A placement after a rejection overturns it; the rejection stays in the event history.
        rejectionReason: null,
      },
      note: data.note,
      fromOfferId: referral.offerId,
      toOfferId: offer.row.id,
      notify,
    };
  });
}
