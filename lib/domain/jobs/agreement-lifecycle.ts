import "server-only";
/**
 * Agreement lifecycle by date (issue 11): on its date of coming into force (the Danish calendar day,
 * Europe/Copenhagen) an APPROVED version comes into force and supersedes the version in force until
 * then; an IN_FORCE version whose agreement period has ended expires. The same rules
 * (lib/rules/agreements.ts dueToComeIntoForce, dueToExpire) and the same write (come-into-force.ts) as
 * the coordinator's buttons, with no actor: the audit rows say `job`. An amendment without its own
 * date is not brought into force by the job (its date is the day a coordinator chooses).
 */
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { dueToComeIntoForce, dueToExpire } from "@/lib/rules/agreements";
import { comeIntoForce } from "@/lib/domain/agreements/come-into-force";
import { lockAgreementRow } from "@/lib/domain/agreements/version-facts";
import { dateFromIsoDay, isoDay, todayInDenmark } from "@/lib/domain/agreements/dates";
import type { JobClock } from "./system";

const JOB = { job: "agreement-lifecycle" };

/** The version, read after taking its agreement's row lock (lifecycle steps of one agreement take turns). */
async function lockedVersion<S extends Prisma.AgreementVersionSelect>(tx: Tx, id: string, select: S) {
  const head = await tx.agreementVersion.findUniqueOrThrow({ where: { id }, select: { agreementId: true } });
  await lockAgreementRow(tx, head.agreementId);
  return tx.agreementVersion.findUniqueOrThrow({ where: { id }, select });
}

export async function runAgreementLifecycle(clock: JobClock): Promise<{ inForce: string[]; expired: string[] }> {
  const today = todayInDenmark(clock.now);
  const todayDate = dateFromIsoDay(today);
  const approved = await db.agreementVersion.findMany({
    where: { status: "APPROVED", OR: [{ inForceFrom: { lte: todayDate } }, { inForceFrom: null, number: 1, agreement: { periodStart: { lte: todayDate } } }] },
    select: { id: true },
    orderBy: [{ inForceFrom: "asc" }, { number: "asc" }],
  });
  const inForce: string[] = [];
  for (const { id } of approved) {
    const done = await db.$transaction(async (tx) => {
      const version = await lockedVersion(tx, id, { id: true, agreementId: true, status: true, number: true, inForceFrom: true, agreement: { select: { periodStart: true } } });
      const startsOn = version.inForceFrom ? isoDay(version.inForceFrom) : version.number === 1 ? isoDay(version.agreement.periodStart) : null;
      if (!startsOn || !dueToComeIntoForce({ status: version.status, startsOn }, today).allowed) return false;
      await comeIntoForce(tx, null, version, startsOn, JOB);
      return true;
    });
    if (done) inForce.push(id);
  }

  const ending = await db.agreementVersion.findMany({ where: { status: "IN_FORCE", agreement: { periodEnd: { lt: todayDate } } }, select: { id: true } });
  const expired: string[] = [];
  for (const { id } of ending) {
    const done = await db.$transaction(async (tx) => {
      const version = await lockedVersion(tx, id, { status: true, agreement: { select: { periodEnd: true } } });
      const periodEnd = isoDay(version.agreement.periodEnd);
      if (!dueToExpire({ status: version.status, periodEnd }, today).allowed) return false;
      await tx.agreementVersion.update({ where: { id }, data: { status: "EXPIRED", inForceTo: version.agreement.periodEnd, version: { increment: 1 } } });
      await recordAuditEvent(tx, null, {
        action: "agreementVersion.expire",
        entityType: "AgreementVersion",
        entityId: id,
        before: { status: version.status },
        after: { status: "EXPIRED", inForceTo: periodEnd, ...JOB },
      });
      return true;
    });
    if (done) expired.push(id);
  }
  return { inForce, expired };
}
