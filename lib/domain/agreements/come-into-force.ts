import "server-only";
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { dateFromIsoDay, isoDay } from "./dates";
import type { VersionStateDto } from "./dto";

/**
 * The write of APPROVED → IN_FORCE, shared by the coordinator's button (bring-into-force.ts) and the
 * scheduled job (lib/domain/jobs/agreement-lifecycle.ts): the version in force until now becomes
 * SUPERSEDED, in force to the day before — one step, so an agreement never has two versions in force.
 * The caller holds the agreement's row lock and has checked the rule. `actor` null = the job.
 */
export async function comeIntoForce(
  tx: Tx,
  actor: Actor | null,
  version: { id: string; agreementId: string; status: string },
  startsOn: string,
  audit: Record<string, unknown> = {},
): Promise<VersionStateDto> {
  const previous = await tx.agreementVersion.findMany({
    where: { agreementId: version.agreementId, status: "IN_FORCE", id: { not: version.id } },
    select: { id: true, status: true, inForceTo: true },
  });
  const dayBefore = dateFromIsoDay(startsOn);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  for (const old of previous) {
    await tx.agreementVersion.update({ where: { id: old.id }, data: { status: "SUPERSEDED", inForceTo: dayBefore, version: { increment: 1 } } });
    await recordAuditEvent(tx, actor, {
      action: "agreementVersion.supersede",
      entityType: "AgreementVersion",
      entityId: old.id,
      before: { status: old.status, inForceTo: old.inForceTo },
      after: { status: "SUPERSEDED", inForceTo: isoDay(dayBefore), supersededBy: version.id, ...audit },
    });
  }
  const updated = await tx.agreementVersion.update({
    where: { id: version.id },
    data: { status: "IN_FORCE", inForceFrom: dateFromIsoDay(startsOn), version: { increment: 1 } },
    select: { id: true, agreementId: true, number: true, status: true, version: true },
  });
  await recordAuditEvent(tx, actor, {
    action: "agreementVersion.bringIntoForce",
    entityType: "AgreementVersion",
    entityId: version.id,
    before: { status: version.status },
    after: { status: "IN_FORCE", inForceFrom: startsOn, superseded: previous.map((p) => p.id), ...audit },
  });
  return updated;
}
