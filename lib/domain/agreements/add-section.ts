import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditVersion } from "@/lib/rules/agreements";
import { InvalidError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { addSectionInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import { sectionAuditSnapshot, sectionSelect, type SectionDto } from "./dto";
import { ensureNumberFree } from "./section-helpers";

/**
 * Adds a section (part, chapter or section) under a parent — or at the top level — as the parent's
 * last child. The first revision is written with it, so its history starts at its creation.
 */
export async function addSection(actor: Actor | null, input: unknown): Promise<SectionDto> {
  const data = parseInput(addSectionInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const version = await loadVersionForChange(tx, current, data.versionId, "update"); // structure change: one at a time
    ensureAllowed(canEditVersion(current, factsOf(version)));

    if (data.parentId) {
      const parent = await tx.section.findFirst({ where: { id: data.parentId, versionId: version.id }, select: { id: true } });
      if (!parent) throw new InvalidError("errors.invalid", { parentId: ["validation.choose"] });
    }
    await ensureNumberFree(tx, version.id, data.number);
    const last = await tx.section.aggregate({ where: { versionId: version.id, parentId: data.parentId ?? null }, _max: { position: true } });

    const section = await tx.section.create({
      data: {
        versionId: version.id,
        lineageId: randomUUID(),
        parentId: data.parentId ?? null,
        kind: data.kind,
        number: data.number,
        title: data.title,
        body: data.body,
        layer: data.layer,
        area: data.area,
        position: (last._max.position ?? -1) + 1,
        revisions: { create: { revision: 1, number: data.number, title: data.title, body: data.body, authorId: current.userId } },
      },
      select: sectionSelect,
    });
    await recordAuditEvent(tx, current, { action: "section.add", entityType: "Section", entityId: section.id, after: sectionAuditSnapshot(section) });
    return section;
  });
}
