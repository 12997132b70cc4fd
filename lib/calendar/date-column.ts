/**
 * PostgreSQL `date` columns (`@db.Date`): Prisma reads and writes them as Dates at UTC midnight. These
 * two functions are the only conversions between such a value and the calendar date it stands for —
 * never `toISOString().slice(0, 10)` on a Date that is an instant (that is the UTC day, and between
 * 22:00/23:00 UTC and midnight the Danish day is already the next one). Pure.
 */
import { isoDate, parseIsoDate, type IsoDate } from "./iso-date";
import { danishToday } from "./copenhagen";

/** The calendar date a `date` column holds. */
export function isoDateOfColumn(value: Date): IsoDate {
  return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

/** The value to write to (or compare with) a `date` column for a calendar date. */
export function dateColumn(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Today in Denmark as a `date` column value (for `where: { validTo: { gte: … } }`). */
export function danishTodayColumn(now: Date = new Date()): Date {
  return dateColumn(danishToday(now));
}
