/**
 * Task transfers between sectors (opgaveoverdragelse, issue 14 part 2): who opens a case, who edits
 * which part of the dialogue basis, which forum is responsible, and who decides. Pure decision tables.
 *
 * In words:
 * - A coordinator of the transferring party opens a case; so may a coordinator of the receiving party
 *   when it sees a task drifting. The two parties are of different sectors (organisation kinds).
 * - Both parties complete the dialogue basis, each its own part: the transferring party the task,
 *   patient group, competences, equipment, documentation, its economy and the risks; the receiving
 *   party its economy and its assessment. Only while the case is open (PROPOSED).
 * - The responsible forum: type A (task development) → a cross-sector clinical management forum
 *   (CLINICAL_MANAGEMENT); type B (capacity change) → the cluster steering group (CLUSTER).
 * - A member of the responsible forum records the decision: agreed (with the date it takes effect) or
 *   not agreed (escalated to the steering group). The transferring party may withdraw an open case.
 * - Notice: a change that affects another party needs the agreement's notice (the obligation of the
 *   agreement in force that states it; 6 months by default); a case whose change takes effect earlier
 *   is flagged to both parties and on the forum's board.
 * - After "agreed", the implementation plan: either party's coordinators add milestones (a title, the
 *   party that completes it, a due date); the named party's coordinators mark one done. When every
 *   milestone is done the transfer is implemented, and either party's coordinators record the short
 *   evaluation, which ends the case.
 *
 *   PROPOSED ─agree→ AGREED ─(every milestone done) evaluate→ EVALUATED
 *   PROPOSED ─notAgree→ NOT_AGREED · PROPOSED ─withdraw→ WITHDRAWN
 */
import type { DeadlineUnit, ForumKind, OrganisationKind, TaskTransferStatus, TaskTransferType } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { allow, deny, type Decision } from "./decision";
import { obligationPartiesOf } from "./compliance";

export const DEFAULT_NOTICE_MONTHS = 6;

export const RESPONSIBLE_FORUM_KIND: Readonly<Record<TaskTransferType, ForumKind>> = {
  A_DEVELOPMENT: "CLINICAL_MANAGEMENT",
  B_CAPACITY: "CLUSTER",
};

export type TaskTransferDecisionStep = "agree" | "notAgree" | "withdraw";

type StepSpec = { to: TaskTransferStatus; by: "forum" | "transferring" };

export const TASK_TRANSFER_STEPS: Readonly<Record<TaskTransferDecisionStep, StepSpec>> = {
  agree: { to: "AGREED", by: "forum" },
  notAgree: { to: "NOT_AGREED", by: "forum" },
  withdraw: { to: "WITHDRAWN", by: "transferring" },
};

export const TASK_TRANSFER_STEP_NAMES = Object.keys(TASK_TRANSFER_STEPS) as TaskTransferDecisionStep[];

export type TaskTransferState = {
  status: TaskTransferStatus;
  transferringOrganisationId: string;
  receivingOrganisationId: string;
};

/** Facts the actor does not carry: whether they hold a seat in the case's responsible forum. */
export type TaskTransferContext = { responsibleForumMember?: boolean };

export type TaskTransferParty = "transferring" | "receiving";

function coordinatorIn(actor: Actor, organisationId: string): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId && m.role === "COORDINATOR");
}

/** The parties the actor coordinates for on a case. */
export function partiesOf(actor: Actor | null, transfer: Omit<TaskTransferState, "status">): TaskTransferParty[] {
  if (!actor) return [];
  const parties: TaskTransferParty[] = [];
  if (coordinatorIn(actor, transfer.transferringOrganisationId)) parties.push("transferring");
  if (coordinatorIn(actor, transfer.receivingOrganisationId)) parties.push("receiving");
  return parties;
}

export function canOpenTaskTransfer(
  actor: Actor | null,
  transferring: { id: string; kind: OrganisationKind },
  receiving: { id: string; kind: OrganisationKind },
): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (transferring.kind === receiving.kind) return deny("taskTransfers.reason.sameSector");
  if (partiesOf(actor, { transferringOrganisationId: transferring.id, receivingOrganisationId: receiving.id }).length === 0) return deny("taskTransfers.reason.notPartyCoordinator");
  return allow();
}

/** Seeing a case: the parties' members (any role) and the responsible forum's members. */
export function canViewTaskTransfer(actor: Actor | null, transfer: Omit<TaskTransferState, "status">, context: TaskTransferContext = {}): Decision {
  if (!actor) return deny("errors.signInRequired");
  const ids = [transfer.transferringOrganisationId, transfer.receivingOrganisationId];
  if (actor.memberships.some((m) => ids.includes(m.organisationId)) || context.responsibleForumMember) return allow();
  return deny("taskTransfers.reason.notParty");
}

/** Editing one party's part of the dialogue basis: that party's coordinators, while the case is open. */
export function canEditDialoguePart(actor: Actor | null, transfer: TaskTransferState, part: TaskTransferParty): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (!partiesOf(actor, transfer).includes(part)) return deny(`taskTransfers.reason.not.${part}`);
  if (transfer.status !== "PROPOSED") return deny("taskTransfers.reason.closed");
  return allow();
}

export function canDecideTaskTransfer(actor: Actor | null, transfer: TaskTransferState, step: TaskTransferDecisionStep, context: TaskTransferContext = {}): Decision {
  if (!actor) return deny("errors.signInRequired");
  const spec = TASK_TRANSFER_STEPS[step];
  if (!spec) return deny("taskTransfers.reason.unknownStep");
  if (spec.by === "forum" && !context.responsibleForumMember) return deny("taskTransfers.reason.notForumMember");
  if (spec.by === "transferring" && !partiesOf(actor, transfer).includes("transferring")) return deny("taskTransfers.reason.not.transferring");
  if (transfer.status !== "PROPOSED") return deny("taskTransfers.reason.closed");
  return allow();
}

export function availableTaskTransferSteps(actor: Actor | null, transfer: TaskTransferState, context: TaskTransferContext = {}): TaskTransferDecisionStep[] {
  return TASK_TRANSFER_STEP_NAMES.filter((step) => canDecideTaskTransfer(actor, transfer, step, context).allowed);
}

/**
 * Short notice: the change takes effect before the notice has run from the Danish day the case was
 * opened. Both are ISO dates; `noticeEnds` is the opening day plus the notice months (lib/calendar addMonths).
 */
export function isShortNotice(effectiveFrom: string, noticeEnds: string): boolean {
  return effectiveFrom < noticeEnds;
}

/**
 * The notice the agreement gives: its obligation's deadline when stated in months; no obligation, or
 * one in another unit (a notice is counted in calendar months from the Danish day), → the default.
 */
export function noticeMonthsOf(obligation: { deadlineAmount: number | null; deadlineUnit: DeadlineUnit | null } | null): number {
  if (obligation?.deadlineUnit === "MONTHS" && obligation.deadlineAmount !== null && obligation.deadlineAmount > 0) return obligation.deadlineAmount;
  return DEFAULT_NOTICE_MONTHS;
}

/**
 * Whose notice obligation a case is held to: the transferring party's (the agreement states one per
 * party — in Region Sjælland's the region gives 6 months, a municipality 3). A hospital gives the
 * region's notice; a party the agreement states none for falls back to a JOINT one, then the default.
 */
export const noticeParties = obligationPartiesOf;

// ───────────────────────── the implementation plan and the evaluation ─────────────────────────

export const TASK_TRANSFER_PARTIES: readonly TaskTransferParty[] = ["transferring", "receiving"];

export type PlanMilestoneState = { party: TaskTransferParty; completedAt: Date | null };

/** Every milestone of the plan done (a plan without milestones is not implemented). */
export function isImplemented(milestones: readonly Pick<PlanMilestoneState, "completedAt">[]): boolean {
  return milestones.length > 0 && milestones.every((m) => m.completedAt !== null);
}

/** Adding a milestone to the plan: either party's coordinators, once the transfer is agreed and not yet evaluated. */
export function canPlanMilestone(actor: Actor | null, transfer: TaskTransferState): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (partiesOf(actor, transfer).length === 0) return deny("taskTransfers.reason.notPartyCoordinator");
  if (transfer.status !== "AGREED") return deny("taskTransfers.reason.notAgreed");
  return allow();
}

/** Marking a milestone done: the coordinators of the party it names, once, while the plan runs. */
export function canCompleteMilestone(actor: Actor | null, transfer: TaskTransferState, milestone: PlanMilestoneState): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (!partiesOf(actor, transfer).includes(milestone.party)) return deny(`taskTransfers.reason.not.${milestone.party}`);
  if (transfer.status !== "AGREED") return deny("taskTransfers.reason.notAgreed");
  if (milestone.completedAt) return deny("taskTransfers.reason.milestoneDone");
  return allow();
}

/** Recording the evaluation: either party's coordinators, when the agreed transfer is implemented. */
export function canEvaluateTaskTransfer(actor: Actor | null, transfer: TaskTransferState, milestones: readonly PlanMilestoneState[]): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (partiesOf(actor, transfer).length === 0) return deny("taskTransfers.reason.notPartyCoordinator");
  if (transfer.status !== "AGREED") return deny("taskTransfers.reason.notAgreed");
  if (!isImplemented(milestones)) return deny("taskTransfers.reason.notImplemented");
  return allow();
}
