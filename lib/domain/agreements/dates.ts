/**
 * Calendar days for the agreement lifecycle. `@db.Date` columns come back as Dates at UTC midnight;
 * "today" is the Danish calendar day (Europe/Copenhagen), so a version comes into force on its start
 * date in Denmark, not in UTC.
 */
import { danishToday } from "@/lib/calendar/copenhagen";
import { dateColumn, isoDateOfColumn } from "@/lib/calendar/date-column";

/** Today's date in Denmark as yyyy-mm-dd (lib/calendar's one "today"). */
export function todayInDenmark(now: Date = new Date()): string {
  return danishToday(now);
}

/** A @db.Date value as yyyy-mm-dd. */
export function isoDay(date: Date): string {
  return isoDateOfColumn(date);
}

/** yyyy-mm-dd → the Date a @db.Date column stores. */
export function dateFromIsoDay(day: string): Date {
  return dateColumn(day);
}
