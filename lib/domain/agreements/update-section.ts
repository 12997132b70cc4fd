import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { updateSectionInput } from "./schemas";
import { editableVersionOfSection } from "./version-facts";
import { sectionAuditSnapshot, sectionSelect, type SectionDto } from "./dto";
import { ensureNumberFree } from "./section-helpers";
import { diffBody, diffText } from "./diff";
import type { SectionConflict } from "./conflict";

/**
 * Saves a section's text (number, title, body, kind, layer, area). Every save is a revision (who,
 * when, a full snapshot). No lost updates: the form sends the `version` it was rendered with; if
 * someone saved in between, nothing is written and ConflictError carries their text, who saved it
 * and what they changed — the form shows that and keeps the user's own text.
 */
export async function updateSection(actor: Actor | null, input: unknown): Promise<SectionDto> {
  const data = parseInput(updateSectionInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const { versionId } = await editableVersionOfSection(tx, current, data.sectionId, "share"); // editors do not block each other

    const before = await tx.section.findFirst({ where: { id: data.sectionId, versionId }, select: sectionSelect });
    if (!before) throw new NotFoundError();
    if (data.number !== before.number) await ensureNumberFree(tx, versionId, data.number, before.id);

    const changes = { number: data.number, title: data.title, body: data.body, kind: data.kind, layer: data.layer, area: data.area };
    // The optimistic check: the row lock makes a concurrent save wait, then see the new version and match nothing.
    const { count } = await tx.section.updateMany({ where: { id: before.id, version: data.version }, data: { ...changes, version: { increment: 1 } } });
    if (count === 0) throw await sectionConflict(tx, before.id, data.version);

    // A section that came without history (seeded, imported) gets its starting point first.
    const hasHistory = await tx.sectionRevision.findFirst({ where: { sectionId: before.id }, select: { id: true } });
    if (!hasHistory) {
      await tx.sectionRevision.create({
        data: { sectionId: before.id, revision: before.version, number: before.number, title: before.title, body: before.body, authorId: null, createdAt: before.updatedAt },
      });
    }
    const newVersion = data.version + 1;
    await tx.sectionRevision.create({
      data: { sectionId: before.id, revision: newVersion, number: data.number, title: data.title, body: data.body, authorId: current.userId },
    });
    const after = await tx.section.findUniqueOrThrow({ where: { id: before.id }, select: sectionSelect });
    await recordAuditEvent(tx, current, {
      action: "section.update",
      entityType: "Section",
      entityId: before.id,
      before: sectionAuditSnapshot(before),
      after: sectionAuditSnapshot(after),
    });
    return after;
  });
}

/** The other person's save, as the form needs it. */
async function sectionConflict(tx: Tx, sectionId: string, baseVersion: number): Promise<ConflictError> {
  const now = await tx.section.findUniqueOrThrow({ where: { id: sectionId }, select: { number: true, title: true, body: true, version: true, updatedAt: true } });
  const latest = await tx.sectionRevision.findFirst({
    where: { sectionId, revision: now.version },
    select: { createdAt: true, author: { select: { name: true } } },
  });
  const base = await tx.sectionRevision.findFirst({ where: { sectionId, revision: baseVersion }, select: { number: true, title: true, body: true } });
  const conflict: SectionConflict = {
    kind: "section",
    number: now.number,
    title: now.title,
    body: now.body,
    version: now.version,
    savedBy: latest?.author?.name ?? null,
    savedAt: (latest?.createdAt ?? now.updatedAt).toISOString(),
    changes: base
      ? { number: diffText(base.number, now.number), title: diffText(base.title, now.title), body: diffBody(base.body, now.body) }
      : null,
  };
  return new ConflictError("agreements.conflict.section", { name: conflict.savedBy ?? "?" }, conflict);
}
