/**
 * Danish working days (hverdage that are not holidays or closing days), and deadlines counted in
 * them. Pure; the holidays of a year are computed once per set of options and cached.
 *
 * Counting convention (as in Danish administrative practice, "inden for 3 arbejdsdage"): the day
 * of the triggering event is day 0; the deadline is the N-th working day after it. A referral
 * received on Wednesday 1 April 2026 with 3 working days is due Thursday 9 April 2026 (2, 3 and
 * 6 April are Maundy Thursday, Good Friday and Easter Monday; 4–5 April a weekend).
 */
import { addDays, isoWeekday, parseIsoDate, type IsoDate } from "./iso-date";
import { DEFAULT_CLOSING_DAYS, nonWorkingDays, type CalendarOptions, type HolidayKey } from "./holidays";

const cache = new Map<string, Map<IsoDate, HolidayKey>>();

function holidaysOf(year: number, options: CalendarOptions): Map<IsoDate, HolidayKey> {
  const closing = options.closingDays ?? DEFAULT_CLOSING_DAYS;
  const key = `${year}:${closing.constitutionDay ? 1 : 0}${closing.christmasEve ? 1 : 0}${closing.newYearsEve ? 1 : 0}`;
  let days = cache.get(key);
  if (!days) {
    days = nonWorkingDays(year, options);
    if (cache.size > 500) cache.clear();
    cache.set(key, days);
  }
  return days;
}

/** Why a day is not a working day (a holiday key, or "weekend"), or null for a working day. */
export function nonWorkingReason(date: IsoDate, options: CalendarOptions = {}): HolidayKey | "weekend" | null {
  const holiday = holidaysOf(parseIsoDate(date).year, options).get(date);
  if (holiday) return holiday;
  return isoWeekday(date) >= 6 ? "weekend" : null;
}

export function isWorkingDay(date: IsoDate, options: CalendarOptions = {}): boolean {
  return nonWorkingReason(date, options) === null;
}

/**
 * The N-th working day after `date` (N ≥ 0; N = 0 is `date` itself, even on a holiday — a
 * deadline of "0 working days" means the same day).
 */
export function addWorkingDays(date: IsoDate, workingDays: number, options: CalendarOptions = {}): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${workingDays}`);
  let current = date;
  let remaining = workingDays;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, options)) remaining -= 1;
  }
  return current;
}

/**
 * Working days elapsed from `from` to `to`: the working days d with from < d ≤ to (negative when
 * `to` is before `from`). The inverse of addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) = n.
 * Used for "median working days to receipt" — a receipt on the day of sending took 0 days.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, options: CalendarOptions = {}): number {
  if (to < from) return -workingDaysBetween(to, from, options);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isWorkingDay(current, options)) count += 1;
  }
  return count;
}

/**
 * A fast counter for many workingDaysBetween questions over a span of years (the committee
 * statistics ask it for every referral): prefix sums of working days per calendar day, built once.
 * Dates outside the span fall back to workingDaysBetween.
 */
export function workingDayCounter(firstYear: number, lastYear: number, options: CalendarOptions = {}): (from: IsoDate, to: IsoDate) => number {
  const start = `${String(firstYear).padStart(4, "0")}-01-01`;
  const end = `${String(lastYear).padStart(4, "0")}-12-31`;
  const index = new Map<IsoDate, number>();
  let cumulative = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) {
    if (isWorkingDay(day, options)) cumulative += 1;
    index.set(day, cumulative);
  }
  return (from, to) => {
    const a = index.get(from);
    const b = index.get(to);
    return a === undefined || b === undefined ? workingDaysBetween(from, to, options) : b - a;
  };
}
