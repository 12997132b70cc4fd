import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { startReferralInput } from "./schemas";
import { runTransition } from "./transition";
import { closingDueAt, deadlineRulesFor } from "./deadlines";
import type { ReferralChangeDto } from "./dto";

/**
 * The course (or the clarifying conversation) starts — on the day the caseworker states (today by
 * default; a course that started yesterday is recorded as started yesterday). The closing-status
 * deadline is set from the expected end of the course, counted from that day (decision 009).
 */
export async function startReferral(actor: Actor | null, input: unknown): Promise<ReferralChangeDto> {
  const data = parseInput(startReferralInput, input);
  return runTransition(actor, "start", data, async ({ tx, referral, at }) => {
    const rules = await deadlineRulesFor(tx, referral.receivingMunicipalityId);
    const offer = referral.offerId ? await tx.offer.findUnique({ where: { id: referral.offerId }, select: { durationWeeks: true } }) : null;
    return {
      data: {
        startedAt: at,
        closingDueAt: closingDueAt(at, rules.CLOSING_STATUS, { clarifyingConversation: !referral.offerId, durationWeeks: offer?.durationWeeks ?? null }),
      },
      note: data.note,
    };
  });
}
