"use server";
/**
 * Server actions of the forum pages (forums, members, meetings, status-table import), declared
 * through defineAction (lib/actions/define-action.ts): each hands the form and the request's actor to
 * a domain operation, which parses, scopes, decides and writes. Here: what to refresh, where to go.
 */
import type { Actor } from "@/lib/rules/actor";
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
import { chooseImportGroups } from "@/lib/domain/initiatives/choose-import-groups";
import { confirmInitiativeImport } from "@/lib/domain/initiatives/confirm-initiative-import";
import { queueInitiativeImportConfirm } from "@/lib/domain/initiatives/queue-initiative-import-confirm";
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

// The upload itself (step 1) is a plain form post to app/api/initiativer/import/route.ts, which has its
// own body limit; server actions keep next.config.ts's small default.

/** Places the sheet's groups (group.<n> = skip | create | forum:<id>) and plans the preview again. */
export const chooseImportGroupsAction = defineAction({
  name: "initiatives.chooseImportGroups",
  run: chooseImportGroups,
  revalidate: (_result, formData) => [importPage(formData)],
  done: () => success("initiatives.import.choicesApplied"),
});

/**
 * Confirms the preview. The form carries the groups' choices too: if the person changed one without
 * updating the preview first, the preview is planned again and shown — nothing is imported that they
 * did not see.
 */
export const confirmImportAction = defineAction({
  name: "initiatives.confirmImport",
  run: async (actor: Actor | null, values: Record<string, string>) => {
    if (Object.keys(values).some((key) => key.startsWith("group."))) {
      const { changed } = await chooseImportGroups(actor, values);
      if (changed) return { confirmed: false, queued: false };
    }
    // A large confirmation goes to the job queue (decision 033); the page then shows its progress.
    const { queued } = await queueInitiativeImportConfirm(actor, { importId: values.importId ?? "" });
    if (!queued) await confirmInitiativeImport(actor, { importId: values.importId ?? "" });
    return { confirmed: true, queued };
  },
  revalidate: ({ confirmed, queued }, formData) => (confirmed && !queued ? revalidate : [importPage(formData)]),
  done: ({ confirmed, queued }, formData) =>
    confirmed ? { redirect: queued ? importPage(formData) : `${importPage(formData)}?udfoert=importeret` } : success("initiatives.import.choicesAppliedNotConfirmed"),
});

export const cancelImportAction = defineAction({
  name: "initiatives.cancelImport",
  input: (formData) => ({ importId: field(formData, "importId") }),
  run: cancelInitiativeImport,
  done: (_result, formData) => ({ redirect: `${importPage(formData)}?udfoert=annulleret` }),
});
