import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canRecordConsultationResponse } from "@/lib/rules/agreements";
import { InvalidError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { recordConsultationResponseInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import { isoDay } from "./dates";

export type ConsultationResponseDto = { id: string; versionId: string; respondent: string; outcome: string; version: number };

/**
 * Records a consultation response (høringssvar): who responded (a name, and the organisation if it
 * is one in the portal), on which section (optional) and what they wrote. Its outcome starts PENDING.
 */
export async function recordConsultationResponse(actor: Actor | null, input: unknown): Promise<ConsultationResponseDto> {
  const data = parseInput(recordConsultationResponseInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const version = await loadVersionForChange(tx, current, data.versionId, "share");
    ensureAllowed(canRecordConsultationResponse(current, factsOf(version)));
    if (data.sectionId && !(await tx.section.findFirst({ where: { id: data.sectionId, versionId: version.id }, select: { id: true } }))) {
      throw new InvalidError("errors.invalid", { sectionId: ["validation.choose"] });
    }
    if (data.organisationId && !(await tx.organisation.findUnique({ where: { id: data.organisationId }, select: { id: true } }))) {
      throw new InvalidError("errors.invalid", { organisationId: ["validation.choose"] });
    }
    const response = await tx.consultationResponse.create({
      data: {
        versionId: version.id,
        respondent: data.respondent,
        organisationId: data.organisationId ?? null,
        sectionId: data.sectionId ?? null,
        text: data.text,
        receivedOn: data.receivedOn,
      },
      select: { id: true, versionId: true, respondent: true, outcome: true, version: true },
    });
    await recordAuditEvent(tx, current, {
      action: "consultationResponse.record",
      entityType: "ConsultationResponse",
      entityId: response.id,
      after: { versionId: version.id, respondent: data.respondent, organisationId: data.organisationId, sectionId: data.sectionId, receivedOn: isoDay(data.receivedOn), text: data.text },
    });
    return response;
  });
}
