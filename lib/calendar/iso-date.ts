/**
 * Calendar dates without a time or a zone, as ISO strings `YYYY-MM-DD` (they sort and compare as
 * strings). Arithmetic goes through UTC midnight, where no daylight-saving change can shift a day.
 * Pure.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseIsoDate(value: IsoDate): { year: number; month: number; day: number } {
  const match = ISO.exec(value);
  if (!match) throw new RangeError(`not an ISO date: ${value}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${value}`);
  }
  return { year, month, day };
}

function toUtc(value: IsoDate): Date {
  const { year, month, day } = parseIsoDate(value);
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(date: Date): IsoDate {
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(value: IsoDate, days: number): IsoDate {
  const date = toUtc(value);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Adds calendar months; the 31st of a month without one becomes its last day (31.01 + 1 → 28/29.02). */
export function addMonths(value: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(value);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return isoDate(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(day, lastDay));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(value: IsoDate): number {
  const weekday = toUtc(value).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}
