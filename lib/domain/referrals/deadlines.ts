import "server-only";
/**
 * The referral deadlines of the agreement in force (docs/decisions/009-working-day-calendar.md):
 * the obligations with a `referralMilestone` (RECEIPT, DECISION, CLOSING_STATUS) of the agreement
 * version IN_FORCE for the region of the receiving municipality. No agreement in force, or no such
 * obligation → no deadline for that milestone.
 */
import type { Tx } from "@/lib/db/types";
import type { ReferralMilestone } from "@/lib/generated/prisma/enums";
import { type CalendarOptions, type DeadlineRule, closingDaysFromSetting, deadlineAfter, addDays, danishDate, endOfDanishDay } from "@/lib/calendar";

export type DeadlineRules = Record<ReferralMilestone, DeadlineRule | null>;

const NONE: DeadlineRules = { RECEIPT: null, DECISION: null, CLOSING_STATUS: null };

/** The installation's calendar: closing days open per WORKING_DAY_OPEN_CLOSING_DAYS (default: all closed). */
export function calendarOptions(): CalendarOptions {
  return { closingDays: closingDaysFromSetting(process.env.WORKING_DAY_OPEN_CLOSING_DAYS) };
}

export async function deadlineRulesFor(tx: Tx, receivingMunicipalityId: string): Promise<DeadlineRules> {
  const municipality = await tx.organisation.findUnique({ where: { id: receivingMunicipalityId }, select: { regionId: true } });
  if (!municipality?.regionId) return NONE;
  const obligations = await tx.obligation.findMany({
    where: {
      referralMilestone: { not: null },
      section: { agreementVersion: { status: "IN_FORCE", agreement: { regionId: municipality.regionId } } },
    },
    select: { referralMilestone: true, deadlineAmount: true, deadlineUnit: true },
    // Should two versions be in force at once, the newest wins.
    orderBy: [{ section: { agreementVersion: { inForceFrom: "desc" } } }, { section: { agreementVersion: { number: "desc" } } }, { position: "asc" }],
  });
  const rules: DeadlineRules = { ...NONE };
  for (const o of obligations) {
    const milestone = o.referralMilestone!;
    if (rules[milestone] === null) rules[milestone] = { amount: o.deadlineAmount, unit: o.deadlineUnit };
  }
  return rules;
}

export function dueAfter(start: Date, rule: DeadlineRule | null): Date | null {
  return deadlineAfter(start, rule, calendarOptions());
}

/**
 * The closing-status deadline, counted from the expected end of the course: the start plus the
 * offer's duration in weeks; a clarifying conversation ends the day it is held. An offer without a
 * duration has no computable end → no deadline (decision 009).
 */
export function closingDueAt(startedAt: Date, rule: DeadlineRule | null, course: { clarifyingConversation: boolean; durationWeeks: number | null }): Date | null {
  if (!rule) return null;
  let end: Date;
  if (course.clarifyingConversation) end = startedAt;
  else if (course.durationWeeks != null && course.durationWeeks >= 0) end = endOfDanishDay(addDays(danishDate(startedAt), course.durationWeeks * 7));
  else return null;
  return dueAfter(end, rule);
}
