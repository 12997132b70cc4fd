import "server-only";
/**
 * The one way a referral changes status (lib/rules/referrals.ts TRANSITIONS), shared by the
 * operation files (receive-referral.ts, accept-referral.ts …), which only say what else changes.
 *
 * The pipeline: actor → inside one transaction: load the referral scoped to the actor (not visible →
 * NotFoundError, the same answer as "does not exist") → the actor's party (ForbiddenError) → the
 * version the form was rendered with (ConflictError: someone else changed it) → the state machine
 * (ConflictError with the rule's reason: "only a received referral can be accepted") → the reason
 * where one is required (InvalidError on the field) → the write with the optimistic `version` in
 * its `where` (0 rows → ConflictError; this is what decides a race between two caseworkers) → the
 * event (who, organisation, when, note) → the audit row → the notifications → a DTO.
 */
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import type { Prisma, Referral } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { TRANSITIONS, canTransition, checkHappenedOn, type ReferralTransition } from "@/lib/rules/referrals";
import { danishDate, startOfDanishDay } from "@/lib/calendar";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { requireSignedIn } from "@/lib/domain/pipeline";
import { notifyUsers, type NotificationParams } from "@/lib/domain/notifications/notify";
import { previousReceiverIds, visibleReferralsWhere } from "./scope";
import { referralAuditSnapshot, type ReferralChangeDto } from "./dto";

/**
 * `now` is when the step is recorded; `at` when it happened — the same, unless the person stated an
 * earlier day ("happened on"): then noon of that day in Danish time, or just after the previous step
 * if that was later the same day, so the timeline keeps its order. Deadlines count from `at`.
 */
export type TransitionContext = { tx: Tx; referral: Referral; actor: Actor; now: Date; at: Date };

export type TransitionPlan = {
  /** Columns that change besides status and version. */
  data?: Omit<Prisma.ReferralUncheckedUpdateManyInput, "status" | "version" | "id">;
  note?: string | null;
  fromOfferId?: string | null;
  toOfferId?: string | null;
  notify?: { userIds: string[]; kind: NotificationKind; params?: NotificationParams }[];
};

export type TransitionInput = { referralId: string; version: number; reason?: string | null; note?: string | null; happenedOn?: string };

/** The referral's last step before this one: the latest of sent, received, accepted/decided, started. */
function previousStep(referral: Referral): Date {
  return [referral.sentAt, referral.receivedAt, referral.decidedAt, referral.startedAt]
    .filter((d): d is Date => d !== null)
    .reduce((latest, d) => (d > latest ? d : latest));
}

/** When a step stated to have happened on `day` is placed in time (see TransitionContext). */
function happenedAt(day: string, now: Date, previous: Date): Date {
  if (day === danishDate(now)) return now;
  const noon = new Date(startOfDanishDay(day).getTime() + 12 * 3_600_000);
  return noon > previous ? noon : new Date(previous.getTime() + 1);
}

function refusal(reason: string, status: string): Error {
  if (reason.startsWith("referrals.reason.impossible.")) return new ConflictError(reason, { status });
  if (reason === "referrals.reason.reasonRequired") return new InvalidError("errors.invalid", { reason: ["validation.required"] });
  return new ForbiddenError(reason);
}

export async function runTransition(
  actor: Actor | null,
  transition: ReferralTransition,
  input: TransitionInput,
  plan: (context: TransitionContext) => Promise<TransitionPlan> | TransitionPlan,
): Promise<ReferralChangeDto> {
  const current = requireSignedIn(actor);
  const spec = TRANSITIONS[transition];

  return db.$transaction(async (tx) => {
    const referral = await tx.referral.findFirst({ where: { AND: [{ id: input.referralId }, visibleReferralsWhere(current)] } });
    if (!referral) throw new NotFoundError();
    const parties = {
      status: referral.status,
      referringOrganisationId: referral.referringOrganisationId,
      receivingMunicipalityId: referral.receivingMunicipalityId,
      previousReceiverIds: await previousReceiverIds(tx, referral.id, referral.receivingMunicipalityId),
    };

    const decision = canTransition(current, parties, transition, { reason: input.reason });
    // Who first: a party that may not do this at all hears so, whatever the state.
    if (!decision.allowed && !decision.reason.startsWith("referrals.reason.impossible.") && decision.reason !== "referrals.reason.reasonRequired") {
      throw new ForbiddenError(decision.reason);
    }
    if (referral.version !== input.version) throw new ConflictError("referrals.conflict.changed", { status: referral.status });
    if (!decision.allowed) throw refusal(decision.reason, referral.status);

    const now = new Date();
    let at = now;
    if (input.happenedOn !== undefined) {
      const previous = previousStep(referral);
      const stated = checkHappenedOn(input.happenedOn, danishDate(now), danishDate(previous));
      if (!stated.allowed) throw new InvalidError("errors.invalid", { happenedOn: [stated.reason] });
      at = happenedAt(input.happenedOn, now, previous);
    }
    const changes = await plan({ tx, referral, actor: current, now, at });
    const { count } = await tx.referral.updateMany({
      where: { id: referral.id, version: input.version }, // optimistic concurrency: the version the form showed
      data: { ...changes.data, status: spec.to, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("referrals.conflict.changed", { status: referral.status });

    // The organisation the actor acts for on this referral: the receiver's staff, or the referrer's clinician.
    const actorOrganisationId = spec.by === "receiver" ? referral.receivingMunicipalityId : referral.referringOrganisationId;
    await tx.referralEvent.create({
      data: {
        referralId: referral.id,
        type: spec.event,
        fromStatus: referral.status,
        toStatus: spec.to,
        actorUserId: current.userId,
        actorOrganisationId,
        note: changes.note ?? null,
        fromOfferId: changes.fromOfferId ?? null,
        toOfferId: changes.toOfferId ?? null,
        occurredAt: at,
      },
    });
    const after = await tx.referral.findUniqueOrThrow({ where: { id: referral.id } });
    await recordAuditEvent(tx, current, {
      action: `referral.${transition}`,
      entityType: "Referral",
      entityId: referral.id,
      before: referralAuditSnapshot(referral),
      // A step with a stated day keeps both: the day it happened, and when it was recorded (the row's own time).
      after: input.happenedOn !== undefined ? { ...referralAuditSnapshot(after), happenedOn: input.happenedOn, happenedAt: at.toISOString(), recordedAt: now.toISOString() } : referralAuditSnapshot(after),
    });
    for (const n of changes.notify ?? []) {
      // Nobody is notified of their own action.
      await notifyUsers(tx, n.userIds.filter((id) => id !== current.userId), {
        kind: n.kind,
        referralId: referral.id,
        params: { reference: referral.reference, ...(n.params ?? {}) },
      });
    }
    return { id: after.id, reference: after.reference, status: after.status, version: after.version };
  });
}
