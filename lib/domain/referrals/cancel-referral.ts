import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { municipalStaffIds } from "@/lib/domain/notifications/notify";
import { cancelReferralInput } from "./schemas";
import { runTransition } from "./transition";
import type { ReferralChangeDto } from "./dto";

/**
 * A clinician of the referring organisation cancels the referral before it is completed, with a
 * reason. The receiving municipality's staff are notified.
 */
export async function cancelReferral(actor: Actor | null, input: unknown): Promise<ReferralChangeDto> {
  const data = parseInput(cancelReferralInput, input);
  return runTransition(actor, "cancel", data, async ({ tx, referral, now }) => ({
    data: { closedAt: now, cancellationReason: data.reason },
    note: data.reason,
    notify: [{ userIds: await municipalStaffIds(tx, referral.receivingMunicipalityId), kind: "REFERRAL_CANCELLED" }],
  }));
}
