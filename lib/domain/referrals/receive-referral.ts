import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { receiveReferralInput } from "./schemas";
import { runTransition } from "./transition";
import { deadlineRulesFor, dueAfter } from "./deadlines";
import type { ReferralChangeDto } from "./dto";

/**
 * Staff of the receiving municipality receipt a sent referral (kvittering), on the day they state
 * (today by default). The decision deadline counts from that day (the agreement's DECISION
 * obligation). The GP is notified.
 */
export async function receiveReferral(actor: Actor | null, input: unknown): Promise<ReferralChangeDto> {
  const data = parseInput(receiveReferralInput, input);
  return runTransition(actor, "receive", data, async ({ tx, referral, at }) => {
    const rules = await deadlineRulesFor(tx, referral.receivingMunicipalityId);
    return {
      data: { receivedAt: at, decisionDueAt: dueAfter(at, rules.DECISION) },
      note: data.note,
      notify: [{ userIds: [referral.referringUserId], kind: "REFERRAL_RECEIVED" }],
    };
  });
}
