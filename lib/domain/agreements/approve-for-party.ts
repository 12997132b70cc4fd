import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { allPartiesApproved, canApproveForParty } from "@/lib/rules/agreements";
import { ConflictError, InvalidError } from "@/lib/domain/errors";
import { ensureAllowed, isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { approveForPartyInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import { isoDay, todayInDenmark } from "./dates";
import type { VersionStateDto } from "./dto";

/**
 * A party's coordinator records their council's approval (decided on, by which body). When the last
 * party has approved, the version becomes APPROVED — and frozen. The version row is locked for the
 * step, so two parties approving at the same moment cannot both miss being the last one.
 */
export async function approveForParty(actor: Actor | null, input: unknown): Promise<VersionStateDto> {
  const data = parseInput(approveForPartyInput, input);
  const current = requireSignedIn(actor);
  if (isoDay(data.decidedOn) > todayInDenmark()) throw new InvalidError("errors.invalid", { decidedOn: ["validation.agreements.decidedInFuture"] });

  try {
    return await db.$transaction(async (tx) => {
      const version = await loadVersionForChange(tx, current, data.versionId, "update");
      const pending = await tx.consultationResponse.count({ where: { versionId: version.id, outcome: "PENDING" } });
      const facts = factsOf(version);
      ensureAllowed(canApproveForParty(current, { ...facts, pendingConsultationResponses: pending }, data.organisationId));

      const party = version.parties.find((p) => p.organisationId === data.organisationId)!;
      const approval = await tx.partyApproval.create({
        data: {
          versionId: version.id,
          organisationId: data.organisationId,
          approvedById: current.userId,
          decidedOn: data.decidedOn,
          approvingBody: data.approvingBody ?? party.approvingBody,
          note: data.note ?? null,
        },
        select: { id: true, approvingBody: true },
      });
      await recordAuditEvent(tx, current, {
        action: "partyApproval.record",
        entityType: "PartyApproval",
        entityId: approval.id,
        after: { versionId: version.id, organisationId: data.organisationId, decidedOn: isoDay(data.decidedOn), approvingBody: approval.approvingBody, note: data.note },
      });

      const approved = [...(facts.approvedOrganisationIds ?? []), data.organisationId];
      if (!allPartiesApproved({ partyOrganisationIds: facts.partyOrganisationIds, approvedOrganisationIds: approved })) {
        return { id: version.id, agreementId: version.agreementId, number: version.number, status: version.status, version: version.version };
      }
      const approvedAt = new Date();
      const updated = await tx.agreementVersion.update({
        where: { id: version.id },
        data: { status: "APPROVED", approvedAt, version: { increment: 1 } },
        select: { id: true, agreementId: true, number: true, status: true, version: true },
      });
      await recordAuditEvent(tx, current, {
        action: "agreementVersion.approve",
        entityType: "AgreementVersion",
        entityId: version.id,
        before: { status: version.status },
        after: { status: updated.status, approvedAt, parties: approved.length },
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("agreements.reason.alreadyApproved");
    throw error;
  }
}
