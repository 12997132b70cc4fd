/**
 * Calendar days for the agreement lifecycle. `@db.Date` columns come back as Dates at UTC midnight;
 * "today" is the Danish calendar day (Europe/Copenhagen), so a version comes into force on its start
 * date in Denmark, not in UTC.
 */
const copenhagenDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Denmark as yyyy-mm-dd. */
export function todayInDenmark(now: Date = new Date()): string {
  return copenhagenDay.format(now);
}

/** A @db.Date value as yyyy-mm-dd. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** yyyy-mm-dd → the Date a @db.Date column stores. */
export function dateFromIsoDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
