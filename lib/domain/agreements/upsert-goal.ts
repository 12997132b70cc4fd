import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditVersion } from "@/lib/rules/agreements";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { upsertGoalInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import { goalSelect, type GoalDto } from "./dto";

/** Creates or changes a goal (mål) or benchmark (pejlemærke) of an editable version. */
export async function upsertGoal(actor: Actor | null, input: unknown): Promise<GoalDto> {
  const data = parseInput(upsertGoalInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const version = await loadVersionForChange(tx, current, data.versionId, "share");
    ensureAllowed(canEditVersion(current, factsOf(version)));
    if (data.sectionId && !(await tx.section.findFirst({ where: { id: data.sectionId, versionId: version.id }, select: { id: true } }))) {
      throw new InvalidError("errors.invalid", { sectionId: ["validation.choose"] });
    }
    const fields = {
      kind: data.kind,
      number: data.number,
      statement: data.statement,
      direction: data.direction,
      description: data.description ?? null,
      sectionId: data.sectionId ?? null,
      midTermStatus: data.midTermStatus ?? null,
      finalStatus: data.finalStatus ?? null,
    };

    if (!data.goalId) {
      const last = await tx.goal.aggregate({ where: { versionId: version.id }, _max: { position: true } });
      const goal = await tx.goal.create({
        data: { ...fields, versionId: version.id, lineageId: randomUUID(), position: (last._max.position ?? -1) + 1 },
        select: goalSelect,
      });
      await recordAuditEvent(tx, current, { action: "goal.create", entityType: "Goal", entityId: goal.id, after: fields });
      return goal;
    }
    const before = await tx.goal.findFirst({ where: { id: data.goalId, versionId: version.id }, select: goalSelect });
    if (!before) throw new NotFoundError();
    const { count } = await tx.goal.updateMany({ where: { id: before.id, version: data.version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("errors.conflict");
    const after = await tx.goal.findUniqueOrThrow({ where: { id: before.id }, select: goalSelect });
    await recordAuditEvent(tx, current, { action: "goal.update", entityType: "Goal", entityId: before.id, before, after });
    return after;
  });
}
