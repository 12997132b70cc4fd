/**
 * The Danish working-day calendar (docs/decisions/009-working-day-calendar.md). Pure: no I/O.
 * Dates are ISO strings `YYYY-MM-DD` in Danish time; copenhagen.ts converts to and from instants.
 */
export { type IsoDate, isoDate, parseIsoDate, addDays, addMonths, isoWeekday, daysBetween } from "./iso-date";
export { easterSunday } from "./easter";
export {
  type CalendarOptions,
  type ClosingDay,
  type HolidayKey,
  DEFAULT_CLOSING_DAYS,
  LAST_GREAT_PRAYER_DAY_YEAR,
  publicHolidays,
  nonWorkingDays,
} from "./holidays";
export { isWorkingDay, nonWorkingReason, addWorkingDays, workingDaysBetween, workingDayCounter } from "./working-days";
export { DANISH_TIME_ZONE, danishDate, danishToday, danishYear, danishWallTime, instantOfDanishWallTime, endOfDanishDay, startOfDanishDay } from "./copenhagen";
export { dateColumn, isoDateOfColumn, danishTodayColumn } from "./date-column";
export { closingDaysFromSetting } from "./settings";
export { type DeadlineRule, type DeadlineUnitName, deadlineAfter } from "./deadline";
