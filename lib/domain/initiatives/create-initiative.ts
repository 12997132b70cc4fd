import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditInitiatives } from "@/lib/rules/forums";
import { InvalidError } from "@/lib/domain/errors";
import { isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { normaliseImportKey } from "./import-key";
import { createInitiativeInput } from "./schemas";
import { initiativeAuditSnapshot } from "./dto";

const titleTaken = () => new InvalidError("errors.invalid", { title: ["validation.initiatives.titleTaken"] });

/**
 * A member of the forum (or its secretariat) creates an initiative. Its import key is the normalised
 * title, unique in the forum, so a later import of the forum's status table updates it.
 */
export async function createInitiative(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const data = parseInput(createInitiativeInput, input);
  const current = requireSignedIn(actor);

  try {
    return await db.$transaction(async (tx) => {
      const access = await loadForumAccess(tx, current);
      ensureForumAllows(access, data.forumId, canEditInitiatives); // scoped (not found) → allowed (forbidden)
      await ensureLinksExist(tx, data.sectionId, data.goalId);
      const importKey = normaliseImportKey(data.title);
      if (await tx.initiative.findUnique({ where: { forumId_importKey: { forumId: data.forumId, importKey } }, select: { id: true } })) throw titleTaken();
      const initiative = await tx.initiative.create({
        data: {
          forumId: data.forumId,
          importKey,
          title: data.title,
          description: data.description,
          status: data.status,
          progress: data.progress ?? null,
          sectionId: data.sectionId ?? null,
          goalId: data.goalId ?? null,
        },
      });
      await tx.initiativeEvent.create({ data: { initiativeId: initiative.id, type: "created", actorUserId: current.userId } });
      await recordAuditEvent(tx, current, { action: "initiative.create", entityType: "Initiative", entityId: initiative.id, after: initiativeAuditSnapshot(initiative, []) });
      return { id: initiative.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw titleTaken();
    throw error;
  }
}

/** A linked agreement section or goal must exist (they are the agreements' — any section may be referred to). */
export async function ensureLinksExist(
  tx: Tx,
  sectionId: string | null | undefined,
  goalId: string | null | undefined,
): Promise<void> {
  if (sectionId && !(await tx.section.findUnique({ where: { id: sectionId }, select: { id: true } }))) {
    throw new InvalidError("errors.invalid", { sectionId: ["validation.choose"] });
  }
  if (goalId && !(await tx.goal.findUnique({ where: { id: goalId }, select: { id: true } }))) {
    throw new InvalidError("errors.invalid", { goalId: ["validation.choose"] });
  }
}
