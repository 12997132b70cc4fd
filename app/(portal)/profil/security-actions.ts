"use server";
/**
 * The profile page's security actions: change one's own password, sign out everywhere. Both end every
 * session of the user — this browser's too — so each ends by clearing the cookie and going to the
 * sign-in page with a message saying what happened.
 */
import { getActor } from "@/lib/auth/actor";
import { signOut } from "@/lib/auth/auth";
import { clearOrganisationCookie } from "@/lib/auth/cookies";
import { domainErrorState, type ActionState } from "@/lib/domain/action-state";
import { changeOwnPassword } from "@/lib/domain/users/change-own-password";
import { signOutEverywhere } from "@/lib/domain/users/sign-out-everywhere";

async function leaveForSignIn(notice: "adgangskode" | "alle"): Promise<never> {
  await clearOrganisationCookie();
  await signOut({ redirectTo: `/logind?udlogget=${notice}` }); // throws Next's redirect
  throw new Error("unreachable: signOut redirects");
}

export async function changeOwnPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await changeOwnPassword(await getActor(), {
      currentPassword: formData.get("currentPassword"),
      newPassword: formData.get("newPassword"),
      newPasswordRepeat: formData.get("newPasswordRepeat"),
    });
  } catch (error) {
    const state = domainErrorState(error, formData);
    // Never echo a password back into the page.
    if ("values" in state) state.values = {};
    return state;
  }
  return leaveForSignIn("adgangskode");
}

export async function signOutEverywhereAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await signOutEverywhere(actor);
  await leaveForSignIn("alle");
}
