import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditVersion } from "@/lib/rules/agreements";
import { ConflictError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { upsertIndicatorInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import { visibleVersionsWhere } from "./scope";
import { indicatorSelect, toIndicatorDto, type IndicatorDto } from "./dto";

/**
 * Creates or changes an indicator of a goal: baseline, target, unit, method, data source, frequency
 * and the responsible forum (one of the agreement's region).
 */
export async function upsertIndicator(actor: Actor | null, input: unknown): Promise<IndicatorDto> {
  const data = parseInput(upsertIndicatorInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const goal = await tx.goal.findFirst({
      where: { AND: [{ id: data.goalId }, { agreementVersion: visibleVersionsWhere(current) }] }, // scoped
      select: { id: true, versionId: true },
    });
    if (!goal) throw new NotFoundError();
    const version = await loadVersionForChange(tx, current, goal.versionId, "share");
    ensureAllowed(canEditVersion(current, factsOf(version)));
    if (
      data.responsibleForumId &&
      !(await tx.forum.findFirst({ where: { id: data.responsibleForumId, regionId: version.agreement.regionId }, select: { id: true } }))
    ) {
      throw new InvalidError("errors.invalid", { responsibleForumId: ["validation.choose"] });
    }
    const fields = {
      name: data.name,
      baseline: data.baseline ?? null,
      baselineYear: data.baselineYear ?? null,
      target: data.target ?? null,
      targetYear: data.targetYear ?? null,
      unit: data.unit,
      method: data.method ?? null,
      dataSource: data.dataSource ?? null,
      frequency: data.frequency,
      responsibleForumId: data.responsibleForumId ?? null,
    };

    if (!data.indicatorId) {
      const created = await tx.indicator.create({ data: { ...fields, goalId: goal.id }, select: indicatorSelect });
      await recordAuditEvent(tx, current, { action: "indicator.create", entityType: "Indicator", entityId: created.id, after: { goalId: goal.id, ...fields } });
      return toIndicatorDto(created);
    }
    const before = await tx.indicator.findFirst({ where: { id: data.indicatorId, goalId: goal.id }, select: indicatorSelect });
    if (!before) throw new NotFoundError();
    const { count } = await tx.indicator.updateMany({ where: { id: before.id, version: data.version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("errors.conflict");
    const after = await tx.indicator.findUniqueOrThrow({ where: { id: before.id }, select: indicatorSelect });
    await recordAuditEvent(tx, current, {
      action: "indicator.update",
      entityType: "Indicator",
      entityId: before.id,
      before: toIndicatorDto(before),
      after: toIndicatorDto(after),
    });
    return toIndicatorDto(after);
  });
}
