import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { rejectReferralInput } from "./schemas";
import { runTransition } from "./transition";
import type { ReferralChangeDto } from "./dto";

/**
 * Staff of the receiving municipality reject a received referral. A reason is required and shown
 * to the GP ("no citizen may be left between two chairs"); the GP is notified.
 */
export async function rejectReferral(actor: Actor | null, input: unknown): Promise<ReferralChangeDto> {
  const data = parseInput(rejectReferralInput, input);
  return runTransition(actor, "reject", data, ({ referral, now }) => ({
    data: { decidedAt: now, rejectionReason: data.reason },
    note: data.reason,
    notify: [{ userIds: [referral.referringUserId], kind: "REFERRAL_REJECTED" }],
  }));
}
