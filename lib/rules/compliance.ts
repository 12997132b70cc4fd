/**
 * Compliance (overholdelse, issue 14 part 4): which obligations with a deadline the view measures,
 * who may see the figures, and when a cell is too small to show. Pure.
 *
 * - Aggregates only: the region's members (any role), municipal coordinators, forum members and the
 *   platform administrator see the figures — never a case.
 * - A cell with fewer than COMPLIANCE_SUPPRESS_BELOW assessed cases shows no figures (as the referral
 *   statistics do).
 * - A case is assessed when its deadline was met, or missed (done late, or still not done after it).
 *   A case whose deadline has not yet come is not counted.
 */
import type { Actor } from "./actor";
import { isAdmin } from "./actor";
import { allow, deny, type Decision } from "./decision";

export const COMPLIANCE_SUPPRESS_BELOW = 5;

/** The measured obligations, in display order (the referral ones carry a referralMilestone in the agreement). */
export const COMPLIANCE_OBLIGATIONS = ["REFERRAL_RECEIPT", "REFERRAL_DECISION", "REFERRAL_CLOSING_STATUS", "ADVERSE_EVENT_CLOSE", "TASK_TRANSFER_NOTICE"] as const;
export type ComplianceObligation = (typeof COMPLIANCE_OBLIGATIONS)[number];

export function canViewCompliance(actor: Actor | null, context: { forumMember?: boolean } = {}): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (isAdmin(actor) || context.forumMember) return allow();
  if (actor.memberships.some((m) => m.organisationKind === "REGION" || (m.organisationKind === "MUNICIPALITY" && m.role === "COORDINATOR"))) return allow();
  return deny("compliance.reason.notAllowed");
}

/** The share met, or null when the cell is suppressed or empty. */
export function shownShare(met: number, assessed: number): number | null {
  if (assessed < COMPLIANCE_SUPPRESS_BELOW) return null;
  return met / assessed;
}
