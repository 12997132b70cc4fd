/**
 * Referrals (henvisninger, capability 3): who may refer, to whom, who may see a referral, and the
 * lifecycle as a state machine. Pure functions over plain data — no database, no Next. The domain
 * operations in lib/domain/referrals call these inside their transaction; pages call them only to
 * decide which buttons to show.
 *
 * In words:
 * - Only clinicians (CLINICIAN) of a general-practice clinic or a hospital refer.
 * - The receiving municipality is the citizen's residence municipality — for a clarifying
 *   conversation (afklarende samtale) and for the residence municipality's own offers — or the
 *   municipality that offers the chosen offer to that municipality's citizens through a partner
 *   arrangement. The offer must be published, within its validity and not closed (capacity CLOSED).
 * - A referral is visible to the clinicians of the referring organisation and to the staff
 *   (COORDINATOR, CASEWORKER) of the receiving municipality — and of a municipality that received
 *   it before reassigning it to a partner. Nobody else: not readers, not committees, not the
 *   platform administrator (who reads the access log, not the referrals).
 * - Only staff of the receiving municipality receipt, decide (accept/reject), reassign, start and
 *   close (complete/drop out); only the referring organisation's clinicians cancel, before the end.
 * - Rejection, drop-out and cancellation need a reason; completion needs the closing status.
 * - Committees see aggregates only (canViewReferralStatistics), never a referral.
 *
 * The state machine (TRANSITIONS):
 *   SENT ─receive→ RECEIVED ─accept→ ACCEPTED ─start→ IN_PROGRESS ─complete→ COMPLETED
 *                          └reject→ REJECTED                      └dropOut→ DROPPED_OUT
 *   reassign (to another offer): RECEIVED | ACCEPTED | REJECTED → ACCEPTED — placing the citizen in
 *     another offer is itself the decision; a rejection can be followed by a placement elsewhere.
 *   dropOut also from ACCEPTED (the citizen never turned up).
 *   cancel (by the referrer): SENT | RECEIVED | ACCEPTED | IN_PROGRESS → CANCELLED.
 *   COMPLETED, DROPPED_OUT and CANCELLED are final.
 */
import type { OrganisationKind, ReferralEventType, ReferralStatus, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { isAdmin } from "./actor";
import { allow, deny, type Decision } from "./decision";

export type ReferralTransition = "receive" | "accept" | "reject" | "reassign" | "start" | "complete" | "dropOut" | "cancel";

type TransitionSpec = {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  event: ReferralEventType;
  /** Who performs it: staff of the receiving municipality, or clinicians of the referring organisation. */
  by: "receiver" | "referrer";
  /** A reason (free text) is required: rejection, drop-out, cancellation. */
  reasonRequired: boolean;
};

export const TRANSITIONS: Readonly<Record<ReferralTransition, TransitionSpec>> = {
  receive: { from: ["SENT"], to: "RECEIVED", event: "RECEIVED", by: "receiver", reasonRequired: false },
  accept: { from: ["RECEIVED"], to: "ACCEPTED", event: "ACCEPTED", by: "receiver", reasonRequired: false },
  reject: { from: ["RECEIVED"], to: "REJECTED", event: "REJECTED", by: "receiver", reasonRequired: true },
  reassign: { from: ["RECEIVED", "ACCEPTED", "REJECTED"], to: "ACCEPTED", event: "REASSIGNED", by: "receiver", reasonRequired: false },
  start: { from: ["ACCEPTED"], to: "IN_PROGRESS", event: "STARTED", by: "receiver", reasonRequired: false },
  complete: { from: ["IN_PROGRESS"], to: "COMPLETED", event: "COMPLETED", by: "receiver", reasonRequired: false },
  dropOut: { from: ["ACCEPTED", "IN_PROGRESS"], to: "DROPPED_OUT", event: "DROPPED_OUT", by: "receiver", reasonRequired: true },
  cancel: { from: ["SENT", "RECEIVED", "ACCEPTED", "IN_PROGRESS"], to: "CANCELLED", event: "CANCELLED", by: "referrer", reasonRequired: true },
};

export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as ReferralTransition[];

export const FINAL_STATUSES: readonly ReferralStatus[] = ["COMPLETED", "DROPPED_OUT", "CANCELLED"];

/** Organisation kinds whose clinicians refer. */
export const REFERRING_KINDS: readonly OrganisationKind[] = ["GP_CLINIC", "HOSPITAL"];
/** Roles of municipal staff who process referrals. */
export const RECEIVER_ROLES: readonly Role[] = ["COORDINATOR", "CASEWORKER"];

/** What a rule needs to know about a referral's parties. */
export type ReferralParties = {
  referringOrganisationId: string;
  receivingMunicipalityId: string;
  /** Municipalities that received the referral before reassigning it to a partner (read-only for them). */
  previousReceiverIds?: readonly string[];
};

export type ReferralState = ReferralParties & { status: ReferralStatus };

// ─────────────────────────────── Who the actor is to a referral ───────────────────────────────

/** The organisations in which the actor refers: CLINICIAN memberships in a GP clinic or hospital. */
export function referringOrganisationIds(actor: Actor | null): string[] {
  if (!actor) return [];
  return actor.memberships.filter((m) => m.role === "CLINICIAN" && REFERRING_KINDS.includes(m.organisationKind)).map((m) => m.organisationId);
}

/** The municipalities in which the actor processes referrals: COORDINATOR or CASEWORKER of a municipality. */
export function receivingMunicipalityIds(actor: Actor | null): string[] {
  if (!actor) return [];
  const ids = actor.memberships
    .filter((m) => m.organisationKind === "MUNICIPALITY" && RECEIVER_ROLES.includes(m.role))
    .map((m) => m.organisationId);
  return [...new Set(ids)];
}

/**
 * The organisation the actor refers for: the active organisation when they are a clinician there,
 * else their first clinician membership; null when they refer nowhere.
 */
export function referringOrganisationFor(actor: Actor | null): string | null {
  const ids = referringOrganisationIds(actor);
  if (!actor || ids.length === 0) return null;
  return actor.activeOrganisationId && ids.includes(actor.activeOrganisationId) ? actor.activeOrganisationId : ids[0];
}

/** The municipality the actor processes referrals for now (same choice as referringOrganisationFor). */
export function receivingMunicipalityFor(actor: Actor | null): string | null {
  const ids = receivingMunicipalityIds(actor);
  if (!actor || ids.length === 0) return null;
  return actor.activeOrganisationId && ids.includes(actor.activeOrganisationId) ? actor.activeOrganisationId : ids[0];
}

/**
 * Which of the two worklists the actor sees at /henvisninger: the municipality's inbox or the
 * clinician's own referrals. The active organisation decides when the actor has both.
 */
export function referralWorklistFor(actor: Actor | null): "inbox" | "mine" | null {
  const receiving = receivingMunicipalityIds(actor);
  const referring = referringOrganisationIds(actor);
  if (!actor) return null;
  if (actor.activeOrganisationId && receiving.includes(actor.activeOrganisationId)) return "inbox";
  if (actor.activeOrganisationId && referring.includes(actor.activeOrganisationId)) return "mine";
  if (receiving.length > 0) return "inbox";
  if (referring.length > 0) return "mine";
  return null;
}

export type ReferralRelation = "referrer" | "receiver" | "previousReceiver" | "none";

/** How the actor relates to a referral (the strongest relation when several apply). */
export function relationTo(actor: Actor | null, referral: ReferralParties): ReferralRelation {
  if (!actor) return "none";
  const receiving = receivingMunicipalityIds(actor);
  if (receiving.includes(referral.receivingMunicipalityId)) return "receiver";
  if (referringOrganisationIds(actor).includes(referral.referringOrganisationId)) return "referrer";
  if ((referral.previousReceiverIds ?? []).some((id) => receiving.includes(id))) return "previousReceiver";
  return "none";
}

// ─────────────────────────────────────────── Decisions ───────────────────────────────────────────

/** Referring at all: a clinician of a GP clinic or hospital. */
export function canRefer(actor: Actor | null): Decision {
  if (!actor) return deny("errors.signInRequired");
  return referringOrganisationIds(actor).length > 0 ? allow() : deny("referrals.reason.notClinician");
}

/** Seeing a referral (and so its personal data): referrer, receiver or previous receiver only. */
export function canViewReferral(actor: Actor | null, referral: ReferralParties): Decision {
  if (!actor) return deny("errors.signInRequired");
  return relationTo(actor, referral) === "none" ? deny("referrals.reason.notParty") : allow();
}

/** Is the transition possible from this status at all (regardless of who asks)? */
export function transitionFromStatus(status: ReferralStatus, transition: ReferralTransition): Decision {
  const spec = TRANSITIONS[transition];
  if (!spec) return deny("referrals.reason.unknownTransition"); // fail closed
  return spec.from.includes(status) ? allow() : deny(`referrals.reason.impossible.${transition}`);
}

/**
 * May this actor perform the transition on this referral now? Checks, in order: signed in; the
 * actor's party (staff of the receiving municipality, or clinician of the referring organisation);
 * the state machine; the reason where one is required. The first failure is the reason.
 */
export function canTransition(
  actor: Actor | null,
  referral: ReferralState,
  transition: ReferralTransition,
  input: { reason?: string | null } = {},
): Decision {
  if (!actor) return deny("errors.signInRequired");
  const spec = TRANSITIONS[transition];
  if (!spec) return deny("referrals.reason.unknownTransition");
  const relation = relationTo(actor, referral);
  if (spec.by === "receiver" && relation !== "receiver") return deny("referrals.reason.notReceiverStaff");
  if (spec.by === "referrer" && !referringOrganisationIds(actor).includes(referral.referringOrganisationId)) {
    return deny("referrals.reason.notReferrer");
  }
  const state = transitionFromStatus(referral.status, transition);
  if (!state.allowed) return state;
  if (spec.reasonRequired && !input.reason?.trim()) return deny("referrals.reason.reasonRequired");
  return allow();
}

/** The transitions to offer as buttons (who and state; the reason is asked for in the form). */
export function availableTransitions(actor: Actor | null, referral: ReferralState): ReferralTransition[] {
  return TRANSITION_NAMES.filter((t) => canTransition(actor, referral, t, { reason: "x" }).allowed);
}

/** The access log: the platform administrator only. */
export function canViewAccessLog(actor: Actor | null): Decision {
  if (!actor) return deny("errors.signInRequired");
  return isAdmin(actor) ? allow() : deny("referrals.reason.adminOnly");
}

/**
 * The committee statistics (aggregates only, no personal data): the administrator, members of a
 * region or municipality (any role — committee secretaries are often READERs), and forum members.
 */
export function canViewReferralStatistics(actor: Actor | null, context: { forumMember?: boolean } = {}): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (isAdmin(actor) || context.forumMember) return allow();
  if (actor.memberships.some((m) => m.organisationKind === "REGION" || m.organisationKind === "MUNICIPALITY")) return allow();
  return deny("referrals.reason.statisticsOnly");
}

// ───────────────────────────────────── Where a referral goes ─────────────────────────────────────

/** What the rule needs to know about an offer. Dates as ISO `YYYY-MM-DD` (Danish). */
export type OfferFacts = {
  id: string;
  ownerId: string;
  ownerKind: OrganisationKind;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  capacity: "OPEN" | "WAITING_LIST" | "CLOSED";
  validFrom: string | null;
  validTo: string | null;
  /** Partner arrangements of the offer: the municipality whose citizens may use it, and when. */
  partners: readonly { citizenMunicipalityId: string; validFrom: string | null; validTo: string | null }[];
};

export type ReceiverDecision = { allowed: true; receivingMunicipalityId: string } | { allowed: false; reason: string };

const within = (today: string, from: string | null, to: string | null) => (!from || from <= today) && (!to || today <= to);

/** Is the offer open for referrals today (published, within its validity, capacity not closed)? */
export function offerOpenForReferral(offer: OfferFacts, today: string): Decision {
  if (offer.status !== "PUBLISHED") return deny("referrals.reason.offerNotPublished");
  if (offer.validFrom && offer.validFrom > today) return deny("referrals.reason.offerNotYetValid");
  if (offer.validTo && offer.validTo < today) return deny("referrals.reason.offerExpired");
  if (offer.capacity === "CLOSED") return deny("referrals.reason.offerClosed");
  return allow();
}

/**
 * The receiving municipality for a referral of a citizen of `residenceMunicipalityId`: the residence
 * municipality itself for a clarifying conversation or its own offer; the offer's owner when it
 * offers the offer to the residence municipality's citizens through a partner arrangement valid
 * today; otherwise refused.
 */
export function receiverFor(
  target: { kind: "CLARIFYING_CONVERSATION"; residenceMunicipalityId: string } | { kind: "OFFER"; residenceMunicipalityId: string; offer: OfferFacts },
  today: string,
): ReceiverDecision {
  if (target.kind === "CLARIFYING_CONVERSATION") return { allowed: true, receivingMunicipalityId: target.residenceMunicipalityId };
  const { offer, residenceMunicipalityId } = target;
  if (offer.ownerKind !== "MUNICIPALITY") return { allowed: false, reason: "referrals.reason.offerNotMunicipal" };
  const open = offerOpenForReferral(offer, today);
  if (!open.allowed) return open;
  if (offer.ownerId === residenceMunicipalityId) return { allowed: true, receivingMunicipalityId: offer.ownerId };
  const partner = offer.partners.some((p) => p.citizenMunicipalityId === residenceMunicipalityId && within(today, p.validFrom, p.validTo));
  if (partner) return { allowed: true, receivingMunicipalityId: offer.ownerId };
  return { allowed: false, reason: "referrals.reason.offerNotForResidence" };
}

/**
 * Reassigning to another offer: the same receiver rule for the citizen's residence municipality,
 * and it must be another offer than the current one.
 */
export function reassignTargetFor(
  referral: { residenceMunicipalityId: string; offerId: string | null },
  offer: OfferFacts,
  today: string,
): ReceiverDecision {
  if (referral.offerId === offer.id) return { allowed: false, reason: "referrals.reason.sameOffer" };
  return receiverFor({ kind: "OFFER", residenceMunicipalityId: referral.residenceMunicipalityId, offer }, today);
}

// ─────────────────────────────────────────── Deadlines ───────────────────────────────────────────

export type ReferralMilestoneName = "RECEIPT" | "DECISION" | "CLOSING_STATUS";

export type DeadlineFacts = {
  status: ReferralStatus;
  receiptDueAt: Date | null;
  decisionDueAt: Date | null;
  closingDueAt: Date | null;
};

/** The milestone the referral waits for in a status (none when final, or waiting for the start). */
export function pendingMilestone(status: ReferralStatus): ReferralMilestoneName | null {
  switch (status) {
    case "SENT":
      return "RECEIPT";
    case "RECEIVED":
      return "DECISION";
    case "IN_PROGRESS":
      return "CLOSING_STATUS";
    default:
      return null;
  }
}

export type NextDeadline = { milestone: ReferralMilestoneName; dueAt: Date | null; overdue: boolean };

/** The referral's next deadline and whether it has passed (`now` strictly after the due instant). */
export function nextDeadline(referral: DeadlineFacts, now: Date): NextDeadline | null {
  const milestone = pendingMilestone(referral.status);
  if (!milestone) return null;
  const dueAt = milestone === "RECEIPT" ? referral.receiptDueAt : milestone === "DECISION" ? referral.decisionDueAt : referral.closingDueAt;
  return { milestone, dueAt, overdue: dueAt !== null && now.getTime() > dueAt.getTime() };
}

/**
 * A step recorded with the day it really happened (receipt, start, completion, drop-out — issue 16):
 * that day may not lie in the future, nor before the day of the referral's previous step (sent,
 * received, accepted, started). Days are ISO dates in Danish time, compared as strings.
 */
export function checkHappenedOn(happenedOn: string, today: string, previousStepDay: string): Decision {
  if (happenedOn > today) return deny("validation.referrals.happenedOnFuture");
  if (happenedOn < previousStepDay) return deny("validation.referrals.happenedOnBeforePrevious");
  return allow();
}
