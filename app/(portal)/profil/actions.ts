"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { setLocaleCookie } from "@/lib/auth/cookies";
import { domainErrorState, formValues, type ActionState } from "@/lib/domain/action-state";
import { updateOwnProfile } from "@/lib/domain/users/update-own-profile";

export async function updateOwnProfileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let locale: "da" | "en";
  try {
    locale = (await updateOwnProfile(await getActor(), formValues(formData))).locale;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  // The cookie decides the language of every page (lib/i18n/server.ts); set from the saved value.
  await setLocaleCookie(locale);
  revalidatePath("/", "layout"); // the shell and every page re-render in the chosen language
  return { status: "success", messageKey: "profile.saved" };
}
