import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canStartAmendment, OPEN_STATUSES } from "@/lib/rules/agreements";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { startAmendmentInput } from "./schemas";
import { factsOf, loadVersionForChange, lockAgreementRow } from "./version-facts";
import { visibleVersionsWhere } from "./scope";
import type { VersionStateDto } from "./dto";

/**
 * Starts an amendment (tillæg): a new DRAFT version copied from an approved or in-force one — the
 * same parties (without their approvals), sections, obligations, goals with indicators and their
 * measurements, and the requirement assessments. Copies keep their lineageId (so the versions can be
 * compared) and get new ids; each copied section starts its history with revision 1.
 */
export async function startAmendment(actor: Actor | null, input: unknown): Promise<VersionStateDto> {
  const data = parseInput(startAmendmentInput, input);
  const current = requireSignedIn(actor);

  try {
    return await db.$transaction(async (tx) => {
      const found = await tx.agreementVersion.findFirst({ where: { AND: [{ id: data.versionId }, visibleVersionsWhere(current)] }, select: { agreementId: true } });
      if (!found) throw new NotFoundError();
      await lockAgreementRow(tx, found.agreementId);
      const source = await loadVersionForChange(tx, current, data.versionId, "update");
      const openAmendmentExists = (await tx.agreementVersion.count({ where: { agreementId: source.agreementId, status: { in: [...OPEN_STATUSES] } } })) > 0;
      ensureAllowed(canStartAmendment(current, { ...factsOf(source), openAmendmentExists }));

      const last = await tx.agreementVersion.aggregate({ where: { agreementId: source.agreementId }, _max: { number: true } });
      const number = (last._max.number ?? source.number) + 1;
      const created = await tx.agreementVersion.create({
        data: {
          agreementId: source.agreementId,
          number,
          label: data.label ?? `Tillæg ${number - 1}`,
          status: "DRAFT",
          basedOnVersionId: source.id,
          inForceFrom: data.inForceFrom ?? null,
          parties: { create: source.parties.map((p) => ({ organisationId: p.organisationId, partyKind: p.partyKind, approvingBody: p.approvingBody })) },
        },
        select: { id: true, agreementId: true, number: true, status: true, version: true },
      });

      // Sections: new ids up front, so parents can be mapped in one insert.
      const sections = await tx.section.findMany({ where: { versionId: source.id }, orderBy: [{ position: "asc" }] });
      const sectionIds = new Map(sections.map((s) => [s.id, randomUUID()]));
      await tx.section.createMany({
        data: sections.map((s) => ({
          id: sectionIds.get(s.id)!,
          versionId: created.id,
          lineageId: s.lineageId,
          parentId: s.parentId ? sectionIds.get(s.parentId)! : null,
          kind: s.kind,
          number: s.number,
          title: s.title,
          body: s.body,
          layer: s.layer,
          area: s.area,
          position: s.position,
        })),
      });
      await tx.sectionRevision.createMany({
        data: sections.map((s) => ({ sectionId: sectionIds.get(s.id)!, revision: 1, number: s.number, title: s.title, body: s.body, authorId: current.userId })),
      });

      const obligations = await tx.obligation.findMany({ where: { section: { versionId: source.id } } });
      await tx.obligation.createMany({
        data: obligations.map((o) => ({
          sectionId: sectionIds.get(o.sectionId)!,
          lineageId: o.lineageId,
          responsibleParty: o.responsibleParty,
          action: o.action,
          trigger: o.trigger,
          deadlineAmount: o.deadlineAmount,
          deadlineUnit: o.deadlineUnit,
          channel: o.channel,
          modality: o.modality,
          source: o.source,
          referralMilestone: o.referralMilestone,
          workflowDeadline: o.workflowDeadline,
          position: o.position,
        })),
      });

      const goals = await tx.goal.findMany({ where: { versionId: source.id }, include: { indicators: { include: { measurements: true } } } });
      const goalIds = new Map(goals.map((g) => [g.id, randomUUID()]));
      await tx.goal.createMany({
        data: goals.map((g) => ({
          id: goalIds.get(g.id)!,
          versionId: created.id,
          sectionId: g.sectionId ? (sectionIds.get(g.sectionId) ?? null) : null,
          lineageId: g.lineageId,
          kind: g.kind,
          number: g.number,
          statement: g.statement,
          direction: g.direction,
          description: g.description,
          midTermStatus: g.midTermStatus,
          finalStatus: g.finalStatus,
          position: g.position,
        })),
      });
      const indicators = goals.flatMap((g) => g.indicators.map((i) => ({ ...i, newId: randomUUID(), newGoalId: goalIds.get(g.id)! })));
      await tx.indicator.createMany({
        data: indicators.map((i) => ({
          id: i.newId,
          goalId: i.newGoalId,
          name: i.name,
          baseline: i.baseline,
          baselineYear: i.baselineYear,
          target: i.target,
          targetYear: i.targetYear,
          unit: i.unit,
          method: i.method,
          dataSource: i.dataSource,
          frequency: i.frequency,
          responsibleForumId: i.responsibleForumId,
        })),
      });
      await tx.measurement.createMany({
        data: indicators.flatMap((i) =>
          i.measurements.map((m) => ({ indicatorId: i.newId, measuredOn: m.measuredOn, value: m.value, note: m.note, recordedById: m.recordedById, createdAt: m.createdAt })),
        ),
      });

      const assessments = await tx.requirementAssessment.findMany({ where: { versionId: source.id }, include: { sections: true } });
      const assessmentIds = new Map(assessments.map((a) => [a.id, randomUUID()]));
      await tx.requirementAssessment.createMany({
        data: assessments.map((a) => ({ id: assessmentIds.get(a.id)!, versionId: created.id, itemId: a.itemId, status: a.status, comment: a.comment })),
      });
      await tx.requirementAssessmentSection.createMany({
        data: assessments.flatMap((a) =>
          a.sections.filter((l) => sectionIds.has(l.sectionId)).map((l) => ({ assessmentId: assessmentIds.get(a.id)!, sectionId: sectionIds.get(l.sectionId)! })),
        ),
      });

      await recordAuditEvent(tx, current, {
        action: "agreementVersion.amend",
        entityType: "AgreementVersion",
        entityId: created.id,
        after: {
          agreementId: created.agreementId,
          number,
          basedOnVersionId: source.id,
          label: data.label ?? `Tillæg ${number - 1}`,
          copied: { parties: source.parties.length, sections: sections.length, obligations: obligations.length, goals: goals.length, indicators: indicators.length, assessments: assessments.length },
        },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("agreements.reason.openAmendmentExists");
    throw error;
  }
}
