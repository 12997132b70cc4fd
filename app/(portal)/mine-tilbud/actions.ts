"use server";
/**
 * Server actions of offer maintenance, declared through defineAction (lib/actions/define-action.ts):
 * each hands the form and the request's actor to a domain operation, which parses, scopes, decides
 * and writes. Here: which pages to refresh and where to go next.
 */
import { defineAction, success, type RevalidateTarget } from "@/lib/actions/define-action";
import { offerFormEcho, offerFormInput } from "@/lib/domain/offers/form-input";
import { createOffer } from "@/lib/domain/offers/create-offer";
import { updateOffer } from "@/lib/domain/offers/update-offer";
import { publishOffer } from "@/lib/domain/offers/publish-offer";
import { archiveOffer } from "@/lib/domain/offers/archive-offer";
import { reopenOffer } from "@/lib/domain/offers/reopen-offer";
import { confirmOffer } from "@/lib/domain/offers/confirm-offer";
import { addPartnerArrangement } from "@/lib/domain/offers/add-partner-arrangement";
import { removePartnerArrangement } from "@/lib/domain/offers/remove-partner-arrangement";

const offerPath = (id: string) => `/mine-tilbud/${encodeURIComponent(id)}`;

/** Every page that may show the offer, including every cached lookup page (app/(cached)/tilbud/soeg/[key], decision 019). */
const offerPages = (id: string): RevalidateTarget[] => [
  "/mine-tilbud",
  offerPath(id),
  `/tilbud/${encodeURIComponent(id)}`,
  "/tilbud",
  ["/(cached)/tilbud/soeg/[key]", "page"],
];

export const createOfferAction = defineAction({
  name: "offers.create",
  input: offerFormInput,
  run: createOffer,
  echo: (values, formData) => offerFormEcho(formData, values),
  revalidate: (offer) => offerPages(offer.id),
  done: (offer) => ({ redirect: `${offerPath(offer.id)}?udfoert=oprettet` }),
});

export const updateOfferAction = defineAction({
  name: "offers.update",
  input: offerFormInput,
  run: updateOffer,
  echo: (values, formData) => offerFormEcho(formData, values),
  revalidate: (offer) => offerPages(offer.id),
  done: (offer) => ({ redirect: `${offerPath(offer.id)}?udfoert=gemt` }),
});

export const publishOfferAction = defineAction({
  name: "offers.publish",
  run: publishOffer,
  revalidate: (offer) => offerPages(offer.id),
  done: (offer) => ({ redirect: `${offerPath(offer.id)}?udfoert=offentliggjort` }),
});

export const addPartnerArrangementAction = defineAction({
  name: "offers.addPartnerArrangement",
  run: addPartnerArrangement,
  revalidate: (_result, formData) => offerPages(String(formData.get("offerId") ?? "")),
  done: () => success("offers.mine.partnerAdded"),
});

/** Where a one-button action returns to: a page of this area only (no open redirect). */
function backTo(formData: FormData, fallback: string): string {
  const back = String(formData.get("tilbage") ?? "");
  return /^\/mine-tilbud(\/[A-Za-z0-9_-]+)?$/.test(back) ? back : fallback;
}

/**
 * One-button actions (confirm, archive, reopen, remove a partner) work as plain forms without
 * JavaScript: they redirect back with ?udfoert=… or ?fejl=<message key>.
 */
function buttonAction(name: string, run: (actor: Parameters<typeof confirmOffer>[0], input: unknown) => Promise<{ id: string }>, done: string) {
  return defineAction({
    name: `offers.${name}`,
    run,
    onError: { redirectTo: (formData) => backTo(formData, "/mine-tilbud") },
    revalidate: (offer) => offerPages(offer.id),
    done: (offer, formData) => ({ redirect: `${backTo(formData, offerPath(offer.id))}?udfoert=${done}` }),
  });
}

export const confirmOfferAction = buttonAction("confirm", confirmOffer, "bekraeftet");
export const archiveOfferAction = buttonAction("archive", archiveOffer, "arkiveret");
export const reopenOfferAction = buttonAction("reopen", reopenOffer, "genaabnet");
export const removePartnerArrangementAction = buttonAction(
  "removePartnerArrangement",
  async (actor, input) => ({ id: (await removePartnerArrangement(actor, input)).offerId }),
  "samarbejde-fjernet",
);
