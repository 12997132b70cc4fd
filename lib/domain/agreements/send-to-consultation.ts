import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canSendToConsultation } from "@/lib/rules/agreements";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { sendToConsultationInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import type { VersionStateDto } from "./dto";

/** DRAFT → CONSULTATION (høring), by the region's coordinators, with an optional consultation deadline. */
export async function sendToConsultation(actor: Actor | null, input: unknown): Promise<VersionStateDto> {
  const data = parseInput(sendToConsultationInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const version = await loadVersionForChange(tx, current, data.versionId, "update");
    ensureAllowed(canSendToConsultation(current, factsOf(version)));
    const startedAt = new Date();
    const updated = await tx.agreementVersion.update({
      where: { id: version.id },
      data: {
        status: "CONSULTATION",
        consultationStartedAt: startedAt,
        consultationEndsAt: data.consultationEndsAt ?? version.consultationEndsAt,
        version: { increment: 1 },
      },
      select: { id: true, agreementId: true, number: true, status: true, version: true, consultationEndsAt: true },
    });
    await recordAuditEvent(tx, current, {
      action: "agreementVersion.sendToConsultation",
      entityType: "AgreementVersion",
      entityId: version.id,
      before: { status: version.status },
      after: { status: updated.status, consultationStartedAt: startedAt, consultationEndsAt: updated.consultationEndsAt },
    });
    return { id: updated.id, agreementId: updated.agreementId, number: updated.number, status: updated.status, version: updated.version };
  });
}
