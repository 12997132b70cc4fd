/** Issue 14: adverse events (/haendelser), task transfers (/opgaveoverdragelse), compliance (/overholdelse). */
import type { Area, Target } from "./types";

const E = "app/(portal)/haendelser/actions.ts";
const T = "app/(portal)/opgaveoverdragelse/actions.ts";
const event = (exportName: string, schema: string, extra: (t: Target) => Record<string, string>) => ({
  module: E,
  export: exportName,
  shape: "state" as const,
  schemas: [`adverse-events.${schema}`],
  forge: { field: "eventId", kind: "adverseEvent" as const, right: "change" as const, form: (t: Target) => ({ eventId: t.id, version: String(t.version ?? 1), ...extra(t) }) },
});
const transfer = (exportName: string, schema: string, extra: Record<string, string>) => ({
  module: T,
  export: exportName,
  shape: "state" as const,
  schemas: [`task-transfers.${schema}`],
  forge: { field: "transferId", kind: "taskTransfer" as const, right: "change" as const, form: (t: Target) => ({ transferId: t.id, version: String(t.version ?? 1), ...extra }) },
});

export const agreementAtWork: Area = {
  name: "agreement at work",
  actions: [
    {
      module: E,
      export: "reportAdverseEventAction",
      shape: "state",
      schemas: ["adverse-events.reportAdverseEventInput"],
      // Creates an event: the forged id is the reporting organisation (one the actor is no risk manager of).
      forge: {
        field: "reportingOrganisationId",
        kind: "riskOrganisation",
        right: "change",
        form: (t) => ({ dpsdReference: "SIKKERHEDSTEST-1", title: "Sikkerhedstest", description: "Sikkerhedstest", partyIds: String(t.counterpartId ?? "") }),
      },
      creates: "AdverseEvent",
    },
    event("gradeAdverseEventAction", "gradeAdverseEventInput", (t) => ({ grade: "NOT_SERIOUS", primaryHandlerOrganisationId: String(t.reportingOrganisationId ?? "") })),
    event("analyseAdverseEventAction", "analyseAdverseEventInput", () => ({ analysis: "Sikkerhedstest: analyse" })),
    event("closeAdverseEventAction", "closeAdverseEventInput", () => ({ actionPlan: "Sikkerhedstest", implementationCriteria: "Sikkerhedstest", summary: "Sikkerhedstest" })),
    {
      module: T,
      export: "openTaskTransferAction",
      shape: "state",
      schemas: ["task-transfers.openTaskTransferInput"],
      // Creates a transfer: the forged id is the transferring party, the receiving one another sector's of its region.
      forge: {
        field: "transferringOrganisationId",
        kind: "transferOrganisation",
        right: "change",
        form: (t) => ({ type: "B_CAPACITY", receivingOrganisationId: String(t.counterpartId ?? ""), effectiveFrom: "2030-01-01", task: "Sikkerhedstest", patientGroup: "Sikkerhedstest" }),
      },
      creates: "TaskTransfer",
    },
    transfer("saveTransferringPartAction", "transferringPartInput", { task: "Sikkerhedstest", patientGroup: "Sikkerhedstest" }),
    transfer("saveReceivingPartAction", "receivingPartInput", { economyReceiving: "Sikkerhedstest", receivingAssessment: "Sikkerhedstest" }),
    transfer("decideTaskTransferAction", "decideTaskTransferInput", { step: "agree" }),
    transfer("addMilestoneAction", "addMilestoneInput", { title: "Sikkerhedstest", party: "receiving", dueOn: "2030-01-15" }),
    transfer("completeMilestoneAction", "completeMilestoneInput", { milestoneId: "sikkerhedstest-milepael" }),
    transfer("evaluateTaskTransferAction", "evaluateTaskTransferInput", { evaluation: "Sikkerhedstest" }),
  ],
  pages: [
    { url: "/haendelser/{id}", kind: "adverseEvent" },
    { url: "/haendelser/{id}/udskriv", kind: "adverseEvent" },
    { url: "/opgaveoverdragelse/{id}", kind: "taskTransfer" },
    { url: "/opgaveoverdragelse/{id}/udskriv", kind: "taskTransfer" },
  ],
  routes: [{ file: "app/api/overholdelse/eksport/route.ts", url: "/api/overholdelse/eksport", method: "GET", query: { region: "id", aar: "number", forum: "id" }, fuzzAs: "regionCoordinator" }],
  scopedElsewhere: [
    { schema: "adverse-events.reportAdverseEventInput", field: "partyIds", provenBy: "tests/integration/adverse-events.test.ts", note: "names parties; grants the actor nothing beyond their own organisation" },
    { schema: "adverse-events.gradeAdverseEventInput", field: "primaryHandlerOrganisationId", provenBy: "tests/integration/adverse-events.test.ts", note: "must be a party of the event (checkGrading)" },
    { schema: "adverse-events.getAdverseEventInput", field: "eventId", provenBy: "tests/security/matrix.spec.ts", note: "the pages /haendelser/{id} and /udskriv of the matrix" },
    { schema: "task-transfers.openTaskTransferInput", field: "receivingOrganisationId", provenBy: "tests/integration/task-transfers.test.ts", note: "the actor must coordinate a party (canOpenTaskTransfer); transferringOrganisationId is forged by the matrix" },
    { schema: "task-transfers.completeMilestoneInput", field: "milestoneId", provenBy: "tests/integration/task-transfers.test.ts", note: "found only through its case (transferId is the forged field): another case's milestone is not_found" },
    { schema: "task-transfers.forumTaskTransfersInput", field: "forumId", provenBy: "tests/integration/task-transfers.test.ts", note: "the forum board's list: only cases the actor may see (visibleTaskTransfersWhere); an outsider gets none" },
    { schema: "task-transfers.getTaskTransferInput", field: "transferId", provenBy: "tests/security/matrix.spec.ts", note: "the page /opgaveoverdragelse/{id} of the matrix" },
    { schema: "compliance.complianceViewInput", field: "forumId", provenBy: "tests/integration/compliance.test.ts", note: "a forum's area: not_found for a forum the actor may not read, forbidden without a seat (or the region's right); aggregates only" },
    { schema: "compliance.complianceViewInput", field: "regionId", provenBy: "tests/integration/compliance.test.ts", note: "aggregates only, canViewCompliance" },
  ],
};
