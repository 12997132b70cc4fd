"use server";
/** The shell's own actions (header: organisation switch, language switch, sign-out), declared through defineAction. */
import { defineAction, STAY } from "@/lib/actions/define-action";
import { endCurrentSession } from "@/lib/auth/actor";
import { signOut } from "@/lib/auth/auth";
import { clearOrganisationCookie, setLocaleCookie, setOrganisationCookie } from "@/lib/auth/cookies";
import { chooseLocale } from "@/lib/domain/users/choose-locale";
import type { Actor } from "@/lib/rules/actor";

/** The shell's organisation switcher: which of the user's organisations they act for. */
export const switchOrganisationAction = defineAction({
  name: "shell.switchOrganisation",
  run: async (actor: Actor | null, input: { organisationId?: string }) => {
    // Only one of the user's own organisations (loadActor re-checks this on every request anyway);
    // signed out or anything else: nothing to switch.
    if (actor && actor.memberships.some((m) => m.organisationId === input.organisationId)) await setOrganisationCookie(input.organisationId!);
  },
  onError: "refresh",
  revalidate: [["/", "layout"]],
  done: () => STAY,
});

/**
 * The language switch: the cookie decides the language of every page (lib/i18n/server.ts), and a
 * signed-in user's profile keeps the choice. A plain form post, so it works without JavaScript; a
 * forged value changes nothing. The page re-renders with refresh(), not revalidatePath("/", "layout"):
 * that would also empty the cached lookup pages (app/(cached)) for everyone, on any visitor's click.
 */
export const setLocaleAction = defineAction({
  name: "shell.setLocale",
  run: async (actor: Actor | null, input: unknown) => {
    const { locale } = await chooseLocale(actor, input);
    await setLocaleCookie(locale);
  },
  onError: "refresh",
  done: () => STAY,
});

/**
 * Sign-out: ends the session on the server (its row — a copied cookie stops working too), clears the
 * session cookie and the organisation choice, then goes to the front page.
 */
export const signOutAction = defineAction({
  name: "shell.signOut",
  input: () => ({}),
  run: async () => {
    await endCurrentSession();
    await clearOrganisationCookie();
    await signOut({ redirectTo: "/" }); // throws Next's redirect, which the wrapper lets through
  },
  onError: "refresh",
  done: () => ({ redirect: "/" }),
});
