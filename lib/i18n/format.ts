/**
 * Danish formats: dates 22.11.2026, numbers 1.234,5, sorting with æ, ø, å last.
 * Pure and shared by server and client. Dates are shown in Danish time (Europe/Copenhagen).
 */
import { DANISH_TIME_ZONE } from "@/lib/calendar/copenhagen";
import type { AppLocale } from "./config";

const TIME_ZONE = DANISH_TIME_ZONE;
const intlLocale = (locale: AppLocale) => (locale === "da" ? "da-DK" : "en-GB");

// Dates keep the dotted Danish form (22.11.2026) in both languages: the documents, meeting bundles
// and deadlines the users compare against are Danish.
const dateParts = new Intl.DateTimeFormat("da-DK", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const timeParts = new Intl.DateTimeFormat("da-DK", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });

function toDate(value: Date | string): Date {
  return typeof value === "string" ? new Date(value) : value;
}

// formatToParts costs microseconds a call and a worklist page formats a few hundred dates, most of
// them the same few days: remember the answers (a pure function of the instant; capped).
const formattedDates = new Map<number, string>();

export function formatDate(value: Date | string | null | undefined): string {
  if (value == null) return "";
  const date = toDate(value);
  const time = date.getTime();
  const known = formattedDates.get(time);
  if (known !== undefined) return known;
  const parts = dateParts.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const text = `${get("day")}.${get("month")}.${get("year")}`;
  if (formattedDates.size >= 5000) formattedDates.clear();
  if (!Number.isNaN(time)) formattedDates.set(time, text);
  return text;
}

/** The Danish wall-clock time, 14:32 — in both languages (a lock that ends, a meeting that starts). */
export function formatClock(value: Date | string): string {
  return timeParts.format(toDate(value)).replace(".", ":");
}

export function formatDateTime(value: Date | string | null | undefined): string {
  if (value == null) return "";
  const date = toDate(value);
  return `${formatDate(date)} ${formatClock(date)}`;
}

export function formatNumber(value: number, locale: AppLocale = "da", maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits }).format(value);
}

const danishCollator = new Intl.Collator("da", { sensitivity: "base", numeric: true });
/** Danish alphabetical order: … x, y, z, æ, ø, å. */
export const compareDanish = (a: string, b: string): number => danishCollator.compare(a, b);
