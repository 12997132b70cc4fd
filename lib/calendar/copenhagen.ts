/**
 * Between instants (a Date, as stored in PostgreSQL's timestamp columns) and Danish calendar dates.
 * The portal's working days are Danish days: a referral sent at 23:30 on a Monday in Copenhagen
 * was sent on Monday, whatever the server's own time zone. Pure (Intl only).
 */
import { isoDate, parseIsoDate, type IsoDate } from "./iso-date";

export const DANISH_TIME_ZONE = "Europe/Copenhagen";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: DANISH_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function wallClock(instant: Date) {
  const values: Record<string, number> = {};
  for (const part of parts.formatToParts(instant)) if (part.type !== "literal") values[part.type] = Number(part.value);
  return values as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The Danish calendar date of an instant. */
export function danishDate(instant: Date): IsoDate {
  const { year, month, day } = wallClock(instant);
  return isoDate(year, month, day);
}

/** Minutes Copenhagen is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const w = wallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The last millisecond of a Danish day (23:59:59.999 in Copenhagen) as an instant: a deadline
 * "within N working days" is met on any time of its last day. Daylight saving changes at 01:00 UTC,
 * never near local midnight, so the offset read at 23:59 UTC of the same date is the right one.
 */
export function endOfDanishDay(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date);
  const guess = Date.UTC(year, month - 1, day, 23, 59, 59, 999);
  return new Date(guess - offsetMinutes(new Date(guess - 2 * 60 * 60 * 1000)) * 60_000);
}

/** The first millisecond of a Danish day (00:00 in Copenhagen) as an instant. */
export function startOfDanishDay(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date);
  const guess = Date.UTC(year, month - 1, day, 0, 0, 0, 0);
  return new Date(guess - offsetMinutes(new Date(guess)) * 60_000);
}
