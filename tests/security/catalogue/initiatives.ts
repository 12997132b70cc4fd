/** Initiatives (app/(portal)/initiativer): the status board's rows, decisions, comments, milestones. */
import type { ActionEntry, Area, Kind, Target } from "./types";

const M = "app/(portal)/initiativer/actions.ts";
const on = (exportName: string, schema: string, field: string, kind: Kind, form: (t: Target) => Record<string, string>, creates?: string): ActionEntry => ({
  module: M,
  export: exportName,
  shape: "state",
  schemas: [`initiatives.${schema}`],
  forge: { field, kind, right: "change", form },
  ...(creates ? { creates } : {}),
});
const v = (t: Target) => String(t.version ?? 1);

export const initiatives: Area = {
  name: "initiatives",
  actions: [
    on("createInitiativeAction", "createInitiativeInput", "forumId", "forum", (t) => ({ forumId: t.id, title: "Sikkerhedstest" }), "Initiative"),
    on("updateInitiativeAction", "updateInitiativeInput", "initiativeId", "initiative", (t) => ({ initiativeId: t.id, version: v(t), title: "Sikkerhedstest", status: String(t.status) })),
    on("recordDecisionAction", "recordInitiativeDecisionInput", "initiativeId", "initiative", (t) => ({ initiativeId: t.id, version: v(t), decision: "CONTINUE", stage: "FINAL", justification: "Sikkerhedstest" }), "InitiativeDecision"),
    on("addCommentAction", "addInitiativeCommentInput", "initiativeId", "initiative", (t) => ({ initiativeId: t.id, body: "Sikkerhedstest" }), "InitiativeComment"),
    on("addMilestoneAction", "addInitiativeMilestoneInput", "initiativeId", "initiative", (t) => ({ initiativeId: t.id, title: "Sikkerhedstest" }), "InitiativeMilestone"),
    on("completeMilestoneAction", "completeInitiativeMilestoneInput", "milestoneId", "milestone", (t) => ({ milestoneId: t.id, completed: t.completedOn ? "" : "on" })),
  ],
  pages: [{ url: "/initiativer/{id}", kind: "initiative" }],
  scopedElsewhere: [
    { schema: "initiatives.createInitiativeInput", field: "sectionId", provenBy: "tests/integration/initiatives-decisions.test.ts", note: "a section of a readable agreement version" },
    { schema: "initiatives.createInitiativeInput", field: "goalId", provenBy: "tests/integration/initiatives-decisions.test.ts", note: "a goal of a readable agreement version" },
    { schema: "initiatives.updateInitiativeInput", field: "sectionId", provenBy: "tests/integration/initiatives-decisions.test.ts", note: "as for create" },
    { schema: "initiatives.updateInitiativeInput", field: "goalId", provenBy: "tests/integration/initiatives-decisions.test.ts", note: "as for create" },
    { schema: "initiatives.recordInitiativeDecisionInput", field: "forumId", provenBy: "tests/integration/initiatives-decisions.test.ts", note: "the owning forum or one it reports to, where the actor leads" },
    { schema: "initiatives.recordInitiativeDecisionInput", field: "meetingId", provenBy: "tests/integration/initiatives-decisions.test.ts", note: "a meeting of the deciding forum" },
    { schema: "initiatives.addInitiativeCommentInput", field: "parentId", provenBy: "tests/integration/initiatives-decisions.test.ts", note: "a comment on the same initiative" },
    { schema: "initiatives.getInitiativeInput", field: "initiativeId", provenBy: "tests/security/matrix.spec.ts", note: "the page /initiativer/{id} of the matrix" },
    { schema: "initiatives.listInitiativesInput", field: "forumId", provenBy: "tests/integration/initiatives-decisions.test.ts", note: "a filter over readable forums (query)" },
    { schema: "initiatives.getForumBoardInput", field: "forumId", provenBy: "tests/security/matrix.spec.ts", note: "the page /fora/{id}/tavle of the matrix" },
    { schema: "initiatives.getCrossForumBoardInput", field: "forumId", provenBy: "tests/security/matrix.spec.ts", note: "the page /fora/{id}/oversigt of the matrix" },
    { schema: "initiatives.getCrossForumBoardInput", field: "within", provenBy: "tests/security/matrix.spec.ts", note: "the page /fora/{id}/oversigt of the matrix" },
  ],
};
