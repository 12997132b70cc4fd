import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canDecideConsultationResponse } from "@/lib/rules/agreements";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { decideConsultationResponseInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import { visibleVersionsWhere } from "./scope";
import type { ConsultationResponseDto } from "./record-consultation-response";

/** The region's answer to a consultation response: afvist (rejected) or taget til efterretning (noted), with a comment. */
export async function decideConsultationResponse(actor: Actor | null, input: unknown): Promise<ConsultationResponseDto> {
  const data = parseInput(decideConsultationResponseInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const found = await tx.consultationResponse.findFirst({
      where: { AND: [{ id: data.responseId }, { agreementVersion: visibleVersionsWhere(current) }] }, // scoped
      select: { versionId: true },
    });
    if (!found) throw new NotFoundError();
    const version = await loadVersionForChange(tx, current, found.versionId, "share");
    ensureAllowed(canDecideConsultationResponse(current, factsOf(version)));
    const before = await tx.consultationResponse.findUniqueOrThrow({ where: { id: data.responseId }, select: { outcome: true, comment: true } });
    const { count } = await tx.consultationResponse.updateMany({
      where: { id: data.responseId, version: data.version },
      data: { outcome: data.outcome, comment: data.comment, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("errors.conflict");
    await recordAuditEvent(tx, current, {
      action: "consultationResponse.decide",
      entityType: "ConsultationResponse",
      entityId: data.responseId,
      before,
      after: { outcome: data.outcome, comment: data.comment },
    });
    return tx.consultationResponse.findUniqueOrThrow({
      where: { id: data.responseId },
      select: { id: true, versionId: true, respondent: true, outcome: true, version: true },
    });
  });
}
