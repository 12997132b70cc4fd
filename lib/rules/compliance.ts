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
 * - A forum sees the figures for its area (forumArea): the steering and political forums the whole
 *   region, any other forum the organisations seated in it and in the forums below it. Its members see
 *   them (a seat in the forum or one above it), as do those who see the region's figures anyway.
 * - Each figure links to the obligation that states the deadline for the row's organisation: the
 *   agreement states some per party (the notice: region 6 months, municipality 3), so the row's
 *   party first, then a joint obligation (obligationPartiesOf).
 */
import type { ForumKind, OrganisationKind, PartyKind } from "@/lib/generated/prisma/enums";
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

/** Forums whose area is the whole region: the political committee and the administrative steering forum. */
export const REGION_WIDE_FORUM_KINDS: readonly ForumKind[] = ["POLITICAL_COMMITTEE", "ADMINISTRATIVE_FORUM"];

/**
 * A forum's area for the compliance view: the region's organisations for a region-wide forum, else
 * those of them seated in the forum or below it (a seat of a GP clinic or another region's
 * organisation adds nothing). Order: the region's.
 */
export function forumArea(kind: ForumKind, seatedOrganisationIds: readonly string[], regionOrganisationIds: readonly string[]): string[] {
  if (REGION_WIDE_FORUM_KINDS.includes(kind)) return [...regionOrganisationIds];
  const seated = new Set(seatedOrganisationIds);
  return regionOrganisationIds.filter((id) => seated.has(id));
}

/** The agreement's party kinds an organisation answers for, its own first, then JOINT (a hospital acts for the region). */
export function obligationPartiesOf(kind: OrganisationKind): PartyKind[] {
  const own: PartyKind | null = kind === "MUNICIPALITY" ? "MUNICIPALITY" : kind === "GP_CLINIC" ? "GENERAL_PRACTICE" : kind === "PLATFORM" ? null : "REGION";
  return own ? [own, "JOINT"] : ["JOINT"];
}

/** The obligation (of those stating one deadline) that holds an organisation of this kind: its party's, then a joint one. */
export function obligationFor<T extends { responsibleParty: PartyKind }>(obligations: readonly T[], kind: OrganisationKind): T | null {
  for (const party of obligationPartiesOf(kind)) {
    const found = obligations.find((o) => o.responsibleParty === party);
    if (found) return found;
  }
  return null;
}
