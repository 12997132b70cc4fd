/**
 * Who may do what with a region's aids responsibility catalogue (issue 14, docs/product.md
 * capability 5). Pure decision tables over plain facts — the domain operations in lib/domain/aids
 * load the facts (lib/domain/aids/scope.ts) and ask these functions.
 *
 * In words:
 * - **Read**: everyone when the region has made its catalogue public; otherwise every signed-in user
 *   of the region itself, its hospitals and its municipalities (and the platform administrator).
 *   General practice and other regions read only a public catalogue.
 * - **Edit** (create and change aids directly): the coordinators of the region or of one of its
 *   municipalities who hold a current seat in the region's aids council (a forum of kind
 *   AIDS_COUNCIL). A coordinator without a seat, or a council member who is not a coordinator,
 *   proposes instead.
 * - **Propose** a change or a new aid: anyone signed in who reads the catalogue.
 * - **Decide** a proposal (accept or reject, with a reason, at one of the council's meetings): a
 *   member of the council who leads it (chair or secretary) or who may edit; only a pending proposal.
 * - **Make public** (or private again): the region's own coordinators, and the administrator.
 *
 * Fail closed: no actor, no facts → denied.
 */
import type { AidProposalStatus, ForumPosition, MeetingStatus, OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import { allow, deny, type Decision } from "./decision";

/** How the actor stands to one region's catalogue. */
export type AidsRelation = {
  signedIn: boolean;
  admin: boolean;
  isPublic: boolean;
  /** The kinds and roles of the actor's memberships in organisations of the catalogue's region. */
  regionMemberships: readonly { kind: OrganisationKind; role: Role }[];
  /** The actor's current seats in the region's aids council forums. */
  councilPositions: readonly ForumPosition[];
};

export const NO_AIDS_RELATION: AidsRelation = { signedIn: false, admin: false, isPublic: false, regionMemberships: [], councilPositions: [] };

const READING_KINDS: readonly OrganisationKind[] = ["REGION", "HOSPITAL", "MUNICIPALITY"];
const EDITING_KINDS: readonly OrganisationKind[] = ["REGION", "MUNICIPALITY"];

const readsAsMember = (rel: AidsRelation) => rel.regionMemberships.some((m) => READING_KINDS.includes(m.kind));
const coordinates = (rel: AidsRelation) => rel.regionMemberships.some((m) => EDITING_KINDS.includes(m.kind) && m.role === "COORDINATOR");

export function canReadAids(rel: AidsRelation): Decision {
  if (rel.isPublic) return allow();
  if (!rel.signedIn) return deny("errors.signInRequired");
  if (rel.admin || readsAsMember(rel)) return allow();
  return deny("aids.reason.notInRegion");
}

export function canEditAids(rel: AidsRelation): Decision {
  if (!rel.signedIn) return deny("errors.signInRequired");
  if (rel.councilPositions.length > 0 && coordinates(rel)) return allow();
  return deny("aids.reason.councilCoordinatorOnly");
}

export function canProposeAidChange(rel: AidsRelation): Decision {
  if (!rel.signedIn) return deny("errors.signInRequired");
  return canReadAids(rel);
}

export function canDecideAidProposal(rel: AidsRelation): Decision {
  if (!rel.signedIn) return deny("errors.signInRequired");
  const leads = rel.councilPositions.some((p) => p === "CHAIR" || p === "SECRETARY");
  if (leads || canEditAids(rel).allowed) return allow();
  return deny("aids.reason.councilOnly");
}

export function canSetAidsPublic(rel: AidsRelation): Decision {
  if (!rel.signedIn) return deny("errors.signInRequired");
  if (rel.admin || rel.regionMemberships.some((m) => m.kind === "REGION" && m.role === "COORDINATOR")) return allow();
  return deny("aids.reason.regionCoordinatorOnly");
}

/** A proposal moves once: pending → accepted or rejected. */
export function aidProposalTransition(status: AidProposalStatus, outcome: "ACCEPTED" | "REJECTED"): Decision {
  if (status !== "PENDING") return deny("aids.reason.alreadyDecided");
  return outcome === "ACCEPTED" || outcome === "REJECTED" ? allow() : deny("errors.invalid");
}

/** The meeting a decision is linked to: one of this region's aids council meetings, not cancelled. */
export function meetingFitsAidDecision(meeting: { forumKind: string; forumRegionId: string; status: MeetingStatus } | null, regionId: string): Decision {
  if (!meeting || meeting.forumKind !== "AIDS_COUNCIL" || meeting.forumRegionId !== regionId) return deny("validation.aids.meetingNotCouncil");
  if (meeting.status === "CANCELLED") return deny("validation.aids.meetingCancelled");
  return allow();
}
