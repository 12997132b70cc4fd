/** Forums (app/(portal)/fora): the forum, its members, meetings and agenda, the status-table import. */
import type { ActionEntry, Area, Kind, Target } from "./types";

const M = "app/(portal)/fora/actions.ts";
const on = (exportName: string, schema: string, field: string, kind: Kind, form: (t: Target) => Record<string, string>, creates?: string): ActionEntry => ({
  module: M,
  export: exportName,
  shape: "state",
  schemas: [schema],
  forge: { field, kind, right: "change", form },
  ...(creates ? { creates } : {}),
});
const v = (t: Target) => String(t.version ?? 1);

export const forums: Area = {
  name: "forums",
  actions: [
    { module: M, export: "createForumAction", shape: "state", schemas: ["forums.createForumInput"], noForge: "creates a forum in a region: canCreateForum (scopedElsewhere)" },
    on("updateForumAction", "forums.updateForumInput", "forumId", "forum", (t) => ({
      forumId: t.id,
      version: v(t),
      name: String(t.name),
      kind: String(t.kind),
      mandate: "Sikkerhedstest",
      compositionRule: String(t.compositionRule),
    })),
    on("addForumMemberAction", "forums.addForumMemberInput", "forumId", "forum", (t) => ({ forumId: t.id, name: "Sikkerhedstest", party: "REGION", position: "MEMBER", periodFrom: "2026-01-01" }), "ForumMember"),
    on("updateForumMemberAction", "forums.updateForumMemberInput", "memberId", "forumMember", (t) => ({ memberId: t.id, version: v(t), position: String(t.position), party: String(t.party) })),
    on("createMeetingAction", "meetings.createMeetingInput", "forumId", "forum", (t) => ({ forumId: t.id, date: "2027-03-01", time: "10:00" }), "Meeting"),
    on("updateMeetingAction", "meetings.updateMeetingInput", "meetingId", "meeting", (t) => ({ meetingId: t.id, version: v(t), date: "2027-03-01", time: "10:00", status: String(t.status) })),
    on("addAgendaItemAction", "meetings.addAgendaItemInput", "meetingId", "meeting", (t) => ({ meetingId: t.id, title: "Sikkerhedstest" }), "AgendaItem"),
    on("recordAgendaDecisionAction", "meetings.recordAgendaDecisionInput", "agendaItemId", "agendaItem", (t) => ({ agendaItemId: t.id, version: v(t), decision: "Sikkerhedstest" })),
    on("setAttendanceAction", "meetings.setAttendanceInput", "meetingId", "meeting", (t) => ({ meetingId: t.id, version: v(t) }), "MeetingAttendance"),
    { ...on("chooseImportGroupsAction", "initiatives.chooseImportGroupsInput", "importId", "initiativeImport", (t) => ({ importId: t.id, forumId: String(t.forumId ?? ""), "group.0": "skip" })), fields: { "group.0": "text" } },
    { ...on("confirmImportAction", "initiatives.confirmInitiativeImportInput", "importId", "initiativeImport", (t) => ({ importId: t.id, forumId: String(t.forumId ?? "") }), "Initiative"), fields: { "group.0": "text" } },
    { ...on("cancelImportAction", "initiatives.cancelInitiativeImportInput", "importId", "initiativeImport", (t) => ({ importId: t.id, forumId: String(t.forumId ?? "") })), fields: { forumId: "id" } },
  ],
  pages: [
    { url: "/fora/{id}", kind: "forum" },
    { url: "/fora/{id}/rediger", kind: "forum" },
    { url: "/fora/{id}/tavle", kind: "forum" },
    { url: "/fora/{id}/oversigt", kind: "forum" },
    { url: "/fora/{id}/import", kind: "forum" },
    { url: "/fora/{forumId}/moeder/{id}", kind: "meeting" },
    { url: "/fora/{forumId}/moeder/{id}/pakke", kind: "meeting" },
    { url: "/fora/{forumId}/import/{id}", kind: "initiativeImport" },
  ],
  routes: [
    { file: "app/api/initiativer/import/route.ts", url: "/api/initiativer/import", method: "POST", fuzzAs: "committeeChair" },
    { file: "app/api/initiativer/import/[importId]/status/route.ts", url: "/api/initiativer/import/{id}/status", method: "GET", forge: { kind: "initiativeImport", right: "read" }, fuzzAs: "committeeChair" },
    { file: "app/api/initiativer/eksport/route.ts", url: "/api/initiativer/eksport", method: "GET", forge: { kind: "forum", right: "read" }, query: { forumId: "id", scope: "enum" }, fuzzAs: "committeeChair" },
  ],
  scopedElsewhere: [
    { schema: "forums.createForumInput", field: "regionId", provenBy: "tests/integration/forums-composition.test.ts", note: "canCreateForum: the region's own coordinator" },
    { schema: "forums.createForumInput", field: "parentId", provenBy: "tests/integration/forums-composition.test.ts", note: "parentOtherRegion: a parent in another region is refused" },
    { schema: "forums.createForumInput", field: "secretariatOrganisationId", provenBy: "tests/integration/forums-composition.test.ts", note: "canBeSecretariat: an organisation of the forum's region (issue 18 item 3)" },
    { schema: "forums.updateForumInput", field: "parentId", provenBy: "tests/integration/forums-composition.test.ts", note: "parentOtherRegion, wouldCreateCycle" },
    { schema: "forums.updateForumInput", field: "secretariatOrganisationId", provenBy: "tests/integration/forums-composition.test.ts", note: "canBeSecretariat (issue 18 item 3)" },
    { schema: "forums.addForumMemberInput", field: "organisationId", provenBy: "tests/integration/forums-composition.test.ts", note: "the seat's organisation (a name on a public list, no access granted)" },
    { schema: "forums.getForumInput", field: "forumId", provenBy: "tests/security/matrix.spec.ts", note: "the /fora/{id} pages of the matrix" },
    { schema: "meetings.getMeetingInput", field: "meetingId", provenBy: "tests/security/matrix.spec.ts", note: "the meeting pages of the matrix" },
    { schema: "meetings.addAgendaItemInput", field: "initiativeId", provenBy: "tests/integration/meetings-agenda-decisions.test.ts", note: "an initiative of the same forum" },
    { schema: "meetings.addAgendaItemInput", field: "sectionId", provenBy: "tests/integration/meetings-agenda-decisions.test.ts", note: "a section of a readable agreement" },
    { schema: "initiatives.getInitiativeImportInput", field: "importId", provenBy: "tests/security/matrix.spec.ts", note: "the import page of the matrix (uploader only)" },
    { schema: "initiatives.previewInitiativeImportInput", field: "forumId", provenBy: "tests/integration/initiative-import-upload.test.ts", note: "the upload route: canEditInitiatives on that forum" },
    { schema: "initiatives.exportStatusTableInput", field: "forumId", provenBy: "tests/security/matrix.spec.ts", note: "the export route of the matrix" },
  ],
};
