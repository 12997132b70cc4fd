import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditInitiatives } from "@/lib/rules/forums";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { normaliseImportKey } from "./import-key";
import { updateInitiativeInput } from "./schemas";
import { initiativeAuditSnapshot } from "./dto";
import { ensureLinksExist } from "./create-initiative";

/**
 * A member of the forum (or its secretariat) edits an initiative: title, description, status and
 * progress, links, the focus period (structured years/halves with an activity, plus text) and the
 * resources a continuation needs (tags plus text). The decision has its own operation.
 */
export async function updateInitiative(actor: Actor | null, input: unknown): Promise<{ id: string; version: number }> {
  const data = parseInput(updateInitiativeInput, input);
  const current = requireSignedIn(actor);

  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.initiative.findUnique({ where: { id: data.initiativeId }, include: { focusPeriods: true } });
      if (!before) throw new NotFoundError();
      const access = await loadForumAccess(tx, current);
      ensureForumAllows(access, before.forumId, canEditInitiatives); // scoped (not found) → allowed (forbidden)
      await ensureLinksExist(tx, data.sectionId, data.goalId);
      const importKey = normaliseImportKey(data.title);
      if (importKey !== before.importKey) {
        const clash = await tx.initiative.findUnique({ where: { forumId_importKey: { forumId: before.forumId, importKey } }, select: { id: true } });
        if (clash) throw new InvalidError("errors.invalid", { title: ["validation.initiatives.titleTaken"] });
      }

      const { count } = await tx.initiative.updateMany({
        where: { id: before.id, version: data.version }, // optimistic concurrency
        data: {
          importKey,
          title: data.title,
          description: data.description,
          status: data.status,
          progress: data.progress,
          sectionId: data.sectionId,
          goalId: data.goalId,
          focusText: data.focusText,
          resourceTags: data.resourceTags,
          resourcesText: data.resourcesText,
          version: { increment: 1 },
        },
      });
      if (count === 0) throw new ConflictError();
      await tx.initiativeFocusPeriod.deleteMany({ where: { initiativeId: before.id } });
      if (data.focusPeriods.length) await tx.initiativeFocusPeriod.createMany({ data: data.focusPeriods.map((p) => ({ ...p, initiativeId: before.id })) });
      await tx.initiativeEvent.create({ data: { initiativeId: before.id, type: "updated", actorUserId: current.userId } });

      const after = await tx.initiative.findUniqueOrThrow({ where: { id: before.id } });
      const periods = (rows: { year: number; half: "H1" | "H2" | null; activity: string | null }[]) => rows.map((p) => ({ year: p.year, half: p.half, activity: p.activity }));
      await recordAuditEvent(tx, current, {
        action: "initiative.update",
        entityType: "Initiative",
        entityId: before.id,
        before: initiativeAuditSnapshot(before, periods(before.focusPeriods)),
        after: initiativeAuditSnapshot(after, data.focusPeriods),
      });
      return { id: after.id, version: after.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new InvalidError("errors.invalid", { title: ["validation.initiatives.titleTaken"] });
    throw error;
  }
}
