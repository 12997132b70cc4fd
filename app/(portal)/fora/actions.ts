"use server";
/**
 * Server actions of the forum pages (forums, members, meetings, status-table import), declared
 * through defineAction (lib/actions/define-action.ts): each hands the form and the request's actor to
 * a domain operation, which parses, scopes, decides and writes. Here: what to refresh, where to go.
 */
import { defineAction, success, type Operation, type RevalidateTarget } from "@/lib/actions/define-action";
import { createForum } from "@/lib/domain/forums/create-forum";
import { updateForum } from "@/lib/domain/forums/update-forum";
import { addForumMember } from "@/lib/domain/forums/add-forum-member";
import { updateForumMember } from "@/lib/domain/forums/update-forum-member";
import { createMeeting } from "@/lib/domain/meetings/create-meeting";
import { updateMeeting } from "@/lib/domain/meetings/update-meeting";
import { addAgendaItem } from "@/lib/domain/meetings/add-agenda-item";
import { recordAgendaDecision } from "@/lib/domain/meetings/record-agenda-decision";
import { setAttendance } from "@/lib/domain/meetings/set-attendance";
import { previewInitiativeImport } from "@/lib/domain/initiatives/preview-initiative-import";
import { confirmInitiativeImport } from "@/lib/domain/initiatives/confirm-initiative-import";
import { cancelInitiativeImport } from "@/lib/domain/initiatives/cancel-initiative-import";

const revalidate: RevalidateTarget[] = [
  ["/fora", "layout"],
  ["/initiativer", "layout"],
];

const forumPath = (id: string) => `/fora/${encodeURIComponent(id)}`;
const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const importPage = (formData: FormData) => `${forumPath(field(formData, "forumId"))}/import/${encodeURIComponent(field(formData, "importId"))}`;

/** An operation that stays on the page: success message, or the error next to the fields. */
function stay(name: string, run: Operation, messageKey: string) {
  return defineAction({ name: `forums.${name}`, run, revalidate, done: () => success(messageKey) });
}

export const createForumAction = defineAction({
  name: "forums.create",
  run: createForum,
  revalidate,
  done: (forum) => ({ redirect: `${forumPath(forum.id)}?udfoert=oprettet` }),
});

export const updateForumAction = defineAction({
  name: "forums.update",
  run: updateForum,
  revalidate,
  done: (forum) => ({ redirect: `${forumPath(forum.id)}?udfoert=gemt` }),
});

export const addForumMemberAction = stay("addMember", addForumMember, "forums.member.added");
export const updateForumMemberAction = stay("updateMember", updateForumMember, "forums.member.updated");

export const createMeetingAction = defineAction({
  name: "meetings.create",
  run: createMeeting,
  revalidate,
  done: (meeting, formData) => ({ redirect: `${forumPath(field(formData, "forumId"))}/moeder/${encodeURIComponent(meeting.id)}?udfoert=oprettet` }),
});

export const updateMeetingAction = stay("updateMeeting", updateMeeting, "meetings.saved");
export const addAgendaItemAction = stay("addAgendaItem", addAgendaItem, "meetings.agenda.added");
export const recordAgendaDecisionAction = stay("recordAgendaDecision", recordAgendaDecision, "meetings.agenda.decisionRecorded");
export const setAttendanceAction = stay("setAttendance", setAttendance, "meetings.attendance.saved");

/** Upload: the file's bytes go to the domain, which reads and checks every row into a preview. */
export const previewImportAction = defineAction({
  name: "initiatives.previewImport",
  input: async (formData) => {
    const file = formData.get("file");
    const upload = file instanceof File && file.size > 0 ? { name: file.name || "statustabel.csv", bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
    return { forumId: field(formData, "forumId"), stage: formData.get("stage") ?? "", file: upload };
  },
  run: previewInitiativeImport,
  done: (preview, formData) => ({ redirect: `${forumPath(field(formData, "forumId"))}/import/${encodeURIComponent(preview.id)}` }),
});

export const confirmImportAction = defineAction({
  name: "initiatives.confirmImport",
  input: (formData) => ({ importId: field(formData, "importId") }),
  run: confirmInitiativeImport,
  revalidate,
  done: (_result, formData) => ({ redirect: `${importPage(formData)}?udfoert=importeret` }),
});

export const cancelImportAction = defineAction({
  name: "initiatives.cancelImport",
  input: (formData) => ({ importId: field(formData, "importId") }),
  run: cancelInitiativeImport,
  done: (_result, formData) => ({ redirect: `${importPage(formData)}?udfoert=annulleret` }),
});
