"use server";
import { revalidatePath } from "next/cache";
import { endCurrentSession, getActor } from "@/lib/auth/actor";
import { signOut } from "@/lib/auth/auth";
import { clearOrganisationCookie, setOrganisationCookie } from "@/lib/auth/cookies";

/** The shell's organisation switcher: which of the user's organisations they act for. */
export async function switchOrganisationAction(formData: FormData): Promise<void> {
  const actor = await getActor();
  if (!actor) return; // signed out: nothing to switch
  const organisationId = formData.get("organisationId");
  // Only one of the user's own organisations (loadActor re-checks this on every request anyway).
  if (typeof organisationId !== "string" || !actor.memberships.some((m) => m.organisationId === organisationId)) return;
  await setOrganisationCookie(organisationId);
  revalidatePath("/", "layout");
}

/**
 * Sign-out: ends the session on the server (its row — a copied cookie stops working too), clears the
 * session cookie and the organisation choice, then goes to the front page.
 */
export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await clearOrganisationCookie();
  await signOut({ redirectTo: "/" }); // throws Next's redirect
}
