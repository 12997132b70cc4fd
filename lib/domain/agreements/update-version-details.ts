import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditVersion } from "@/lib/rules/agreements";
import { ConflictError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { updateVersionDetailsInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import type { VersionStateDto } from "./dto";

/** Label, summary, start date and consultation deadline of an editable version. */
export async function updateVersionDetails(actor: Actor | null, input: unknown): Promise<VersionStateDto> {
  const data = parseInput(updateVersionDetailsInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const version = await loadVersionForChange(tx, current, data.versionId, "update");
    ensureAllowed(canEditVersion(current, factsOf(version)));

    const changes = {
      label: data.label,
      summary: data.summary ?? null,
      inForceFrom: data.inForceFrom ?? null,
      consultationEndsAt: data.consultationEndsAt ?? null,
    };
    const { count } = await tx.agreementVersion.updateMany({
      where: { id: version.id, version: data.version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("errors.conflict");
    await recordAuditEvent(tx, current, {
      action: "agreementVersion.updateDetails",
      entityType: "AgreementVersion",
      entityId: version.id,
      before: { label: version.label, summary: version.summary, inForceFrom: version.inForceFrom, consultationEndsAt: version.consultationEndsAt, version: version.version },
      after: { ...changes, version: data.version + 1 },
    });
    return { id: version.id, agreementId: version.agreementId, number: version.number, status: version.status, version: data.version + 1 };
  });
}
