"use server";
/**
 * A coordinator's membership actions for their own organisation. Public endpoints: the domain
 * operations scope every id to the actor's own organisation (another organisation's → not found).
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { domainErrorState, formValues, type ActionState } from "@/lib/domain/action-state";
import { grantMembership } from "@/lib/domain/users/grant-membership";
import { revokeMembership } from "@/lib/domain/users/revoke-membership";

export async function grantOrganisationMembershipAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await grantMembership(await getActor(), formValues(formData));
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath("/organisation/medlemmer");
  return { status: "success", messageKey: "admin.membership.granted" };
}

export async function revokeOrganisationMembershipAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let organisationId: string;
  try {
    organisationId = (await revokeMembership(await getActor(), formValues(formData))).organisationId;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath("/organisation/medlemmer");
  // The revoked row (and its form) disappears, so the confirmation is shown by the page.
  redirect(`/organisation/medlemmer?organisationId=${encodeURIComponent(organisationId)}&done=revoked`);
}
