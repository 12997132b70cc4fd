"use server";
/**
 * Server actions of agreement editing, declared through defineAction (lib/actions/define-action.ts):
 * each hands the form and the request's actor to a domain operation, which parses, scopes, decides
 * and writes. Here: which pages to refresh and where to go next.
 */
import { defineAction, success, type Operation, type RevalidateTarget } from "@/lib/actions/define-action";
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
const sectionPage = (versionId: string, sectionId: string) => `${workspace(versionId)}/afsnit/${encodeURIComponent(sectionId)}`;

/** Every agreement page may show what changed (public reading pages — the cached one too, decision 037 — matrix, diffs, workspace). */
const revalidate: RevalidateTarget[] = [
  ["/aftaler", "layout"],
  ["/(cached)/aftaleversion/[key]", "page"],
  ["/aftaler-redigering", "layout"],
];

/** An edit that stays on its page with a success message. */
function stay(name: string, run: Operation, messageKey: string) {
  return defineAction({ name: `agreements.${name}`, run, revalidate, done: () => success(messageKey) });
}

export const createDraftAction = defineAction({
  name: "agreements.createDraft",
  run: createDraft,
  revalidate,
  done: (version) => ({ redirect: `${workspace(version.id)}?udfoert=oprettet` }),
});

export const updateVersionDetailsAction = stay("updateVersionDetails", updateVersionDetails, "agreements.saved.details");

export const addSectionAction = defineAction({
  name: "agreements.addSection",
  run: addSection,
  revalidate,
  done: (section) => ({ redirect: `${sectionPage(section.versionId, section.id)}?udfoert=oprettet` }),
});

export const updateSectionAction = stay("updateSection", updateSection, "agreements.saved.section");

export const moveSectionAction = defineAction({
  name: "agreements.moveSection",
  run: moveSection,
  revalidate,
  done: ({ moved }) => success(moved ? "agreements.saved.moved" : "agreements.saved.notMoved"),
});

export const upsertObligationAction = defineAction({
  name: "agreements.upsertObligation",
  run: upsertObligation,
  revalidate,
  done: (obligation, formData) => ({ redirect: `${sectionPage(String(formData.get("versionId") ?? ""), obligation.sectionId)}?udfoert=forpligtelse#forpligtelser` }),
});

export const deleteObligationAction = defineAction({
  name: "agreements.deleteObligation",
  run: deleteObligation,
  revalidate,
  done: ({ sectionId, versionId }) => ({ redirect: `${sectionPage(versionId, sectionId)}?udfoert=slettet#forpligtelser` }),
});

export const upsertGoalAction = defineAction({
  name: "agreements.upsertGoal",
  run: upsertGoal,
  revalidate,
  // A new goal opens its own page; an edited one stays.
  done: (goal, formData) => (formData.get("goalId") ? success("agreements.saved.goal") : { redirect: `${workspace(goal.versionId)}/maal/${encodeURIComponent(goal.id)}?udfoert=oprettet` }),
});

export const upsertIndicatorAction = stay("upsertIndicator", upsertIndicator, "agreements.saved.indicator");
export const recordMeasurementAction = stay("recordMeasurement", recordMeasurement, "agreements.saved.measurement");
export const assessRequirementAction = stay("assessRequirement", assessRequirement, "agreements.saved.assessment");

export const sendToConsultationAction = defineAction({
  name: "agreements.sendToConsultation",
  run: sendToConsultation,
  revalidate,
  done: (version) => ({ redirect: `${workspace(version.id)}?udfoert=hoering` }),
});

export const recordConsultationResponseAction = stay("recordConsultationResponse", recordConsultationResponse, "agreements.saved.response");
export const decideConsultationResponseAction = stay("decideConsultationResponse", decideConsultationResponse, "agreements.saved.decision");

export const approveForPartyAction = defineAction({
  name: "agreements.approveForParty",
  run: approveForParty,
  revalidate,
  done: (version) => ({ redirect: `${workspace(version.id)}?udfoert=${version.status === "APPROVED" ? "alle-godkendt" : "godkendt"}` }),
});

export const bringIntoForceAction = defineAction({
  name: "agreements.bringIntoForce",
  run: bringIntoForce,
  revalidate,
  done: (version) => ({ redirect: `${workspace(version.id)}?udfoert=i-kraft` }),
});

export const expireVersionAction = defineAction({
  name: "agreements.expireVersion",
  run: expireVersion,
  revalidate,
  done: (version) => ({ redirect: `${workspace(version.id)}?udfoert=udloebet` }),
});

export const startAmendmentAction = defineAction({
  name: "agreements.startAmendment",
  run: startAmendment,
  revalidate,
  done: (version) => ({ redirect: `${workspace(version.id)}?udfoert=tillaeg` }),
});
