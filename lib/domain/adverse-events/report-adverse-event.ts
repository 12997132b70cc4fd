import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canReportAdverseEvent } from "@/lib/rules/adverse-events";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { InvalidError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { nextCaseReference } from "@/lib/domain/case-reference";
import { reportAdverseEventInput } from "./schemas";
import { closeDueAfter } from "./deadline";
import { adverseEventAuditSnapshot, type AdverseEventChangeDto } from "./dto";

/**
 * A risk manager reports an adverse event for their organisation around its DPSD reference, naming
 * the other organisations involved (at least one: the case is across sectors). The close is due 90
 * days after reporting (deadline.ts).
 */
export async function reportAdverseEvent(actor: Actor | null, input: unknown): Promise<AdverseEventChangeDto> {
  const data = parseInput(reportAdverseEventInput, input);
  const current = requireSignedIn(actor);
  ensureAllowed(canReportAdverseEvent(current, data.reportingOrganisationId));

  const partyIds = [...new Set([data.reportingOrganisationId, ...data.partyIds])];
  if (partyIds.length < 2) throw new InvalidError("errors.invalid", { partyIds: ["adverseEvents.reason.otherPartyRequired"] });

  return db.$transaction(async (tx) => {
    const found = await tx.organisation.count({ where: { id: { in: partyIds }, kind: { in: ["REGION", "MUNICIPALITY", "HOSPITAL", "GP_CLINIC"] } } });
    if (found !== partyIds.length) throw new InvalidError("errors.invalid", { partyIds: ["validation.choose"] });
    const now = new Date();
    const event = await tx.adverseEvent.create({
      data: {
        reference: await nextCaseReference(tx, "UH", now),
        dpsdReference: data.dpsdReference,
        title: data.title,
        description: data.description,
        reportingOrganisationId: data.reportingOrganisationId,
        reportedById: current.userId,
        reportedAt: now,
        closeDueAt: closeDueAfter(now),
        parties: { create: partyIds.map((organisationId) => ({ organisationId })) },
      },
    });
    await recordAuditEvent(tx, current, {
      action: "adverseEvent.report",
      entityType: "AdverseEvent",
      entityId: event.id,
      after: { ...adverseEventAuditSnapshot(event), reference: event.reference, dpsdReference: event.dpsdReference, partyIds, closeDueAt: event.closeDueAt },
    });
    return { id: event.id, reference: event.reference, status: event.status, version: event.version };
  });
}
