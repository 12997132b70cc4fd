"use server";
/**
 * Server actions of the initiative pages, declared through defineAction (lib/actions/define-action.ts):
 * each hands the form and the request's actor to a domain operation (which parses, scopes, decides
 * and writes); here only what to refresh and which message to show.
 */
import { defineAction, success, type Operation, type RevalidateTarget } from "@/lib/actions/define-action";
import { createInitiative } from "@/lib/domain/initiatives/create-initiative";
import { updateInitiative } from "@/lib/domain/initiatives/update-initiative";
import { recordInitiativeDecision } from "@/lib/domain/initiatives/record-initiative-decision";
import { addInitiativeComment } from "@/lib/domain/initiatives/add-initiative-comment";
import { addInitiativeMilestone } from "@/lib/domain/initiatives/add-initiative-milestone";
import { completeInitiativeMilestone } from "@/lib/domain/initiatives/complete-initiative-milestone";

const revalidate: RevalidateTarget[] = [
  ["/initiativer", "layout"],
  ["/fora", "layout"],
];

function stay(name: string, run: Operation, messageKey: string) {
  return defineAction({ name: `initiatives.${name}`, run, revalidate, done: () => success(messageKey) });
}

export const createInitiativeAction = defineAction({
  name: "initiatives.create",
  run: createInitiative,
  revalidate,
  done: (initiative) => ({ redirect: `/initiativer/${encodeURIComponent(initiative.id)}?udfoert=oprettet` }),
});

export const updateInitiativeAction = stay("update", updateInitiative, "initiatives.saved");
export const recordDecisionAction = stay("recordDecision", recordInitiativeDecision, "initiatives.decisionRecorded");
export const addCommentAction = stay("addComment", addInitiativeComment, "initiatives.comment.added");
export const addMilestoneAction = stay("addMilestone", addInitiativeMilestone, "initiatives.milestone.added");
export const completeMilestoneAction = stay("completeMilestone", completeInitiativeMilestone, "initiatives.milestone.saved");
