/**
 * Adverse events across sectors (utilsigtede hændelser i sektorovergange, issue 14 part 3): who may
 * see a case and who takes each step. Pure decision tables over plain data.
 *
 * In words:
 * - Only risk managers (RISK_MANAGER) work with adverse events. A risk manager reports an event for
 *   their own organisation and names the other organisations involved (the parties).
 * - A case is visible to the risk managers of its parties, and to nobody else — not coordinators,
 *   not clinicians, not the platform administrator (who reads the access log, not the cases).
 * - Any party's risk manager grades the event (serious → an analysis group with named functions and
 *   members from each sector; not serious) and names the primary case handler, one of the parties.
 * - The primary case handler's risk managers record the analysis and close the case with an action
 *   plan, what counts as implemented and an anonymised summary for the cross-sector network.
 * - The deadline: closed no later than 90 calendar days after the Danish day of reporting
 *   (ADVERSE_EVENT_CLOSE_RULE, applied with lib/calendar by the domain).
 *
 *   REPORTED ─grade→ GRADED ─analyse→ ANALYSED ─close→ CLOSED (final)
 */
import type { AdverseEventStatus, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { allow, deny, type Decision } from "./decision";

export const RISK_MANAGER_ROLE: Role = "RISK_MANAGER";

/** The close deadline as an obligation rule: 90 calendar days after reporting (docs/product.md §5). */
export const ADVERSE_EVENT_CLOSE_RULE = { amount: 90, unit: "CALENDAR_DAYS" } as const;

export type AdverseEventStep = "grade" | "analyse" | "close";

type StepSpec = { from: AdverseEventStatus; to: AdverseEventStatus; by: "party" | "handler" };

export const ADVERSE_EVENT_STEPS: Readonly<Record<AdverseEventStep, StepSpec>> = {
  grade: { from: "REPORTED", to: "GRADED", by: "party" },
  analyse: { from: "GRADED", to: "ANALYSED", by: "handler" },
  close: { from: "ANALYSED", to: "CLOSED", by: "handler" },
};

export const ADVERSE_EVENT_STEP_NAMES = Object.keys(ADVERSE_EVENT_STEPS) as AdverseEventStep[];

export type AdverseEventState = { status: AdverseEventStatus; partyIds: readonly string[]; primaryHandlerOrganisationId: string | null };

/** The organisations in which the actor is a risk manager. */
export function riskManagerOrganisationIds(actor: Actor | null): string[] {
  if (!actor) return [];
  return actor.memberships.filter((m) => m.role === RISK_MANAGER_ROLE).map((m) => m.organisationId);
}

/** Reporting for an organisation: its risk managers. */
export function canReportAdverseEvent(actor: Actor | null, reportingOrganisationId: string): Decision {
  if (!actor) return deny("errors.signInRequired");
  return riskManagerOrganisationIds(actor).includes(reportingOrganisationId) ? allow() : deny("adverseEvents.reason.notRiskManager");
}

/** Seeing a case (and its list entry): a risk manager of one of its parties. */
export function canViewAdverseEvent(actor: Actor | null, event: Pick<AdverseEventState, "partyIds">): Decision {
  if (!actor) return deny("errors.signInRequired");
  const own = riskManagerOrganisationIds(actor);
  return event.partyIds.some((id) => own.includes(id)) ? allow() : deny("adverseEvents.reason.notParty");
}

/** The party the actor acts for on a case: the handler if they manage risk there, else their first party. */
export function actingPartyId(actor: Actor, event: AdverseEventState): string | null {
  const own = riskManagerOrganisationIds(actor);
  if (event.primaryHandlerOrganisationId && own.includes(event.primaryHandlerOrganisationId)) return event.primaryHandlerOrganisationId;
  return event.partyIds.find((id) => own.includes(id)) ?? null;
}

/** Who first, then the state machine: a party that may not take the step hears so, whatever the state. */
export function canTakeAdverseEventStep(actor: Actor | null, event: AdverseEventState, step: AdverseEventStep): Decision {
  const spec = ADVERSE_EVENT_STEPS[step];
  if (!spec) return deny("adverseEvents.reason.unknownStep");
  const view = canViewAdverseEvent(actor, event);
  if (!view.allowed) return view;
  if (spec.by === "handler" && !(event.primaryHandlerOrganisationId && riskManagerOrganisationIds(actor).includes(event.primaryHandlerOrganisationId))) {
    return deny("adverseEvents.reason.notHandler");
  }
  if (event.status !== spec.from) return deny(`adverseEvents.reason.impossible.${step}`);
  return allow();
}

export function availableAdverseEventSteps(actor: Actor | null, event: AdverseEventState): AdverseEventStep[] {
  return ADVERSE_EVENT_STEP_NAMES.filter((step) => canTakeAdverseEventStep(actor, event, step).allowed);
}

/** Grading: the primary handler must be a party; a serious event needs its analysis group named. */
export function checkGrading(event: Pick<AdverseEventState, "partyIds">, grading: { grade: "SERIOUS" | "NOT_SERIOUS"; primaryHandlerOrganisationId: string; analysisGroup: string | null }): Decision {
  if (!event.partyIds.includes(grading.primaryHandlerOrganisationId)) return deny("adverseEvents.reason.handlerNotParty");
  if (grading.grade === "SERIOUS" && !grading.analysisGroup?.trim()) return deny("adverseEvents.reason.analysisGroupRequired");
  return allow();
}

/** Whether a case was (or, still open, now is) within its 90 days. */
export function closedInTime(event: { closedAt: Date | null; closeDueAt: Date }, now: Date): "met" | "missed" | "open" {
  if (event.closedAt) return event.closedAt <= event.closeDueAt ? "met" : "missed";
  return now > event.closeDueAt ? "missed" : "open";
}

// ───────────────────────── the 90-day close, reminded and escalated by the job queue ─────────────────────────

/**
 * The reminder comes this many working days before the 90-day close (the deadline itself counts
 * calendar days; the reminder counts the days a risk manager is at work, so it never lands on a
 * Friday for a Monday deadline with no working day between). ADVERSE_EVENT_REMINDER_WORKING_DAYS overrides.
 */
export const ADVERSE_EVENT_REMINDER_RULE = { amount: 5, unit: "WORKING_DAYS" } as const;

export type CloseAlertStage = "REMINDER" | "OVERDUE";

/**
 * Which alert an open case's close deadline calls for at `now`: none while it is further away than the
 * reminder horizon (the end of the N-th working day from today), a reminder inside it, overdue once
 * passed. A closed case calls for none.
 */
export function closeAlertStage(event: { status: AdverseEventStatus; closeDueAt: Date }, now: Date, reminderHorizon: Date): CloseAlertStage | null {
  if (event.status === "CLOSED") return null;
  if (event.closeDueAt < now) return "OVERDUE";
  return event.closeDueAt <= reminderHorizon ? "REMINDER" : null;
}

/**
 * Who hears of it: the reminder goes to the primary case handler's risk managers (the reporting
 * organisation's until a handler is agreed); overdue is escalated to the risk managers of every party.
 */
export function closeAlertOrganisations(event: Pick<AdverseEventState, "partyIds" | "primaryHandlerOrganisationId"> & { reportingOrganisationId: string }, stage: CloseAlertStage): string[] {
  const handler = event.primaryHandlerOrganisationId ?? event.reportingOrganisationId;
  return stage === "REMINDER" ? [handler] : [...new Set([handler, ...event.partyIds])];
}
