import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type AppLocale } from "./config";
import type { Metadata } from "next";
import { translator, type MessageKey, type Translate } from "./translate";

/**
 * The request's language: the `locale` cookie (set by the language switch, and at sign-in from the
 * user's profile), else Danish. Cached per request.
 */
export const getLocale = cache(async (): Promise<AppLocale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
});

export async function getTranslator(): Promise<{ locale: AppLocale; t: Translate }> {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}

/** A page's `generateMetadata` that only sets its title: `export const generateMetadata = titled("profile.title")`. */
export function titled(key: MessageKey): () => Promise<Metadata> {
  return async () => {
    const { t } = await getTranslator();
    return { title: t(key) };
  };
}
