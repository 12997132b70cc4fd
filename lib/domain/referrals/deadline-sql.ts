import "server-only";
/**
 * Whether a referral kept each of its deadlines, as SQL over a row `r` of "Referral" — the one
 * definition the referral statistics (overdue share) and the compliance view (share met) share:
 *   TRUE  = done by the deadline; FALSE = done late, or not done and the deadline has passed while the
 *   referral still waits for that step; NULL = no deadline, not yet due, or the step fell away
 *   (cancelled, rejected before a course …).
 * receipt: receivedAt vs receiptDueAt (waiting = SENT) · decision: decidedAt vs decisionDueAt
 * (waiting = RECEIVED) · closing status: closedAt of a COMPLETED/DROPPED_OUT course vs closingDueAt
 * (waiting = IN_PROGRESS).
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type ReferralDeadline = "receipt" | "decision" | "closing";

export function referralDeadlineKept(now: Date): Record<ReferralDeadline, Prisma.Sql> {
  return {
    receipt: Prisma.sql`(CASE WHEN r."receiptDueAt" IS NULL THEN NULL
                              WHEN r."receivedAt" IS NOT NULL THEN r."receivedAt" <= r."receiptDueAt"
                              WHEN r."status" = 'SENT' AND ${now} > r."receiptDueAt" THEN FALSE END)`,
    decision: Prisma.sql`(CASE WHEN r."decisionDueAt" IS NULL THEN NULL
                               WHEN r."decidedAt" IS NOT NULL THEN r."decidedAt" <= r."decisionDueAt"
                               WHEN r."status" = 'RECEIVED' AND ${now} > r."decisionDueAt" THEN FALSE END)`,
    closing: Prisma.sql`(CASE WHEN r."closingDueAt" IS NULL THEN NULL
                              WHEN r."status" IN ('COMPLETED', 'DROPPED_OUT') AND r."closedAt" IS NOT NULL THEN r."closedAt" <= r."closingDueAt"
                              WHEN r."status" = 'IN_PROGRESS' AND ${now} > r."closingDueAt" THEN FALSE END)`,
  };
}
