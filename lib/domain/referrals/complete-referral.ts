import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { completeReferralInput } from "./schemas";
import { runTransition } from "./transition";
import type { ReferralChangeDto } from "./dto";

/**
 * The course is completed with the closing status (slutstatus) for the GP: did the citizen attend,
 * the goal, the benefit, and whether the GP needs to follow up (and what). The GP is notified.
 */
export async function completeReferral(actor: Actor | null, input: unknown): Promise<ReferralChangeDto> {
  const data = parseInput(completeReferralInput, input);
  return runTransition(actor, "complete", data, ({ referral, at }) => ({
    data: {
      closedAt: at,
      closingAttended: data.attended,
      closingGoal: data.goal,
      closingBenefit: data.benefit,
      closingFollowUpNeeded: data.followUpNeeded,
      closingFollowUpNote: data.followUpNeeded ? (data.followUpNote ?? null) : null,
    },
    notify: [{ userIds: [referral.referringUserId], kind: "REFERRAL_COMPLETED" }],
  }));
}
