"use server";
/**
 * Server actions of the referral pages. Each is a public endpoint (reachable by a direct POST with
 * any form data), so each only hands the raw form and the request's actor to a domain operation,
 * which parses, scopes, decides and writes; here we map expected errors to form states.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { domainErrorState, formValues, type ActionState } from "@/lib/domain/action-state";
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

/** The form as the domain expects it: checkbox groups as arrays. */
function referralInput(formData: FormData) {
  return { ...formValues(formData), riskFactors: formData.getAll("riskFactors"), diagnoses: formData.getAll("diagnoses") };
}

/**
 * The referral form: "preview" checks everything the server would check on sending and shows the
 * result; "edit" returns to the form with the values; "send" creates the referral and opens it.
 */
export async function referAction(_previous: ReferFormState, formData: FormData): Promise<ReferFormState> {
  const intent = formData.get("intent");
  const values = collectValues(formData);
  if (intent === "edit") return { status: "editing", values };

  const actor = await getActor();
  if (intent !== "send") {
    try {
      return { status: "preview", preview: await previewReferral(actor, referralInput(formData)), values };
    } catch (error) {
      return { ...domainErrorState(error, formData), multi: values };
    }
  }

  let created: ReferralChangeDto;
  try {
    created = await createReferral(actor, referralInput(formData));
  } catch (error) {
    return { ...domainErrorState(error, formData), multi: values };
  }
  revalidatePath("/henvisninger");
  redirect(`/henvisninger/${encodeURIComponent(created.id)}?udfoert=sendt`);
}

const OPERATIONS: Record<ReferralTransition, (actor: Awaited<ReturnType<typeof getActor>>, input: unknown) => Promise<ReferralChangeDto>> = {
  receive: receiveReferral,
  accept: acceptReferral,
  reject: rejectReferral,
  reassign: reassignReferral,
  start: startReferral,
  complete: completeReferral,
  dropOut: dropOutReferral,
  cancel: cancelReferral,
};

async function transition(name: ReferralTransition, formData: FormData): Promise<ActionState> {
  let changed: ReferralChangeDto;
  try {
    changed = await OPERATIONS[name](await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath("/henvisninger");
  redirect(`/henvisninger/${encodeURIComponent(changed.id)}?udfoert=${name}`);
}

export async function receiveReferralAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return transition("receive", formData);
}
export async function acceptReferralAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return transition("accept", formData);
}
export async function rejectReferralAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return transition("reject", formData);
}
export async function reassignReferralAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return transition("reassign", formData);
}
export async function startReferralAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return transition("start", formData);
}
export async function completeReferralAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return transition("complete", formData);
}
export async function dropOutReferralAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return transition("dropOut", formData);
}
export async function cancelReferralAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return transition("cancel", formData);
}
