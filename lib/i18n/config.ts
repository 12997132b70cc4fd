/** Danish first; English available. Pure module: safe on server and client. */
export const LOCALES = ["da", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "da";
/** Cookie that remembers the language choice (also stored on the user's profile when signed in). */
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
