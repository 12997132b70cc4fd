"use server";
/**
 * Server actions of user administration. Each is a public endpoint (reachable by a direct POST with
 * any form data), so each only hands the raw form and the request's actor to a domain operation,
 * which parses, scopes, decides and writes; here we map expected errors to form states.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { domainErrorState, formValues, type ActionState } from "@/lib/domain/action-state";
import { createUser } from "@/lib/domain/users/create-user";
import { grantMembership } from "@/lib/domain/users/grant-membership";
import { revokeMembership } from "@/lib/domain/users/revoke-membership";
import { deactivateUser } from "@/lib/domain/users/deactivate-user";
import { reactivateUser } from "@/lib/domain/users/reactivate-user";

export async function createUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let userId: string;
  try {
    userId = (await createUser(await getActor(), formValues(formData))).id;
  } catch (error) {
    const state = domainErrorState(error, formData);
    if ("values" in state) delete state.values.password; // never echo a password back to the browser
    return state;
  }
  revalidatePath("/admin/brugere");
  redirect(`/admin/brugere/${encodeURIComponent(userId)}?done=created`);
}

export async function grantMembershipAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let userId: string;
  try {
    userId = (await grantMembership(await getActor(), formValues(formData))).userId;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath(`/admin/brugere/${encodeURIComponent(userId)}`);
  return { status: "success", messageKey: "admin.membership.granted" };
}

export async function revokeMembershipAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let userId: string;
  try {
    userId = (await revokeMembership(await getActor(), formValues(formData))).userId;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath(`/admin/brugere/${encodeURIComponent(userId)}`);
  // The revoked row (and its form) disappears, so the confirmation is shown by the page.
  redirect(`/admin/brugere/${encodeURIComponent(userId)}?done=revoked`);
}

export async function deactivateUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let userId: string;
  try {
    userId = (await deactivateUser(await getActor(), formValues(formData))).id;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath("/admin/brugere");
  redirect(`/admin/brugere/${encodeURIComponent(userId)}?done=deactivated`);
}

export async function reactivateUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let userId: string;
  try {
    userId = (await reactivateUser(await getActor(), formValues(formData))).id;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath("/admin/brugere");
  redirect(`/admin/brugere/${encodeURIComponent(userId)}?done=reactivated`);
}
