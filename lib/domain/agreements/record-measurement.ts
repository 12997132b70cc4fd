import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canRecordMeasurement } from "@/lib/rules/agreements";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { recordMeasurementInput } from "./schemas";
import { factsOf, loadVersionForChange } from "./version-facts";
import { visibleVersionsWhere } from "./scope";
import { isoDay } from "./dates";

export type MeasurementDto = { id: string; indicatorId: string; measuredOn: Date; value: string; note: string | null };

/**
 * Records an indicator's value on a date (one value per indicator and date: recording the same date
 * again corrects it). Follow-up data: allowed while the agreement runs, not only in drafts.
 */
export async function recordMeasurement(actor: Actor | null, input: unknown): Promise<MeasurementDto> {
  const data = parseInput(recordMeasurementInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const indicator = await tx.indicator.findFirst({
      where: { AND: [{ id: data.indicatorId }, { goal: { agreementVersion: visibleVersionsWhere(current) } }] }, // scoped
      select: { id: true, goal: { select: { versionId: true } } },
    });
    if (!indicator) throw new NotFoundError();
    const version = await loadVersionForChange(tx, current, indicator.goal.versionId, "share");
    ensureAllowed(canRecordMeasurement(current, factsOf(version)));

    const where = { indicatorId_measuredOn: { indicatorId: indicator.id, measuredOn: data.measuredOn } };
    const before = await tx.measurement.findUnique({ where, select: { value: true, note: true } });
    const row = await tx.measurement.upsert({
      where,
      create: { indicatorId: indicator.id, measuredOn: data.measuredOn, value: data.value, note: data.note ?? null, recordedById: current.userId },
      update: { value: data.value, note: data.note ?? null, recordedById: current.userId },
    });
    await recordAuditEvent(tx, current, {
      action: before ? "measurement.correct" : "measurement.record",
      entityType: "Measurement",
      entityId: row.id,
      before: before ? { value: before.value.toString(), note: before.note } : undefined,
      after: { indicatorId: indicator.id, measuredOn: isoDay(row.measuredOn), value: row.value.toString(), note: row.note },
    });
    return { id: row.id, indicatorId: row.indicatorId, measuredOn: row.measuredOn, value: row.value.toString(), note: row.note };
  });
}
