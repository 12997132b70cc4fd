"use server";
import { refresh } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { setLocaleCookie } from "@/lib/auth/cookies";
import { updateOwnLocale } from "@/lib/auth/update-locale";
import { db } from "@/lib/db/client";
import { LOCALES } from "@/lib/i18n/config";

/**
 * The language switch (Dansk / English) in the header. Works signed out (cookie only) and signed
 * in (cookie + the user's profile, with an audit row). A plain form post, so it works without
 * JavaScript too.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = z.enum(LOCALES).safeParse(formData.get("locale"));
  if (!parsed.success) return; // a forged value changes nothing
  await setLocaleCookie(parsed.data);
  const actor = await getActor();
  if (actor) await updateOwnLocale(db, actor, parsed.data);
  // The page re-renders in the chosen language. refresh(), not revalidatePath("/", "layout"): that
  // would also empty the cached anonymous lookup (app/opslag) for everyone, on any visitor's click.
  refresh();
}
