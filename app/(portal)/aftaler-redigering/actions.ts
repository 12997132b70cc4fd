"use server";
/**
 * Server actions of agreement editing. Each is a public endpoint (reachable by a direct POST with any
 * form data), so each only hands the raw form and the request's actor to a domain operation, which
 * parses, scopes, decides and writes; here expected errors become form states, and pages are refreshed.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { domainErrorState, formValues, type ActionState } from "@/lib/domain/action-state";
import { createDraft } from "@/lib/domain/agreements/create-draft";
import { updateVersionDetails } from "@/lib/domain/agreements/update-version-details";
import { addSection } from "@/lib/domain/agreements/add-section";
import { updateSection } from "@/lib/domain/agreements/update-section";
import { moveSection } from "@/lib/domain/agreements/move-section";
import { upsertObligation } from "@/lib/domain/agreements/upsert-obligation";
import { deleteObligation } from "@/lib/domain/agreements/delete-obligation";
import { upsertGoal } from "@/lib/domain/agreements/upsert-goal";
import { upsertIndicator } from "@/lib/domain/agreements/upsert-indicator";
import { recordMeasurement } from "@/lib/domain/agreements/record-measurement";
import { assessRequirement } from "@/lib/domain/agreements/assess-requirement";
import { sendToConsultation } from "@/lib/domain/agreements/send-to-consultation";
import { recordConsultationResponse } from "@/lib/domain/agreements/record-consultation-response";
import { decideConsultationResponse } from "@/lib/domain/agreements/decide-consultation-response";
import { approveForParty } from "@/lib/domain/agreements/approve-for-party";
import { bringIntoForce } from "@/lib/domain/agreements/bring-into-force";
import { expireVersion } from "@/lib/domain/agreements/expire-version";
import { startAmendment } from "@/lib/domain/agreements/start-amendment";

const workspace = (versionId: string) => `/aftaler-redigering/${encodeURIComponent(versionId)}`;

/** Every agreement page may show what changed (public reading pages, matrix, diffs, workspace). */
function refresh() {
  revalidatePath("/aftaler", "layout");
  revalidatePath("/aftaler-redigering", "layout");
}

const saved = (messageKey: string): ActionState => ({ status: "success", messageKey });

export async function createDraftAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let versionId: string;
  try {
    versionId = (await createDraft(await getActor(), formValues(formData))).id;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(`${workspace(versionId)}?udfoert=oprettet`);
}

export async function updateVersionDetailsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await updateVersionDetails(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return saved("agreements.saved.details");
}

export async function addSectionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let section: { id: string; versionId: string };
  try {
    section = await addSection(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(`${workspace(section.versionId)}/afsnit/${encodeURIComponent(section.id)}?udfoert=oprettet`);
}

export async function updateSectionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await updateSection(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return saved("agreements.saved.section");
}

export async function moveSectionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let moved: boolean;
  try {
    moved = (await moveSection(await getActor(), formValues(formData))).moved;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return saved(moved ? "agreements.saved.moved" : "agreements.saved.notMoved");
}

export async function upsertObligationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let target: string;
  try {
    const obligation = await upsertObligation(await getActor(), formValues(formData));
    target = `${workspace(String(formData.get("versionId") ?? ""))}/afsnit/${encodeURIComponent(obligation.sectionId)}?udfoert=forpligtelse#forpligtelser`;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(target);
}

export async function deleteObligationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let target: string;
  try {
    const { sectionId, versionId } = await deleteObligation(await getActor(), formValues(formData));
    target = `${workspace(versionId)}/afsnit/${encodeURIComponent(sectionId)}?udfoert=slettet#forpligtelser`;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(target);
}

export async function upsertGoalAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let target: string | null = null;
  try {
    const goal = await upsertGoal(await getActor(), formValues(formData));
    if (!formData.get("goalId")) target = `${workspace(goal.versionId)}/maal/${encodeURIComponent(goal.id)}?udfoert=oprettet`;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  if (target) redirect(target);
  return saved("agreements.saved.goal");
}

export async function upsertIndicatorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await upsertIndicator(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return saved("agreements.saved.indicator");
}

export async function recordMeasurementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await recordMeasurement(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return saved("agreements.saved.measurement");
}

export async function assessRequirementAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await assessRequirement(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return saved("agreements.saved.assessment");
}

export async function sendToConsultationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let target: string;
  try {
    const result = await sendToConsultation(await getActor(), formValues(formData));
    target = `${workspace(result.id)}?udfoert=hoering`;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(target);
}

export async function recordConsultationResponseAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await recordConsultationResponse(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return saved("agreements.saved.response");
}

export async function decideConsultationResponseAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await decideConsultationResponse(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return saved("agreements.saved.decision");
}

export async function approveForPartyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let target: string;
  try {
    const result = await approveForParty(await getActor(), formValues(formData));
    target = `${workspace(result.id)}?udfoert=${result.status === "APPROVED" ? "alle-godkendt" : "godkendt"}`;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(target);
}

export async function bringIntoForceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let target: string;
  try {
    const result = await bringIntoForce(await getActor(), formValues(formData));
    target = `${workspace(result.id)}?udfoert=i-kraft`;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(target);
}

export async function expireVersionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let target: string;
  try {
    const result = await expireVersion(await getActor(), formValues(formData));
    target = `${workspace(result.id)}?udfoert=udloebet`;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(target);
}

export async function startAmendmentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let versionId: string;
  try {
    versionId = (await startAmendment(await getActor(), formValues(formData))).id;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(`${workspace(versionId)}?udfoert=tillaeg`);
}
