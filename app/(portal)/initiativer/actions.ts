"use server";
/**
 * Server actions of the initiative pages. Each is a public endpoint, so each only hands the raw form
 * and the request's actor to a domain operation (which parses, scopes, decides and writes) and maps
 * expected errors to form states.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/rules/actor";
import { domainErrorState, formValues, type ActionState } from "@/lib/domain/action-state";
import { createInitiative } from "@/lib/domain/initiatives/create-initiative";
import { updateInitiative } from "@/lib/domain/initiatives/update-initiative";
import { recordInitiativeDecision } from "@/lib/domain/initiatives/record-initiative-decision";
import { addInitiativeComment } from "@/lib/domain/initiatives/add-initiative-comment";
import { addInitiativeMilestone } from "@/lib/domain/initiatives/add-initiative-milestone";
import { completeInitiativeMilestone } from "@/lib/domain/initiatives/complete-initiative-milestone";

const refresh = () => {
  revalidatePath("/initiativer", "layout");
  revalidatePath("/fora", "layout");
};

async function stay(formData: FormData, operation: (actor: Actor | null, input: unknown) => Promise<unknown>, messageKey: string): Promise<ActionState> {
  try {
    await operation(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return { status: "success", messageKey };
}

export async function createInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await createInitiative(await getActor(), formValues(formData))).id;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(`/initiativer/${encodeURIComponent(id)}?udfoert=oprettet`);
}

export async function updateInitiativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, updateInitiative, "initiatives.saved");
}

export async function recordDecisionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, recordInitiativeDecision, "initiatives.decisionRecorded");
}

export async function addCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, addInitiativeComment, "initiatives.comment.added");
}

export async function addMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, addInitiativeMilestone, "initiatives.milestone.added");
}

export async function completeMilestoneAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, completeInitiativeMilestone, "initiatives.milestone.saved");
}
