import "server-only";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";
import { dropOutReferralInput } from "./schemas";
import { runTransition } from "./transition";
import type { ReferralChangeDto } from "./dto";

/** The citizen dropped out (or never turned up); the reason is the closing status. The GP is notified. */
export async function dropOutReferral(actor: Actor | null, input: unknown): Promise<ReferralChangeDto> {
  const data = parseInput(dropOutReferralInput, input);
  return runTransition(actor, "dropOut", data, ({ referral, at }) => ({
    data: { closedAt: at, dropOutReason: data.reason },
    note: data.reason,
    notify: [{ userIds: [referral.referringUserId], kind: "REFERRAL_DROPPED_OUT" }],
  }));
}
