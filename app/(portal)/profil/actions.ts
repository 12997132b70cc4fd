"use server";
import { defineAction, success } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/rules/actor";
import { setLocaleCookie } from "@/lib/auth/cookies";
import { updateOwnProfile } from "@/lib/domain/users/update-own-profile";
import { updateEmailChoices } from "@/lib/domain/users/update-email-choices";

export const updateOwnProfileAction = defineAction({
  name: "profile.update",
  run: async (actor: Actor | null, input: unknown) => {
    const profile = await updateOwnProfile(actor, input);
    // The cookie decides the language of every page (lib/i18n/server.ts); set from the saved value.
    await setLocaleCookie(profile.locale);
    return profile;
  },
  revalidate: [["/", "layout"]], // the shell and every page re-render in the chosen language
  done: () => success("profile.saved"),
});

export const updateEmailChoicesAction = defineAction({
  name: "profile.emailChoices",
  run: updateEmailChoices,
  revalidate: ["/profil"],
  done: () => success("profile.emailChoices.saved"),
});
