import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canExpire } from "@/lib/rules/agreements";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { expireVersionInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import { isoDay, todayInDenmark } from "./dates";
import type { VersionStateDto } from "./dto";

/** IN_FORCE → EXPIRED once the agreement's period has ended (in force to its last day). */
export async function expireVersion(actor: Actor | null, input: unknown): Promise<VersionStateDto> {
  const data = parseInput(expireVersionInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const version = await loadVersionForChange(tx, current, data.versionId, "update");
    const periodEnd = isoDay(version.agreement.periodEnd);
    ensureAllowed(canExpire(current, { ...factsOf(version), periodEnd }, todayInDenmark()));
    const updated = await tx.agreementVersion.update({
      where: { id: version.id },
      data: { status: "EXPIRED", inForceTo: version.agreement.periodEnd, version: { increment: 1 } },
      select: { id: true, agreementId: true, number: true, status: true, version: true },
    });
    await recordAuditEvent(tx, current, {
      action: "agreementVersion.expire",
      entityType: "AgreementVersion",
      entityId: version.id,
      before: { status: version.status },
      after: { status: "EXPIRED", inForceTo: periodEnd },
    });
    return updated;
  });
}
