import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditVersion } from "@/lib/rules/agreements";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { assessRequirementInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";

export type AssessmentDto = { id: string; itemId: string; status: string; comment: string | null; sectionIds: string[]; version: number };

/**
 * Assesses one sub-point of the requirement checklist (krav 5.1–5.6) for a version: met / partly /
 * missing, the sections that meet it, a comment. The first assessment of an item creates the row;
 * later ones carry its `version`.
 */
export async function assessRequirement(actor: Actor | null, input: unknown): Promise<AssessmentDto> {
  const data = parseInput(assessRequirementInput, input);
  const current = requireSignedIn(actor);

  try {
    return await db.$transaction(async (tx) => {
      const version = await loadVersionForChange(tx, current, data.versionId, "share");
      ensureAllowed(canEditVersion(current, factsOf(version)));
      const item = await tx.requirementItem.findUnique({ where: { id: data.itemId }, select: { id: true } });
      if (!item) throw new NotFoundError();
      const ids = new Set(data.sectionIds);
      if (data.sectionNumbers) {
        const numbers = [...new Set(data.sectionNumbers.split(/[\s,;]+/).filter(Boolean))];
        const found = await tx.section.findMany({ where: { versionId: version.id, number: { in: numbers } }, select: { id: true, number: true } });
        const unknown = numbers.filter((n) => !found.some((s) => s.number === n));
        if (unknown.length) throw new InvalidError("errors.invalid", { sectionNumbers: [`validation.agreements.unknownSections|numbers=${unknown.join(" ")}`] });
        for (const s of found) ids.add(s.id);
      }
      const sectionIds = [...ids];
      const sections = await tx.section.count({ where: { id: { in: sectionIds }, versionId: version.id } });
      if (sections !== sectionIds.length) throw new InvalidError("errors.invalid", { sectionIds: ["validation.choose"] });

      const existing = await tx.requirementAssessment.findUnique({
        where: { versionId_itemId: { versionId: version.id, itemId: item.id } },
        select: { id: true, status: true, comment: true, version: true, sections: { select: { sectionId: true } } },
      });
      const fields = { status: data.status, comment: data.comment ?? null };
      let id: string;
      let newVersion: number;
      if (!existing) {
        if (data.version !== undefined) throw new ConflictError("errors.conflict");
        const created = await tx.requirementAssessment.create({
          data: { ...fields, versionId: version.id, itemId: item.id, sections: { create: sectionIds.map((sectionId) => ({ sectionId })) } },
          select: { id: true, version: true },
        });
        id = created.id;
        newVersion = created.version;
      } else {
        if (data.version === undefined) throw new ConflictError("errors.conflict");
        const { count } = await tx.requirementAssessment.updateMany({ where: { id: existing.id, version: data.version }, data: { ...fields, version: { increment: 1 } } });
        if (count === 0) throw new ConflictError("errors.conflict");
        await tx.requirementAssessmentSection.deleteMany({ where: { assessmentId: existing.id } });
        await tx.requirementAssessmentSection.createMany({ data: sectionIds.map((sectionId) => ({ assessmentId: existing.id, sectionId })) });
        id = existing.id;
        newVersion = data.version + 1;
      }
      await recordAuditEvent(tx, current, {
        action: "requirementAssessment.update",
        entityType: "RequirementAssessment",
        entityId: id,
        before: existing ? { status: existing.status, comment: existing.comment, sectionIds: existing.sections.map((s) => s.sectionId) } : undefined,
        after: { ...fields, sectionIds, itemId: item.id },
      });
      return { id, itemId: item.id, status: fields.status, comment: fields.comment, sectionIds, version: newVersion };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("errors.conflict"); // two first assessments at once
    throw error;
  }
}
