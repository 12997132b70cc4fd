/**
 * Danish public holidays (helligdage) and the configurable closing days, per year. Pure.
 * Why our own and not the installed `date-holidays`: docs/decisions/009-working-day-calendar.md.
 */
import { addDays, isoDate, type IsoDate } from "./iso-date";
import { easterSunday } from "./easter";

/** Days that are not public holidays but on which public offices customarily close. */
export type ClosingDay = "constitutionDay" | "christmasEve" | "newYearsEve";

export type CalendarOptions = {
  /**
   * Closing days that count as non-working days. Default: all three (5 June Grundlovsdag,
   * 24 December juleaftensdag, 31 December nytårsaftensdag) — most municipalities close.
   */
  closingDays?: Readonly<Record<ClosingDay, boolean>>;
};

export const DEFAULT_CLOSING_DAYS: Readonly<Record<ClosingDay, boolean>> = {
  constitutionDay: true,
  christmasEve: true,
  newYearsEve: true,
};

export type HolidayKey =
  | "newYearsDay"
  | "maundyThursday"
  | "goodFriday"
  | "easterSunday"
  | "easterMonday"
  | "greatPrayerDay"
  | "ascensionDay"
  | "whitSunday"
  | "whitMonday"
  | "christmasDay"
  | "boxingDay"
  | ClosingDay;

/** Store Bededag was abolished as a public holiday from 2024 (lov nr. 139 af 28.02.2023). */
export const LAST_GREAT_PRAYER_DAY_YEAR = 2023;

/** The public holidays of a year (statutory), by date. */
export function publicHolidays(year: number): Map<IsoDate, HolidayKey> {
  const easter = easterSunday(year);
  const days: [IsoDate, HolidayKey][] = [
    [isoDate(year, 1, 1), "newYearsDay"],
    [addDays(easter, -3), "maundyThursday"],
    [addDays(easter, -2), "goodFriday"],
    [easter, "easterSunday"],
    [addDays(easter, 1), "easterMonday"],
    // The fourth Friday after Easter.
    ...(year <= LAST_GREAT_PRAYER_DAY_YEAR ? ([[addDays(easter, 26), "greatPrayerDay"]] as [IsoDate, HolidayKey][]) : []),
    [addDays(easter, 39), "ascensionDay"],
    [addDays(easter, 49), "whitSunday"],
    [addDays(easter, 50), "whitMonday"],
    [isoDate(year, 12, 25), "christmasDay"],
    [isoDate(year, 12, 26), "boxingDay"],
  ];
  return new Map(days);
}

/** Public holidays plus the closing days switched on in the options. */
export function nonWorkingDays(year: number, options: CalendarOptions = {}): Map<IsoDate, HolidayKey> {
  const closing = options.closingDays ?? DEFAULT_CLOSING_DAYS;
  const days = publicHolidays(year);
  if (closing.constitutionDay) days.set(isoDate(year, 6, 5), "constitutionDay");
  if (closing.christmasEve) days.set(isoDate(year, 12, 24), "christmasEve");
  if (closing.newYearsEve) days.set(isoDate(year, 12, 31), "newYearsEve");
  return days;
}
