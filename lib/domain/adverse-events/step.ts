import "server-only";
/**
 * The one way an adverse event takes a step (lib/rules/adverse-events.ts ADVERSE_EVENT_STEPS), shared
 * by grade-, analyse- and close-adverse-event.ts, which only say what else changes. Inside one
 * transaction: load scoped to the actor (not visible → NotFoundError) → who may (ForbiddenError) →
 * the version the form showed (ConflictError) → the state machine (ConflictError) → the step's own
 * check → the write with the version in its `where` (0 rows → ConflictError) → the audit row → a DTO.
 */
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import type { AdverseEvent, Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import { ADVERSE_EVENT_STEPS, canTakeAdverseEventStep, type AdverseEventState, type AdverseEventStep } from "@/lib/rules/adverse-events";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { requireSignedIn } from "@/lib/domain/pipeline";
import { visibleAdverseEventsWhere } from "./scope";
import { adverseEventAuditSnapshot, type AdverseEventChangeDto } from "./dto";

export type StepContext = { tx: Tx; event: AdverseEvent; state: AdverseEventState; now: Date };
type StepData = Omit<Prisma.AdverseEventUncheckedUpdateManyInput, "status" | "version" | "id">;

export async function runAdverseEventStep(
  actor: Actor | null,
  step: AdverseEventStep,
  input: { eventId: string; version: number },
  plan: (context: StepContext) => StepData,
): Promise<AdverseEventChangeDto> {
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const event = await tx.adverseEvent.findFirst({ where: { AND: [{ id: input.eventId }, visibleAdverseEventsWhere(current)] } });
    if (!event) throw new NotFoundError();
    const parties = await tx.adverseEventParty.findMany({ where: { eventId: event.id }, select: { organisationId: true } });
    const state: AdverseEventState = { status: event.status, partyIds: parties.map((p) => p.organisationId), primaryHandlerOrganisationId: event.primaryHandlerOrganisationId };

    const decision = canTakeAdverseEventStep(current, state, step);
    if (!decision.allowed && !decision.reason.startsWith("adverseEvents.reason.impossible.")) throw new ForbiddenError(decision.reason);
    if (event.version !== input.version) throw new ConflictError("adverseEvents.conflict.changed");
    if (!decision.allowed) throw new ConflictError(decision.reason);

    const now = new Date();
    const changes = plan({ tx, event, state, now });
    const { count } = await tx.adverseEvent.updateMany({
      where: { id: event.id, version: input.version }, // optimistic concurrency
      data: { ...changes, status: ADVERSE_EVENT_STEPS[step].to, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("adverseEvents.conflict.changed");
    const after = await tx.adverseEvent.findUniqueOrThrow({ where: { id: event.id } });
    await recordAuditEvent(tx, current, {
      action: `adverseEvent.${step}`,
      entityType: "AdverseEvent",
      entityId: event.id,
      before: adverseEventAuditSnapshot(event),
      after: adverseEventAuditSnapshot(after),
    });
    return { id: after.id, reference: after.reference, status: after.status, version: after.version };
  });
}
