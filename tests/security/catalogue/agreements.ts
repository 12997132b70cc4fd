/** Health agreements: versions, sections, obligations, goals, indicators, consultation, approvals. */
import type { ActionEntry, Area, Kind, Target } from "./types";

const M = "app/(portal)/aftaler-redigering/actions.ts";
const on = (exportName: string, schema: string, field: string, kind: Kind, form: (t: Target) => Record<string, string>, creates?: string): ActionEntry => ({
  module: M,
  export: exportName,
  shape: "state",
  schemas: [`agreements.${schema}`],
  forge: { field, kind, right: "change", form },
  ...(creates ? { creates } : {}),
});
const v = (t: Target) => String(t.version ?? 1);

export const agreements: Area = {
  name: "agreements",
  actions: [
    { module: M, export: "createDraftAction", shape: "state", schemas: ["agreements.createDraftInput"], noForge: "creates an agreement for a region: canCreateDraft (scopedElsewhere)" },
    on("updateVersionDetailsAction", "updateVersionDetailsInput", "versionId", "agreementVersion", (t) => ({ versionId: t.id, version: v(t), label: "Sikkerhedstest" })),
    on("addSectionAction", "addSectionInput", "versionId", "agreementVersion", (t) => ({ versionId: t.id, kind: "SECTION", number: "99", title: "Sikkerhedstest", body: "x", layer: "POLITICAL", area: "GENERAL" }), "Section"),
    on("updateSectionAction", "updateSectionInput", "sectionId", "section", (t) => ({ sectionId: t.id, version: v(t), kind: String(t.kind), number: String(t.number), title: "Sikkerhedstest", body: "x", layer: String(t.layer), area: String(t.area) })),
    on("moveSectionAction", "moveSectionInput", "sectionId", "section", (t) => ({ sectionId: t.id, direction: "down" })),
    on("upsertObligationAction", "upsertObligationInput", "obligationId", "obligation", (t) => ({ obligationId: t.id, sectionId: String(t.sectionId), version: v(t), responsibleParty: String(t.responsibleParty), action: "Sikkerhedstest", trigger: "x", modality: String(t.modality) })),
    on("deleteObligationAction", "deleteObligationInput", "obligationId", "obligation", (t) => ({ obligationId: t.id, version: v(t) })),
    on("upsertGoalAction", "upsertGoalInput", "goalId", "goal", (t) => ({ goalId: t.id, versionId: String(t.versionId), version: v(t), kind: String(t.kind), number: String(t.number), statement: "Sikkerhedstest", direction: String(t.direction) })),
    on("upsertIndicatorAction", "upsertIndicatorInput", "indicatorId", "indicator", (t) => ({ indicatorId: t.id, goalId: String(t.goalId), version: v(t), name: "Sikkerhedstest", unit: "x", frequency: String(t.frequency) })),
    on("recordMeasurementAction", "recordMeasurementInput", "indicatorId", "indicator", (t) => ({ indicatorId: t.id, measuredOn: "2026-01-15", value: "1" }), "Measurement"),
    on("assessRequirementAction", "assessRequirementInput", "versionId", "agreementVersion", (t) => ({ versionId: t.id, itemId: "x", status: "MET" }), "RequirementAssessment"),
    on("sendToConsultationAction", "sendToConsultationInput", "versionId", "agreementVersion", (t) => ({ versionId: t.id })),
    on("recordConsultationResponseAction", "recordConsultationResponseInput", "versionId", "agreementVersion", (t) => ({ versionId: t.id, respondent: "Sikkerhedstest", text: "x", receivedOn: "2026-01-15" }), "ConsultationResponse"),
    on("decideConsultationResponseAction", "decideConsultationResponseInput", "responseId", "consultationResponse", (t) => ({ responseId: t.id, version: v(t), outcome: "NOTED", comment: "Sikkerhedstest" })),
    on("approveForPartyAction", "approveForPartyInput", "versionId", "agreementVersion", (t) => ({ versionId: t.id, organisationId: String((t.partyOrganisationIds as string[] | undefined)?.[0] ?? ""), decidedOn: "2026-01-15" }), "PartyApproval"),
    on("bringIntoForceAction", "bringIntoForceInput", "versionId", "agreementVersion", (t) => ({ versionId: t.id })),
    on("expireVersionAction", "expireVersionInput", "versionId", "agreementVersion", (t) => ({ versionId: t.id })),
    on("startAmendmentAction", "startAmendmentInput", "versionId", "agreementVersion", (t) => ({ versionId: t.id, label: "Sikkerhedstest", inForceFrom: "2027-01-01" }), "AgreementVersion"),
  ],
  pages: [
    { url: "/aftaler-redigering/{id}", kind: "agreementVersion" },
    { url: "/aftaler-redigering/{id}/hoering", kind: "agreementVersion" },
    { url: "/aftaler-redigering/{id}/krav", kind: "agreementVersion" },
    { url: "/aftaler-redigering/{id}/maal", kind: "agreementVersion" },
    { url: "/aftaler-redigering/{id}/afsnit/ny", kind: "agreementVersion" },
    { url: "/aftaler/{agreementId}/v/{number}", kind: "agreementVersion" },
    { url: "/aftaler/{agreementId}/v/{number}/udskriv", kind: "agreementVersion" },
    { url: "/aftaler-redigering/{versionId}/afsnit/{id}", kind: "section" },
    { url: "/aftaler-redigering/{versionId}/maal/{id}", kind: "goal" },
    { url: "/aftaler-redigering/{versionId}/afsnit/{sectionId}/forpligtelse/{id}", kind: "obligation" },
  ],
  routes: [
    // The reader island of the cached reading page (decision 037): what the reader sees beyond everybody.
    { file: "app/api/aftaler/[agreementId]/v/[number]/route.ts", url: "/api/aftaler/{agreementId}/v/{number}", method: "GET", forge: { kind: "agreementVersion", right: "read" } },
  ],
  scopedElsewhere: [
    { schema: "agreements.createDraftInput", field: "regionId", provenBy: "tests/integration/agreements-lifecycle.test.ts", note: "canCreateDraft: the region's own coordinator" },
    { schema: "agreements.addSectionInput", field: "parentId", provenBy: "tests/integration/agreements-editing.test.ts", note: "the parent is loaded inside the same version" },
    { schema: "agreements.moveSectionInput", field: "parentId", provenBy: "tests/integration/agreements-editing.test.ts", note: "the new parent is loaded inside the same version" },
    { schema: "agreements.upsertObligationInput", field: "sectionId", provenBy: "tests/integration/agreements-editing.test.ts", note: "the section is loaded scoped to the actor's versions" },
    { schema: "agreements.upsertGoalInput", field: "versionId", provenBy: "tests/integration/agreements-editing.test.ts", note: "a new goal: the version is loaded scoped (canEditVersion)" },
    { schema: "agreements.upsertGoalInput", field: "sectionId", provenBy: "tests/integration/agreements-editing.test.ts", note: "must be a section of the same version" },
    { schema: "agreements.upsertIndicatorInput", field: "goalId", provenBy: "tests/integration/agreements-editing.test.ts", note: "a new indicator: the goal is loaded scoped" },
    { schema: "agreements.upsertIndicatorInput", field: "responsibleForumId", provenBy: "tests/integration/agreements-editing.test.ts", note: "must be a forum of the agreement's region" },
    { schema: "agreements.assessRequirementInput", field: "itemId", provenBy: "tests/integration/agreements-editing.test.ts", note: "a requirement item (national, public)" },
    { schema: "agreements.assessRequirementInput", field: "sectionIds", provenBy: "tests/integration/agreements-editing.test.ts", note: "sections of the same version only" },
    { schema: "agreements.recordConsultationResponseInput", field: "organisationId", provenBy: "tests/integration/agreements-lifecycle.test.ts", note: "any organisation may respond to a consultation (public)" },
    { schema: "agreements.recordConsultationResponseInput", field: "sectionId", provenBy: "tests/integration/agreements-lifecycle.test.ts", note: "a section of the same version" },
    { schema: "agreements.approveForPartyInput", field: "organisationId", provenBy: "tests/integration/agreements-lifecycle.test.ts", note: "canApproveForParty: a party the actor coordinates" },
    { schema: "agreements.agreementIdInput", field: "agreementId", provenBy: "tests/security/matrix.spec.ts", note: "public reads: /aftaler/{agreementId}/… pages of the matrix" },
    { schema: "agreements.versionRefInput", field: "agreementId", provenBy: "tests/security/matrix.spec.ts", note: "the page /aftaler/{agreementId}/v/{number} of the matrix" },
    { schema: "agreements.versionIdInput", field: "versionId", provenBy: "tests/security/matrix.spec.ts", note: "the /aftaler-redigering/{versionId} pages of the matrix" },
    { schema: "agreements.sectionIdInput", field: "sectionId", provenBy: "tests/security/matrix.spec.ts", note: "the section page of the matrix" },
    { schema: "agreements.searchSectionsInput", field: "versionId", provenBy: "tests/integration/text-clean-at-the-edge.test.ts", note: "search within a readable version (canReadVersion)" },
    { schema: "agreements.obligationMatrixInput", field: "agreementId", provenBy: "tests/integration/agreements-seeded.test.ts", note: "public agreement read" },
    { schema: "agreements.compareVersionsInput", field: "agreementId", provenBy: "tests/integration/agreements-seeded.test.ts", note: "public versions only" },
    { schema: "agreements.sectionHistoryInput", field: "agreementId", provenBy: "tests/integration/agreements-seeded.test.ts", note: "public versions only" },
    { schema: "agreements.sectionHistoryInput", field: "lineageId", provenBy: "tests/integration/agreements-seeded.test.ts", note: "public versions only" },
    { schema: "agreements.sectionHistoryInput", field: "from", provenBy: "tests/integration/agreements-seeded.test.ts", note: "public versions only" },
    { schema: "agreements.sectionHistoryInput", field: "to", provenBy: "tests/integration/agreements-seeded.test.ts", note: "public versions only" },
  ],
};
