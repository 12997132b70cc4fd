import "server-only";
/**
 * The adverse events' 90-day close, reminded and escalated by the job queue (issue 14) — the pattern of
 * the referral deadline alerts (deadline-alerts.ts). For each case not yet closed whose close deadline
 * (closeDueAt: 90 calendar days after the Danish day of reporting, end of that day) is near or passed:
 *
 *  - REMINDER: the deadline falls within ADVERSE_EVENT_REMINDER_WORKING_DAYS working days (default 5,
 *    lib/rules/adverse-events.ts ADVERSE_EVENT_REMINDER_RULE) of today on the Danish calendar — the
 *    primary case handler's risk managers are notified (the reporter's until a handler is agreed);
 *  - OVERDUE: the deadline has passed — escalated: the risk managers of every party are notified.
 *
 * Exactly once per deadline: the AdverseEventDeadlineAlert row (unique event, stage, due instant) is
 * inserted first and the rest is written only for rows this transaction inserted; the event rows are
 * locked with SKIP LOCKED so two workers split a batch. Deadlines that passed more than
 * ADVERSE_EVENT_OVERDUE_LOOKBACK_DAYS (default 14) ago are left alone. The notification carries the
 * case's reference and the due day only — no description, no DPSD reference.
 */
import type { Tx } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdverseEventStatus } from "@/lib/generated/prisma/enums";
import { recordAuditEvents } from "@/lib/audit/record-audit-event";
import { danishDate } from "@/lib/calendar";
import { ADVERSE_EVENT_REMINDER_RULE, closeAlertOrganisations, closeAlertStage, RISK_MANAGER_ROLE } from "@/lib/rules/adverse-events";
import { notifyMany } from "@/lib/domain/notifications/notify";
import { alertWindow, type AlertWindow } from "./deadline-alerts";
import { runAlertBatches, settingInt, type JobClock } from "./system";

export type AdverseEventDeadlinesResult = { reminders: number; overdue: number };

type Candidate = { id: string; reference: string; status: AdverseEventStatus; closeDueAt: Date; reportingOrganisationId: string; primaryHandlerOrganisationId: string | null; partyIds: string[] };

const danishDay = (instant: Date) => danishDate(instant).split("-").reverse().join(".");

export async function runAdverseEventDeadlines(clock: JobClock, options: { batchSize?: number } = {}): Promise<AdverseEventDeadlinesResult> {
  const reminderDays = settingInt("ADVERSE_EVENT_REMINDER_WORKING_DAYS", ADVERSE_EVENT_REMINDER_RULE.amount);
  const window = alertWindow(clock.now, reminderDays, settingInt("ADVERSE_EVENT_OVERDUE_LOOKBACK_DAYS", 14), options.batchSize);
  return runAlertBatches((tx) => closeAlertBatch(tx, window), window.batchSize);
}

async function closeAlertBatch(tx: Tx, { now, horizon, oldest, batchSize }: AlertWindow): Promise<AdverseEventDeadlinesResult & { selected: number }> {
  const candidates = await tx.$queryRaw<Candidate[]>(Prisma.sql`
    SELECT e."id", e."reference", e."status", e."closeDueAt", e."reportingOrganisationId", e."primaryHandlerOrganisationId",
           ARRAY(SELECT p."organisationId" FROM "AdverseEventParty" p WHERE p."eventId" = e."id" ORDER BY p."organisationId") AS "partyIds"
      FROM "AdverseEvent" e
     WHERE e."status" <> 'CLOSED' AND e."closeDueAt" <= ${horizon} AND e."closeDueAt" >= ${oldest}
       AND NOT EXISTS (
         SELECT 1 FROM "AdverseEventDeadlineAlert" a
          WHERE a."eventId" = e."id" AND a."dueAt" = e."closeDueAt"
            AND a."stage" = (CASE WHEN e."closeDueAt" < ${now} THEN 'OVERDUE' ELSE 'REMINDER' END)::"DeadlineAlertStage")
     ORDER BY e."closeDueAt", e."id"
     LIMIT ${batchSize}
     FOR UPDATE OF e SKIP LOCKED`);
  if (candidates.length === 0) return { reminders: 0, overdue: 0, selected: 0 };

  // The stage by the rule (the SQL's CASE only keeps a done alert from being selected again).
  const due = candidates.flatMap((c) => {
    const stage = closeAlertStage(c, now, horizon);
    return stage ? [{ ...c, stage }] : [];
  });
  // The guard: only the alerts this transaction inserts go on (a concurrent worker's are skipped).
  const inserted = await tx.adverseEventDeadlineAlert.createManyAndReturn({
    data: due.map((c) => ({ eventId: c.id, stage: c.stage, dueAt: c.closeDueAt, createdAt: now })),
    skipDuplicates: true,
    select: { eventId: true, stage: true },
  });
  const won = new Set(inserted.map((a) => `${a.eventId}|${a.stage}`));
  const mine = due.filter((c) => won.has(`${c.id}|${c.stage}`));
  if (mine.length === 0) return { reminders: 0, overdue: 0, selected: candidates.length };

  const organisations = [...new Set(mine.flatMap((c) => closeAlertOrganisations(c, c.stage)))];
  const riskManagers = await tx.membership.findMany({
    where: { organisationId: { in: organisations }, role: RISK_MANAGER_ROLE, user: { active: true } },
    select: { organisationId: true, userId: true },
  });
  const managersOf = (organisationIds: string[]) => riskManagers.filter((m) => organisationIds.includes(m.organisationId)).map((m) => m.userId);

  await notifyMany(
    tx,
    mine.map((c) => ({
      userIds: managersOf(closeAlertOrganisations(c, c.stage)),
      kind: c.stage === "REMINDER" ? ("ADVERSE_EVENT_DEADLINE_SOON" as const) : ("ADVERSE_EVENT_OVERDUE" as const),
      params: { reference: c.reference, due: danishDay(c.closeDueAt), eventId: c.id },
    })),
    now,
  );
  await recordAuditEvents(
    tx,
    null,
    mine.map((c) => ({
      action: c.stage === "OVERDUE" ? "adverseEvent.overdue" : "adverseEvent.deadlineReminder",
      entityType: "AdverseEvent",
      entityId: c.id,
      after: { job: "adverse-event-deadlines", dueAt: c.closeDueAt.toISOString(), notified: closeAlertOrganisations(c, c.stage), at: now.toISOString() },
    })),
  );
  const overdue = mine.filter((c) => c.stage === "OVERDUE").length;
  return { reminders: mine.length - overdue, overdue, selected: candidates.length };
}
