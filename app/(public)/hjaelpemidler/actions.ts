"use server";
/**
 * Server actions of the aids catalogue (/hjaelpemidler), declared through defineAction
 * (lib/actions/define-action.ts): each hands the form and the request's actor to a domain operation
 * in lib/domain/aids, which parses, scopes, decides and writes. Here: what to refresh, where to go.
 */
import { defineAction, success, type RevalidateTarget } from "@/lib/actions/define-action";
import { createAidItem } from "@/lib/domain/aids/create-aid-item";
import { updateAidItem } from "@/lib/domain/aids/update-aid-item";
import { proposeAidChange } from "@/lib/domain/aids/propose-aid-change";
import { decideAidProposal } from "@/lib/domain/aids/decide-aid-proposal";
import { setAidCataloguePublic } from "@/lib/domain/aids/set-aid-catalogue-public";

const revalidate: RevalidateTarget[] = [["/hjaelpemidler", "layout"]];
const itemPath = (id: string) => `/hjaelpemidler/${encodeURIComponent(id)}`;

export const createAidItemAction = defineAction({
  name: "aids.create",
  run: createAidItem,
  revalidate,
  done: (item) => ({ redirect: `${itemPath(item.id)}?udfoert=oprettet` }),
});

export const updateAidItemAction = defineAction({
  name: "aids.update",
  run: updateAidItem,
  revalidate,
  done: (item) => ({ redirect: `${itemPath(item.id)}?udfoert=gemt` }),
});

export const proposeAidChangeAction = defineAction({
  name: "aids.propose",
  run: proposeAidChange,
  revalidate,
  done: () => success("aids.propose.sent"),
});

/** After a decision the form is gone (the proposal is decided): back to the page it was on, with the outcome. */
export const decideAidProposalAction = defineAction({
  name: "aids.decide",
  run: decideAidProposal,
  revalidate,
  done: (decided, formData) =>
    formData.get("back") === "item" && decided.itemId
      ? { redirect: `${itemPath(decided.itemId)}?udfoert=besluttet` }
      : { redirect: `/hjaelpemidler/forslag?region=${encodeURIComponent(decided.regionId)}&udfoert=besluttet` },
});

export const setAidCataloguePublicAction = defineAction({
  name: "aids.setPublic",
  run: setAidCataloguePublic,
  revalidate,
  done: () => success("aids.setPublic.saved"),
});
