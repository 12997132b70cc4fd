import "server-only";
/**
 * Retention of referral personal data (issue 11, docs/decisions/023-referral-retention.md): a referral
 * closed — completed, dropped out, cancelled, or rejected and not reassigned — more than
 * REFERRAL_RETENTION_MONTHS (default 24) months ago, counted in Danish calendar months, is anonymised:
 * the CPR number, the citizen's name and every free-text field are removed (also the notes on its
 * timeline). What statistics read stays: status, dates, deadlines, offer, organisations, risk factors
 * and diagnoses, the closing status's yes/no answers. One audit row per referral; the access log
 * (who read the personal data, when) is kept as the law requires.
 */
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvents } from "@/lib/audit/record-audit-event";
import { addMonths, danishDate, startOfDanishDay } from "@/lib/calendar";
import { JOB_BATCH, settingInt, type JobClock } from "./system";

/** What a referral's personal fields read after anonymisation. */
export const ANONYMISED_NAME = "";
export const ANONYMISED_CPR = "";

/** The instant before which a referral must have closed to be anonymised at `now`. */
export function retentionCutoff(now: Date, months = settingInt("REFERRAL_RETENTION_MONTHS", 24, 1)): Date {
  return startOfDanishDay(addMonths(danishDate(now), -months));
}

export async function runRetention(clock: JobClock, options: { batchSize?: number } = {}): Promise<{ anonymised: number }> {
  const cutoff = retentionCutoff(clock.now);
  const batchSize = options.batchSize ?? JOB_BATCH;
  let anonymised = 0;
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string; status: string; closedOn: Date }[]>(Prisma.sql`
        SELECT r."id", r."status"::text AS "status", COALESCE(r."closedAt", r."decidedAt") AS "closedOn"
          FROM "Referral" r
         WHERE r."anonymisedAt" IS NULL
           AND ((r."status" IN ('COMPLETED', 'DROPPED_OUT', 'CANCELLED') AND r."closedAt" < ${cutoff})
             OR (r."status" = 'REJECTED' AND r."decidedAt" < ${cutoff}))
         ORDER BY r."id"
         LIMIT ${batchSize}
         FOR UPDATE OF r SKIP LOCKED`);
      if (due.length === 0) return 0;
      const ids = due.map((r) => r.id);
      await tx.referral.updateMany({
        where: { id: { in: ids }, anonymisedAt: null },
        data: {
          citizenCpr: ANONYMISED_CPR,
          citizenName: ANONYMISED_NAME,
          reason: "",
          relevantInformation: null,
          specialNeeds: null,
          rejectionReason: null,
          dropOutReason: null,
          cancellationReason: null,
          closingGoal: null,
          closingBenefit: null,
          closingFollowUpNote: null,
          anonymisedAt: clock.now,
          version: { increment: 1 },
        },
      });
      await tx.referralEvent.updateMany({ where: { referralId: { in: ids }, note: { not: null } }, data: { note: null } });
      await recordAuditEvents(
        tx,
        null,
        due.map((r) => ({
          action: "referral.anonymise",
          entityType: "Referral",
          entityId: r.id,
          after: { job: "retention", status: r.status, closedOn: r.closedOn.toISOString(), cutoff: cutoff.toISOString(), at: clock.now.toISOString() },
        })),
      );
      return due.length;
    });
    anonymised += count;
    if (count < batchSize) return { anonymised };
  }
}
