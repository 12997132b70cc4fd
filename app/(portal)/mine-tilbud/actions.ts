"use server";
/**
 * Server actions of offer maintenance. Each is a public endpoint (reachable by a direct POST with any
 * form data), so each hands the raw form and the request's actor to a domain operation, which parses,
 * scopes, decides and writes; here we only map expected errors to form states or messages.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { domainErrorState, formValues, type ActionState } from "@/lib/domain/action-state";
import { offerFormEcho, offerFormInput } from "@/lib/domain/offers/form-input";
import { createOffer } from "@/lib/domain/offers/create-offer";
import { updateOffer } from "@/lib/domain/offers/update-offer";
import { publishOffer } from "@/lib/domain/offers/publish-offer";
import { archiveOffer } from "@/lib/domain/offers/archive-offer";
import { reopenOffer } from "@/lib/domain/offers/reopen-offer";
import { confirmOffer } from "@/lib/domain/offers/confirm-offer";
import { addPartnerArrangement } from "@/lib/domain/offers/add-partner-arrangement";
import { removePartnerArrangement } from "@/lib/domain/offers/remove-partner-arrangement";

function offerFormError(error: unknown, formData: FormData): ActionState {
  const state = domainErrorState(error, formData);
  if ("values" in state) state.values = offerFormEcho(formData, state.values);
  return state;
}

const offerPath = (id: string) => `/mine-tilbud/${encodeURIComponent(id)}`;

function refreshOffer(id: string) {
  revalidatePath("/mine-tilbud");
  revalidatePath(offerPath(id));
  revalidatePath(`/tilbud/${encodeURIComponent(id)}`);
  revalidatePath("/tilbud");
  // Every cached anonymous lookup page (app/opslag): any search may list this offer.
  revalidatePath("/opslag/[locale]/[query]", "page");
}

export async function createOfferAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await createOffer(await getActor(), offerFormInput(formData))).id;
  } catch (error) {
    return offerFormError(error, formData);
  }
  refreshOffer(id);
  redirect(`${offerPath(id)}?udfoert=oprettet`);
}

export async function updateOfferAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await updateOffer(await getActor(), offerFormInput(formData))).id;
  } catch (error) {
    return offerFormError(error, formData);
  }
  refreshOffer(id);
  redirect(`${offerPath(id)}?udfoert=gemt`);
}

export async function publishOfferAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await publishOffer(await getActor(), formValues(formData))).id;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refreshOffer(id);
  redirect(`${offerPath(id)}?udfoert=offentliggjort`);
}

export async function addPartnerArrangementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const offerId = String(formData.get("offerId") ?? "");
  try {
    await addPartnerArrangement(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refreshOffer(offerId);
  return { status: "success", messageKey: "offers.mine.partnerAdded" };
}

/** Where a one-button action returns to: a page of this area only (no open redirect). */
function backTo(formData: FormData, fallback: string): string {
  const back = String(formData.get("tilbage") ?? "");
  return /^\/mine-tilbud(\/[A-Za-z0-9_-]+)?$/.test(back) ? back : fallback;
}

/**
 * One-button actions (confirm, archive, reopen, remove a partner) work as plain forms without
 * JavaScript: they redirect back with ?udfoert=… or ?fejl=<message key>.
 */
async function buttonAction(formData: FormData, run: () => Promise<string>, done: string): Promise<never> {
  const fallback = "/mine-tilbud";
  let offerId: string;
  try {
    offerId = await run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    redirect(`${backTo(formData, fallback)}?fejl=${encodeURIComponent(error.messageKey)}`);
  }
  refreshOffer(offerId);
  redirect(`${backTo(formData, offerPath(offerId))}?udfoert=${done}`);
}

export async function confirmOfferAction(formData: FormData): Promise<void> {
  await buttonAction(formData, async () => (await confirmOffer(await getActor(), formValues(formData))).id, "bekraeftet");
}

export async function archiveOfferAction(formData: FormData): Promise<void> {
  await buttonAction(formData, async () => (await archiveOffer(await getActor(), formValues(formData))).id, "arkiveret");
}

export async function reopenOfferAction(formData: FormData): Promise<void> {
  await buttonAction(formData, async () => (await reopenOffer(await getActor(), formValues(formData))).id, "genaabnet");
}

export async function removePartnerArrangementAction(formData: FormData): Promise<void> {
  await buttonAction(formData, async () => (await removePartnerArrangement(await getActor(), formValues(formData))).offerId, "samarbejde-fjernet");
}
