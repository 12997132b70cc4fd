import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { InvalidError, NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { moveSectionInput } from "./schemas";
import { editableVersionOfSection } from "./version-facts";

export type MoveResult = { sectionId: string; versionId: string; moved: boolean };

/**
 * Moves a section one place up or down among its siblings, or under another parent (as its last
 * child; "" = top level). A section never moves under itself or its own descendants. Moving is
 * structure, not text: it writes no revision and leaves the section's `version` alone, so it never
 * makes someone's open text edit stale. Structure changes of a version take turns (UPDATE lock).
 */
export async function moveSection(actor: Actor | null, input: unknown): Promise<MoveResult> {
  const data = parseInput(moveSectionInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const { versionId } = await editableVersionOfSection(tx, current, data.sectionId, "update");

    const section = await tx.section.findFirst({ where: { id: data.sectionId, versionId }, select: { id: true, parentId: true, position: true } });
    if (!section) throw new NotFoundError();
    const before = { parentId: section.parentId, position: section.position };

    if (data.direction === "up" || data.direction === "down") {
      const neighbour = await tx.section.findFirst({
        where: {
          versionId,
          parentId: section.parentId,
          position: data.direction === "up" ? { lt: section.position } : { gt: section.position },
        },
        orderBy: { position: data.direction === "up" ? "desc" : "asc" },
        select: { id: true, position: true },
      });
      if (!neighbour) return { sectionId: section.id, versionId, moved: false }; // already first / last: nothing to do, nothing audited
      await tx.section.update({ where: { id: neighbour.id }, data: { position: section.position } });
      await tx.section.update({ where: { id: section.id }, data: { position: neighbour.position } });
      await recordAuditEvent(tx, current, {
        action: "section.move",
        entityType: "Section",
        entityId: section.id,
        before,
        after: { parentId: section.parentId, position: neighbour.position, swappedWith: neighbour.id },
      });
      return { sectionId: section.id, versionId, moved: true };
    }

    const parentId = ("parentId" in data ? data.parentId : undefined) ?? null;
    if (parentId === section.parentId) return { sectionId: section.id, versionId, moved: false };
    if (parentId) {
      // The new parent must be in this version and not the section itself or below it.
      const all = await tx.section.findMany({ where: { versionId }, select: { id: true, parentId: true } });
      const parentOf = new Map(all.map((s) => [s.id, s.parentId]));
      if (!parentOf.has(parentId)) throw new InvalidError("errors.invalid", { parentId: ["validation.choose"] });
      for (let at: string | null = parentId; at; at = parentOf.get(at) ?? null) {
        if (at === section.id) throw new InvalidError("errors.invalid", { parentId: ["validation.agreements.moveIntoItself"] });
      }
    }
    const last = await tx.section.aggregate({ where: { versionId, parentId }, _max: { position: true } });
    const position = (last._max.position ?? -1) + 1;
    await tx.section.update({ where: { id: section.id }, data: { parentId, position } });
    await recordAuditEvent(tx, current, { action: "section.move", entityType: "Section", entityId: section.id, before, after: { parentId, position } });
    return { sectionId: section.id, versionId, moved: true };
  });
}
