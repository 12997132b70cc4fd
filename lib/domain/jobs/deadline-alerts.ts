import "server-only";
/**
 * Deadline reminders and overdue marks for referrals (issue 11). For each referral waiting for a step
 * (receipt, decision, closing status — lib/rules/referrals.ts pendingMilestone) whose deadline is near or
 * has passed:
 *
 *  - REMINDER: the deadline falls within REFERRAL_REMINDER_WORKING_DAYS working days (default 1) of
 *    today on the Danish calendar — the receiving municipality's staff are notified;
 *  - OVERDUE: the deadline has passed — an OVERDUE event on the referral's timeline (no status change),
 *    the municipality's staff and the referring GP are notified.
 *
 * Exactly once per deadline: the row in ReferralDeadlineAlert (unique referral, milestone, stage, due
 * instant) is inserted first and the rest is written only for rows that insert — a second worker's
 * insert finds the row and does nothing; the referral rows are locked (SKIP LOCKED) so two workers
 * split a batch instead of waiting. A reassignment that moves a deadline gets its own alerts.
 * Deadlines that passed more than REFERRAL_OVERDUE_LOOKBACK_DAYS (default 14) ago are left alone, so
 * the first run on an old database does not flood anyone with years of overdue marks.
 */
import type { Tx } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeadlineAlertStage, ReferralMilestone, ReferralStatus } from "@/lib/generated/prisma/enums";
import { recordAuditEvents } from "@/lib/audit/record-audit-event";
import { addWorkingDays, danishDate, endOfDanishDay } from "@/lib/calendar";
import { calendarOptions } from "@/lib/domain/referrals/deadlines";
import { municipalStaffIds, notifyMany } from "@/lib/domain/notifications/notify";
import { JOB_BATCH, runAlertBatches, settingInt, systemUserId, type JobClock } from "./system";

const DAY_MS = 24 * 60 * 60 * 1000;

export type DeadlineAlertsResult = { reminders: number; overdue: number };

type Candidate = {
  id: string;
  status: ReferralStatus;
  reference: string;
  municipalityId: string;
  referringUserId: string;
  milestone: ReferralMilestone;
  dueAt: Date;
  stage: DeadlineAlertStage;
};

/** The instant up to which a deadline is "near": the end of the N-th working day from today. */
export function reminderHorizon(now: Date, leadWorkingDays: number): Date {
  return endOfDanishDay(addWorkingDays(danishDate(now), leadWorkingDays, calendarOptions()));
}

const danishDay = (instant: Date) => {
  const [y, m, d] = danishDate(instant).split("-");
  return `${d}.${m}.${y}`;
};

/** One run's window: now, the reminder horizon, the oldest deadline still marked overdue, the batch size. */
export type AlertWindow = { now: Date; horizon: Date; oldest: Date; batchSize: number };

export function alertWindow(now: Date, reminderWorkingDays: number, lookbackDays: number, batchSize = JOB_BATCH): AlertWindow {
  return { now, horizon: reminderHorizon(now, reminderWorkingDays), oldest: new Date(now.getTime() - lookbackDays * DAY_MS), batchSize };
}

export async function runDeadlineAlerts(clock: JobClock, options: { batchSize?: number } = {}): Promise<DeadlineAlertsResult> {
  const window = alertWindow(clock.now, settingInt("REFERRAL_REMINDER_WORKING_DAYS", 1), settingInt("REFERRAL_OVERDUE_LOOKBACK_DAYS", 14), options.batchSize);
  return runAlertBatches((tx) => alertBatch(tx, window), window.batchSize);
}

async function alertBatch(tx: Tx, { now, horizon, oldest, batchSize }: AlertWindow): Promise<DeadlineAlertsResult & { selected: number }> {
  const candidates = await tx.$queryRaw<Candidate[]>(Prisma.sql`
    SELECT r."id", r."status", r."reference", r."receivingMunicipalityId" AS "municipalityId", r."referringUserId",
           d."milestone"::"ReferralMilestone" AS "milestone", d."dueAt", d."stage"::"DeadlineAlertStage" AS "stage"
      FROM "Referral" r
      CROSS JOIN LATERAL (
        SELECT m."milestone", m."dueAt", CASE WHEN m."dueAt" < ${now} THEN 'OVERDUE' ELSE 'REMINDER' END AS "stage"
          FROM (SELECT CASE r."status" WHEN 'SENT' THEN 'RECEIPT' WHEN 'RECEIVED' THEN 'DECISION' ELSE 'CLOSING_STATUS' END AS "milestone",
                       CASE r."status" WHEN 'SENT' THEN r."receiptDueAt" WHEN 'RECEIVED' THEN r."decisionDueAt" ELSE r."closingDueAt" END AS "dueAt") m
      ) d
     WHERE r."status" IN ('SENT', 'RECEIVED', 'IN_PROGRESS') AND r."anonymisedAt" IS NULL
       AND d."dueAt" <= ${horizon} AND d."dueAt" >= ${oldest}
       AND NOT EXISTS (
         SELECT 1 FROM "ReferralDeadlineAlert" a
          WHERE a."referralId" = r."id" AND a."milestone" = d."milestone"::"ReferralMilestone"
            AND a."dueAt" = d."dueAt" AND a."stage" = d."stage"::"DeadlineAlertStage")
     LIMIT ${batchSize}
     FOR UPDATE OF r SKIP LOCKED`);
  if (candidates.length === 0) return { reminders: 0, overdue: 0, selected: 0 };

  // The guard: only the alerts this transaction inserts go on (a concurrent worker's are skipped).
  const inserted = await tx.referralDeadlineAlert.createManyAndReturn({
    data: candidates.map((c) => ({ referralId: c.id, milestone: c.milestone, stage: c.stage, dueAt: c.dueAt, createdAt: now })),
    skipDuplicates: true,
    select: { referralId: true, milestone: true, stage: true, dueAt: true },
  });
  const key = (a: { referralId?: string; id?: string; milestone: string; stage: string; dueAt: Date }) => `${a.referralId ?? a.id}|${a.milestone}|${a.stage}|${a.dueAt.getTime()}`;
  const won = new Set(inserted.map(key));
  const mine = candidates.filter((c) => won.has(key(c)));

  const staffOf = new Map<string, string[]>();
  for (const municipalityId of new Set(mine.map((c) => c.municipalityId))) staffOf.set(municipalityId, await municipalStaffIds(tx, municipalityId));

  const overdue = mine.filter((c) => c.stage === "OVERDUE");
  if (overdue.length) {
    const systemId = await systemUserId(tx);
    await tx.referralEvent.createMany({
      data: overdue.map((c) => ({
        referralId: c.id,
        type: "OVERDUE" as const,
        fromStatus: c.status,
        toStatus: c.status,
        actorUserId: systemId,
        actorOrganisationId: c.municipalityId,
        occurredAt: now,
      })),
    });
  }
  await notifyMany(
    tx,
    mine.map((c) => {
      const params = { reference: c.reference, due: danishDay(c.dueAt), milestone: c.milestone };
      const staff = staffOf.get(c.municipalityId) ?? [];
      return c.stage === "REMINDER"
        ? { userIds: staff, kind: "REFERRAL_DEADLINE_SOON" as const, referralId: c.id, params }
        : { userIds: [...staff, c.referringUserId], kind: "REFERRAL_OVERDUE" as const, referralId: c.id, params };
    }),
    now,
  );
  await recordAuditEvents(
    tx,
    null,
    mine.map((c) => ({
      action: c.stage === "OVERDUE" ? "referral.overdue" : "referral.deadlineReminder",
      entityType: "Referral",
      entityId: c.id,
      after: { job: "deadline-alerts", milestone: c.milestone, dueAt: c.dueAt.toISOString(), at: now.toISOString() },
    })),
  );
  return { reminders: mine.length - overdue.length, overdue: overdue.length, selected: candidates.length };
}
