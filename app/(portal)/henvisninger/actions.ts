"use server";
/**
 * Server actions of the referral pages, declared through defineAction (lib/actions/define-action.ts):
 * each hands the form and the request's actor to a domain operation, which parses, scopes, decides
 * and writes. Here: the referral form's three intents, and where each transition goes next.
 */
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/rules/actor";
import { formValues } from "@/lib/domain/action-state";
import { createReferral, previewReferral } from "@/lib/domain/referrals/create-referral";
import { receiveReferral } from "@/lib/domain/referrals/receive-referral";
import { acceptReferral } from "@/lib/domain/referrals/accept-referral";
import { rejectReferral } from "@/lib/domain/referrals/reject-referral";
import { reassignReferral } from "@/lib/domain/referrals/reassign-referral";
import { startReferral } from "@/lib/domain/referrals/start-referral";
import { completeReferral } from "@/lib/domain/referrals/complete-referral";
import { dropOutReferral } from "@/lib/domain/referrals/drop-out-referral";
import { cancelReferral } from "@/lib/domain/referrals/cancel-referral";
import type { ReferralChangeDto } from "@/lib/domain/referrals/dto";
import type { ReferralTransition } from "@/lib/rules/referrals";
import { collectValues, type ReferFormState } from "./ny/form-state";

/** The form as the domain expects it: checkbox groups as arrays, and what the user asked for. */
function referralInput(formData: FormData) {
  const intent = formData.get("intent");
  return {
    intent: intent === "edit" || intent === "send" ? intent : "preview",
    form: { ...formValues(formData), riskFactors: formData.getAll("riskFactors"), diagnoses: formData.getAll("diagnoses") },
  } as const;
}

type ReferStep = { intent: "edit" } | { intent: "preview"; preview: Awaited<ReturnType<typeof previewReferral>> } | { intent: "send"; created: ReferralChangeDto };

/**
 * The referral form: "preview" checks everything the server would check on sending and shows the
 * result; "edit" returns to the form with the values; "send" creates the referral and opens it.
 */
export const referAction = defineAction<ReferStep, ReferFormState>({
  name: "referrals.refer",
  input: referralInput,
  run: async (actor: Actor | null, { intent, form }: ReturnType<typeof referralInput>): Promise<ReferStep> => {
    if (intent === "edit") return { intent };
    if (intent === "preview") return { intent, preview: await previewReferral(actor, form) };
    return { intent, created: await createReferral(actor, form) };
  },
  failure: (formData) => ({ multi: collectValues(formData) }),
  revalidate: (step) => (step.intent === "send" ? ["/henvisninger"] : []),
  done: (step, formData) => {
    const values = collectValues(formData);
    if (step.intent === "edit") return { status: "editing", values };
    if (step.intent === "preview") return { status: "preview", preview: step.preview, values };
    return { redirect: `/henvisninger/${encodeURIComponent(step.created.id)}?udfoert=sendt` };
  },
});

/** A step of a referral's life: the operation decides; the referral page shows what happened. */
function transition(name: ReferralTransition, run: (actor: Actor | null, input: unknown) => Promise<ReferralChangeDto>) {
  return defineAction({
    name: `referrals.${name}`,
    run,
    revalidate: ["/henvisninger"],
    done: (changed) => ({ redirect: `/henvisninger/${encodeURIComponent(changed.id)}?udfoert=${name}` }),
  });
}

export const receiveReferralAction = transition("receive", receiveReferral);
export const acceptReferralAction = transition("accept", acceptReferral);
export const rejectReferralAction = transition("reject", rejectReferral);
export const reassignReferralAction = transition("reassign", reassignReferral);
export const startReferralAction = transition("start", startReferral);
export const completeReferralAction = transition("complete", completeReferral);
export const dropOutReferralAction = transition("dropOut", dropOutReferral);
export const cancelReferralAction = transition("cancel", cancelReferral);
