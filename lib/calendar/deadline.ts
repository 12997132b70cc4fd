/**
 * A deadline from an obligation's amount and unit (Obligation.deadlineAmount/deadlineUnit), counted
 * from an instant. Pure. Day-based units end at the close of the Danish day (23:59:59.999
 * Europe/Copenhagen); hours are exact. `PROFESSIONAL_JUDGEMENT` (a deliberate "no hard deadline"),
 * a missing amount or a negative one → null: no deadline.
 */
import { addDays, addMonths } from "./iso-date";
import { danishDate, endOfDanishDay } from "./copenhagen";
import { addWorkingDays } from "./working-days";
import type { CalendarOptions } from "./holidays";

export type DeadlineUnitName = "HOURS" | "CALENDAR_DAYS" | "WORKING_DAYS" | "WEEKS" | "MONTHS" | "PROFESSIONAL_JUDGEMENT";

export type DeadlineRule = { amount: number | null; unit: DeadlineUnitName | null };

export function deadlineAfter(start: Date, rule: DeadlineRule | null | undefined, options: CalendarOptions = {}): Date | null {
  if (!rule || rule.amount == null || rule.unit == null || !Number.isInteger(rule.amount) || rule.amount < 0) return null;
  const day = danishDate(start);
  switch (rule.unit) {
    case "HOURS":
      return new Date(start.getTime() + rule.amount * 3_600_000);
    case "CALENDAR_DAYS":
      return endOfDanishDay(addDays(day, rule.amount));
    case "WORKING_DAYS":
      return endOfDanishDay(addWorkingDays(day, rule.amount, options));
    case "WEEKS":
      return endOfDanishDay(addDays(day, rule.amount * 7));
    case "MONTHS":
      return endOfDanishDay(addMonths(day, rule.amount));
    default:
      return null; // PROFESSIONAL_JUDGEMENT, or an unknown unit: fail towards "no deadline", never a wrong one
  }
}
