import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { acceptReferralInput } from "./schemas";
import { runTransition } from "./transition";
import type { ReferralChangeDto } from "./dto";

/** Staff of the receiving municipality accept a received referral. The GP is notified. */
export async function acceptReferral(actor: Actor | null, input: unknown): Promise<ReferralChangeDto> {
  const data = parseInput(acceptReferralInput, input);
  return runTransition(actor, "accept", data, ({ referral, now }) => ({
    data: { decidedAt: now },
    note: data.note,
    notify: [{ userIds: [referral.referringUserId], kind: "REFERRAL_ACCEPTED" }],
  }));
}
