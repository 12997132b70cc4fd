"use server";
/**
 * The profile page's security actions, declared through defineAction: change one's own password,
 * sign out everywhere. Both end every session of the user — this browser's too — so each ends by
 * clearing the cookie and going to the sign-in page with a message saying what happened.
 */
import { defineAction } from "@/lib/actions/define-action";
import { signOut } from "@/lib/auth/auth";
import { clearOrganisationCookie } from "@/lib/auth/cookies";
import { changeOwnPassword } from "@/lib/domain/users/change-own-password";
import { signOutEverywhere } from "@/lib/domain/users/sign-out-everywhere";
import type { Actor } from "@/lib/rules/actor";

async function leaveForSignIn(notice: "adgangskode" | "alle"): Promise<never> {
  await clearOrganisationCookie();
  await signOut({ redirectTo: `/logind?udlogget=${notice}` }); // throws Next's redirect, which the wrapper lets through
  throw new Error("unreachable: signOut redirects");
}

export const changeOwnPasswordAction = defineAction({
  name: "profile.changePassword",
  run: async (actor: Actor | null, input: unknown) => {
    await changeOwnPassword(actor, input);
    return leaveForSignIn("adgangskode");
  },
  // Never echo a password back into the page.
  echo: () => ({}),
  done: () => ({ redirect: "/logind?udlogget=adgangskode" }),
});

export const signOutEverywhereAction = defineAction({
  name: "profile.signOutEverywhere",
  input: () => ({}),
  run: async (actor: Actor | null) => {
    if (actor) await signOutEverywhere(actor);
    return leaveForSignIn("alle");
  },
  onError: { redirectTo: () => "/profil" },
  done: () => ({ redirect: "/logind?udlogget=alle" }),
});
