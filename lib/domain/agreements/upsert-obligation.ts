import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { upsertObligationInput, type UpsertObligationInput } from "./schemas";
import { editableVersionOfSection } from "./version-facts";
import { obligationAuditSnapshot, obligationSelect, type ObligationDto } from "./dto";
import type { RowConflict } from "./conflict";

/**
 * Creates or changes an obligation (a responsibility rule) of a section: responsible party kind,
 * action, trigger, deadline (amount + unit, or professional judgement), channel, modality, source and
 * the referral milestone whose deadline the referral flow reads from it (one obligation per milestone
 * and version). A change carries the obligation's `version`; a stale one is refused.
 */
export async function upsertObligation(actor: Actor | null, input: unknown): Promise<ObligationDto> {
  const data = parseInput(upsertObligationInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const { versionId } = await editableVersionOfSection(tx, current, data.sectionId, "share");

    const fields = {
      sectionId: data.sectionId,
      responsibleParty: data.responsibleParty,
      action: data.action,
      trigger: data.trigger,
      deadlineAmount: data.deadlineUnit === "PROFESSIONAL_JUDGEMENT" ? null : (data.deadlineAmount ?? null),
      deadlineUnit: data.deadlineUnit ?? null,
      channel: data.channel ?? null,
      modality: data.modality,
      source: data.source ?? null,
      referralMilestone: data.referralMilestone ?? null,
    };

    if (!data.obligationId) {
      await ensureMilestoneFree(tx, versionId, data, null);
      const last = await tx.obligation.aggregate({ where: { sectionId: data.sectionId }, _max: { position: true } });
      const created = await tx.obligation.create({
        data: { ...fields, lineageId: randomUUID(), position: (last._max.position ?? -1) + 1 },
        select: obligationSelect,
      });
      await recordAuditEvent(tx, current, { action: "obligation.create", entityType: "Obligation", entityId: created.id, after: obligationAuditSnapshot(created) });
      return created;
    }

    // scoped: the obligation must belong to this version (the section was checked above)
    const before = await tx.obligation.findFirst({ where: { id: data.obligationId, section: { versionId } }, select: obligationSelect });
    if (!before) throw new NotFoundError();
    await ensureMilestoneFree(tx, versionId, data, before.lineageId);
    const { count } = await tx.obligation.updateMany({ where: { id: before.id, version: data.version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw await obligationConflict(tx, before.id);
    const after = await tx.obligation.findUniqueOrThrow({ where: { id: before.id }, select: obligationSelect });
    await recordAuditEvent(tx, current, {
      action: "obligation.update",
      entityType: "Obligation",
      entityId: before.id,
      before: obligationAuditSnapshot(before),
      after: obligationAuditSnapshot(after),
    });
    return after;
  });
}

async function ensureMilestoneFree(tx: Tx, versionId: string, data: UpsertObligationInput, ownLineageId: string | null) {
  if (!data.referralMilestone) return;
  const taken = await tx.obligation.findFirst({
    where: { referralMilestone: data.referralMilestone, section: { versionId }, ...(ownLineageId ? { lineageId: { not: ownLineageId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new InvalidError("errors.invalid", { referralMilestone: ["validation.agreements.milestoneTaken"] });
}

export async function obligationConflict(tx: Tx, obligationId: string): Promise<ConflictError> {
  const now = await tx.obligation.findUnique({ where: { id: obligationId }, select: obligationSelect });
  if (!now) return new ConflictError("agreements.conflict.deleted");
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(now)) if (value !== null && key !== "id") values[key] = String(value);
  const conflict: RowConflict = { kind: "row", version: now.version, values };
  return new ConflictError("agreements.conflict.row", {}, conflict);
}
