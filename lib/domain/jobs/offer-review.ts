import "server-only";
/**
 * Offer freshness (issue 11): a published offer past its review interval (lib/rules/offers.ts
 * reviewDueAt) notifies its municipality's coordinators once per confirmation (OFFER_REVIEW_DUE;
 * Offer.reviewDueNotifiedAt remembers it until the next confirmation). The public "not recently
 * confirmed" mark is computed from the same dates when a page renders; so that cached public pages
 * show it by themselves, the job invalidates the cached pages when an offer has passed its review date
 * since the last run (lib/cache/invalidate.ts — on every app server).
 */
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvents } from "@/lib/audit/record-audit-event";
import { notifyUsers } from "@/lib/domain/notifications/notify";
import { invalidateEverywhere } from "@/lib/cache/invalidate";
import { JOB_BATCH, type JobClock } from "./system";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function runOfferReview(clock: JobClock, previousRun: Date | null = null): Promise<{ notified: number; newlyStale: number }> {
  const now = clock.now;
  let notified = 0;
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string; title: string; ownerId: string }[]>(Prisma.sql`
        SELECT o."id", o."title", o."ownerId" FROM "Offer" o
         WHERE o."status" = 'PUBLISHED'
           AND o."lastConfirmedAt" + make_interval(days => o."reviewIntervalDays") < ${now}
           AND (o."reviewDueNotifiedAt" IS NULL OR o."reviewDueNotifiedAt" < o."lastConfirmedAt")
         ORDER BY o."id" LIMIT ${JOB_BATCH} FOR UPDATE OF o SKIP LOCKED`);
      for (const offer of due) {
        const coordinators = await tx.membership.findMany({
          where: { organisationId: offer.ownerId, role: "COORDINATOR", user: { active: true } },
          select: { userId: true },
        });
        await notifyUsers(tx, coordinators.map((c) => c.userId), { kind: "OFFER_REVIEW_DUE", params: { offer: offer.title, offerId: offer.id } }, now);
      }
      if (due.length) await tx.offer.updateMany({ where: { id: { in: due.map((o) => o.id) } }, data: { reviewDueNotifiedAt: now } });
      await recordAuditEvents(
        tx,
        null,
        due.map((o) => ({ action: "offer.reviewDue", entityType: "Offer", entityId: o.id, after: { job: "offer-review", at: now.toISOString() } })),
      );
      return due.length;
    });
    notified += count;
    if (count < JOB_BATCH) break;
  }

  // Offers whose public mark appeared since the last run (or in the last day): cached pages go.
  const since = previousRun ?? new Date(now.getTime() - DAY_MS);
  const [{ count: newlyStale }] = await db.$queryRaw<{ count: number }[]>(Prisma.sql`
    SELECT count(*)::int AS "count" FROM "Offer" o
     WHERE o."status" = 'PUBLISHED'
       AND o."lastConfirmedAt" + make_interval(days => o."reviewIntervalDays") BETWEEN ${since} AND ${now}`);
  if (newlyStale > 0) await invalidateEverywhere(["offers"], { paths: ["/"] });
  return { notified, newlyStale };
}
