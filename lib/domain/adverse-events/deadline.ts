import "server-only";
/**
 * The 90-day close (lib/rules/adverse-events.ts ADVERSE_EVENT_CLOSE_RULE) on the Danish calendar:
 * 90 calendar days after the Danish day of reporting, at the end of that Danish day (lib/calendar).
 */
import { deadlineAfter } from "@/lib/calendar";
import { ADVERSE_EVENT_CLOSE_RULE } from "@/lib/rules/adverse-events";
import { calendarOptions } from "@/lib/domain/referrals/deadlines";

export function closeDueAfter(reportedAt: Date): Date {
  return deadlineAfter(reportedAt, ADVERSE_EVENT_CLOSE_RULE, calendarOptions())!;
}
