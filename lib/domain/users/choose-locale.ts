import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { updateOwnLocale } from "@/lib/auth/update-locale";
import { LOCALES, type AppLocale } from "@/lib/i18n/config";
import type { Actor } from "@/lib/rules/actor";
import { parseInput } from "@/lib/domain/pipeline";

export const chooseLocaleInput = z.object({ locale: z.enum(LOCALES, { error: "validation.choose" }) });

/**
 * The language switch (Dansk / English) in the header. Signed out: nothing is stored (the action sets
 * the cookie). Signed in: the choice is stored on the user's own profile, with an audit row
 * (lib/auth/update-locale.ts), so it follows them to other browsers.
 */
export async function chooseLocale(actor: Actor | null, input: unknown): Promise<{ locale: AppLocale }> {
  const { locale } = parseInput(chooseLocaleInput, input);
  if (actor) await updateOwnLocale(db, actor, locale);
  return { locale };
}
