"use server";
/**
 * Server actions of the forum pages (forums, members, meetings, status-table import). Each is a
 * public endpoint (reachable by a direct POST with any form data), so each only hands the raw form
 * and the request's actor to a domain operation, which parses, scopes, decides and writes; here we
 * map expected errors to form states and choose where to go next.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/rules/actor";
import { domainErrorState, formValues, type ActionState } from "@/lib/domain/action-state";
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
import { cancelInitiativeImport } from "@/lib/domain/initiatives/cancel-initiative-import";

const refresh = () => {
  revalidatePath("/fora", "layout");
  revalidatePath("/initiativer", "layout");
};

/** Runs an operation that stays on the page: success message, or the error next to the fields. */
async function stay(formData: FormData, operation: (actor: Actor | null, input: unknown) => Promise<unknown>, messageKey: string): Promise<ActionState> {
  try {
    await operation(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  return { status: "success", messageKey };
}

const forumPath = (id: string) => `/fora/${encodeURIComponent(id)}`;

export async function createForumAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await createForum(await getActor(), formValues(formData))).id;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(`${forumPath(id)}?udfoert=oprettet`);
}

export async function updateForumAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await updateForum(await getActor(), formValues(formData))).id;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(`${forumPath(id)}?udfoert=gemt`);
}

export async function addForumMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, addForumMember, "forums.member.added");
}

export async function updateForumMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, updateForumMember, "forums.member.updated");
}

export async function createMeetingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await createMeeting(await getActor(), formValues(formData))).id;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(`${forumPath(String(formData.get("forumId")))}/moeder/${encodeURIComponent(id)}?udfoert=oprettet`);
}

export async function updateMeetingAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, updateMeeting, "meetings.saved");
}

export async function addAgendaItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, addAgendaItem, "meetings.agenda.added");
}

export async function recordAgendaDecisionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, recordAgendaDecision, "meetings.agenda.decisionRecorded");
}

export async function setAttendanceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return stay(formData, setAttendance, "meetings.attendance.saved");
}

// The upload itself (step 1) is a plain form post to app/api/initiativer/import/route.ts, which has its
// own body limit; server actions keep next.config.ts's small default.

const importPath = (forumId: string, importId: string) => `${forumPath(forumId)}/import/${encodeURIComponent(importId)}`;

/** Places the sheet's groups (group.<n> = skip | create | forum:<id>) and plans the preview again. */
export async function chooseImportGroupsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const forumId = String(formData.get("forumId") ?? "");
  const importId = String(formData.get("importId") ?? "");
  try {
    await chooseImportGroups(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath(importPath(forumId, importId));
  return { status: "success", messageKey: "initiatives.import.choicesApplied" };
}

/**
 * Confirms the preview. The form carries the groups' choices too: if the person changed one without
 * updating the preview first, the preview is planned again and shown — nothing is imported that they
 * did not see.
 */
export async function confirmImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const forumId = String(formData.get("forumId") ?? "");
  const importId = String(formData.get("importId") ?? "");
  try {
    const actor = await getActor();
    const values = formValues(formData);
    if (Object.keys(values).some((key) => key.startsWith("group."))) {
      const { changed } = await chooseImportGroups(actor, values);
      if (changed) {
        revalidatePath(importPath(forumId, importId));
        return { status: "success", messageKey: "initiatives.import.choicesAppliedNotConfirmed" };
      }
    }
    await confirmInitiativeImport(actor, { importId });
  } catch (error) {
    return domainErrorState(error, formData);
  }
  refresh();
  redirect(`${importPath(forumId, importId)}?udfoert=importeret`);
}

export async function cancelImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const forumId = String(formData.get("forumId") ?? "");
  const importId = String(formData.get("importId") ?? "");
  try {
    await cancelInitiativeImport(await getActor(), { importId });
  } catch (error) {
    return domainErrorState(error, formData);
  }
  redirect(`${forumPath(forumId)}/import/${encodeURIComponent(importId)}?udfoert=annulleret`);
}
