import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/config";

/** The organisation the user acts for (validated against their memberships on every request). */
export const ORG_COOKIE = "org";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Remembers the language for a year (read by lib/i18n/server.ts; no script needs it). */
export async function setLocaleCookie(locale: AppLocale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true });
}

export async function setOrganisationCookie(organisationId: string): Promise<void> {
  (await cookies()).set(ORG_COOKIE, organisationId, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true });
}

export async function clearOrganisationCookie(): Promise<void> {
  (await cookies()).delete(ORG_COOKIE);
}
