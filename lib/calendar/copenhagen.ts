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

/**
 * The one "today" of the portal: the Danish calendar date now (at 23:30 UTC on 31 December it is
 * already 1 January in Copenhagen). Every "today", default date and "not in the future" check goes
 * through this; pass the clock (`now`) to test it.
 */
export function danishToday(now: Date = new Date()): IsoDate {
  return danishDate(now);
}

/** The Danish calendar year now (statistics default to it). */
export function danishYear(now: Date = new Date()): number {
  return parseIsoDate(danishDate(now)).year;
}

/** An instant as the Danish wall clock shows it: its date and its time "HH:MM" (a form's default). */
export function danishWallTime(instant: Date): { date: IsoDate; time: string } {
  const w = wallClock(instant);
  return { date: isoDate(w.year, w.month, w.day), time: `${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}` };
}

/**
 * The instant of a Danish wall-clock date and time "HH:MM" (summer and winter time). A time that
 * does not exist (02:30 on the last Sunday of March) moves an hour on (03:30 summer time); one that
 * exists twice (02:30 on the last Sunday of October) is the second, in winter time.
 */
export function instantOfDanishWallTime(date: IsoDate, time: string): Date {
  const { year, month, day } = parseIsoDate(date);
  const [hours, minutes] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  const first = wall - offsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - offsetMinutes(new Date(first)) * 60_000);
}
