/**
 * Who may do what with a health agreement (sundhedsaftale), as pure decisions over plain data: the
 * actor and the few facts about the agreement version a rule needs. No database, no Next, no React.
 * Domain operations call these inside their transaction; pages call them to show or hide buttons.
 *
 * In words (docs/product.md, capability 1):
 * - Read: approved, in-force, expired and superseded versions are public (anyone, signed in or not).
 *   Drafts and versions in consultation (høring) are visible to the coordinators of the version's
 *   parties only — the region's and the municipalities' coordinators.
 * - Create a draft (a new agreement), send to consultation, decide the outcome of consultation
 *   responses, bring into force, expire and start an amendment: coordinators of the agreement's
 *   region.
 * - Edit the content (sections, obligations, goals, indicators, the requirement checklist, the
 *   version's details): coordinators of a party, while the version is a draft or in consultation and
 *   no party has approved yet. An approved version is frozen: nobody edits it, changes go into an
 *   amendment (a new draft version copied from it).
 * - Record a consultation response: coordinators of a party, while the version is in consultation.
 * - Approve: each party's coordinator for their own organisation only, while in consultation, once
 *   every consultation response has an outcome; once every party has approved, the version is APPROVED.
 * - Measurements of indicators are follow-up data, not agreement text: party coordinators record
 *   them in every state except a superseded version's (its indicators live on in the newer version).
 * - A general practitioner (or any clinician, caseworker or reader) reads, never edits.
 *
 * Fail closed: no actor, no coordinator membership, an unknown state → denied.
 */
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { allow, deny, type Decision } from "./decision";

/** Visible to everyone, without sign-in. */
export const PUBLIC_STATUSES: readonly AgreementStatus[] = ["APPROVED", "IN_FORCE", "EXPIRED", "SUPERSEDED"];
/** Content may change (until the first approval). */
export const EDITABLE_STATUSES: readonly AgreementStatus[] = ["DRAFT", "CONSULTATION"];
/** A version another amendment may not be started next to. */
export const OPEN_STATUSES: readonly AgreementStatus[] = ["DRAFT", "CONSULTATION"];

export const isPublicStatus = (status: AgreementStatus) => PUBLIC_STATUSES.includes(status);

/** The facts about an agreement version the rules need. */
export type VersionFacts = {
  status: AgreementStatus;
  /** Agreement.regionId: the region whose agreement this is. */
  regionId: string;
  /** Organisation ids of the version's parties (the region and its municipalities). */
  partyOrganisationIds: readonly string[];
  /** Organisation ids of the parties that have recorded their approval. */
  approvedOrganisationIds?: readonly string[];
};

/**
 * The organisations the actor coordinates in the sense of the agreements: COORDINATOR memberships
 * of a region or a municipality (the only kinds that are parties). A COORDINATOR row in another kind
 * of organisation (bad data) gives nothing.
 */
export function agreementCoordinatorOrganisationIds(actor: Actor | null | undefined): string[] {
  if (!actor) return [];
  return actor.memberships
    .filter((m) => m.role === "COORDINATOR" && (m.organisationKind === "REGION" || m.organisationKind === "MUNICIPALITY"))
    .map((m) => m.organisationId);
}

export function isRegionCoordinator(actor: Actor | null | undefined, regionId: string): boolean {
  return !!actor && actor.memberships.some((m) => m.role === "COORDINATOR" && m.organisationKind === "REGION" && m.organisationId === regionId);
}

export function isPartyCoordinator(actor: Actor | null | undefined, version: Pick<VersionFacts, "partyOrganisationIds">): boolean {
  const own = agreementCoordinatorOrganisationIds(actor);
  return version.partyOrganisationIds.some((id) => own.includes(id));
}

const KNOWN_STATUSES: readonly AgreementStatus[] = ["DRAFT", "CONSULTATION", "APPROVED", "IN_FORCE", "EXPIRED", "SUPERSEDED"];
const known = (status: AgreementStatus) => KNOWN_STATUSES.includes(status);

/** Who the actor is towards this version, as the first half of most decisions. */
function requirePartyCoordinator(actor: Actor | null, version: VersionFacts): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (agreementCoordinatorOrganisationIds(actor).length === 0) return deny("agreements.reason.coordinatorsOnly");
  if (!isPartyCoordinator(actor, version)) return deny("agreements.reason.notParty");
  return allow();
}

function requireRegionCoordinator(actor: Actor | null, regionId: string): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (agreementCoordinatorOrganisationIds(actor).length === 0) return deny("agreements.reason.coordinatorsOnly");
  if (!isRegionCoordinator(actor, regionId)) return deny("agreements.reason.regionCoordinatorOnly");
  return allow();
}

/** Reading a version: public states for everyone, drafts and consultation for the parties' coordinators. */
export function canReadVersion(actor: Actor | null, version: VersionFacts): Decision {
  if (!known(version.status)) return deny("agreements.reason.unknownState");
  if (isPublicStatus(version.status)) return allow();
  if (!actor) return deny("errors.signInRequired");
  return isPartyCoordinator(actor, version) ? allow() : deny("agreements.reason.draftPartiesOnly");
}

/** Creating a new agreement (its first version, a draft) for a region. */
export function canCreateDraft(actor: Actor | null, agreement: { regionId: string }): Decision {
  return requireRegionCoordinator(actor, agreement.regionId);
}

/** The frozen-or-not half of editing, shared by every content change. */
function editableState(version: VersionFacts): Decision {
  if (!known(version.status)) return deny("agreements.reason.unknownState");
  if (!EDITABLE_STATUSES.includes(version.status)) return deny("agreements.reason.frozen");
  if ((version.approvedOrganisationIds?.length ?? 0) > 0) return deny("agreements.reason.approvalUnderway");
  return allow();
}

/** Editing content: sections, obligations, goals, indicators, the requirement checklist, the version's details. */
export function canEditVersion(actor: Actor | null, version: VersionFacts): Decision {
  const who = requirePartyCoordinator(actor, version);
  if (!who.allowed) return who;
  return editableState(version);
}

export function canSendToConsultation(actor: Actor | null, version: VersionFacts): Decision {
  const who = requireRegionCoordinator(actor, version.regionId);
  if (!who.allowed) return who;
  if (version.status !== "DRAFT") return deny(version.status === "CONSULTATION" ? "agreements.reason.alreadyInConsultation" : "agreements.reason.notDraft");
  return allow();
}

/** Recording a consultation response (høringssvar) received from a respondent. */
export function canRecordConsultationResponse(actor: Actor | null, version: VersionFacts): Decision {
  const who = requirePartyCoordinator(actor, version);
  if (!who.allowed) return who;
  if (version.status !== "CONSULTATION") return deny("agreements.reason.notInConsultation");
  return allow();
}

/** Deciding a response's outcome (afvist / taget til efterretning) and comment: the region, which runs the consultation. */
export function canDecideConsultationResponse(actor: Actor | null, version: VersionFacts): Decision {
  const who = requireRegionCoordinator(actor, version.regionId);
  if (!who.allowed) return who;
  if (version.status !== "CONSULTATION") return deny("agreements.reason.notInConsultation");
  return allow();
}

/**
 * Recording the approval of one party (its council's decision). Only a coordinator of that very
 * organisation records it — a municipality never approves on behalf of another, nor the region on
 * behalf of a municipality.
 */
export function canApproveForParty(
  actor: Actor | null,
  version: VersionFacts & { pendingConsultationResponses?: number },
  organisationId: string,
): Decision {
  if (!actor) return deny("errors.signInRequired");
  const own = agreementCoordinatorOrganisationIds(actor);
  if (own.length === 0) return deny("agreements.reason.coordinatorsOnly");
  if (!own.includes(organisationId)) return deny("agreements.reason.ownOrganisationOnly");
  if (!version.partyOrganisationIds.includes(organisationId)) return deny("agreements.reason.notParty");
  if (version.status !== "CONSULTATION") return deny(version.status === "DRAFT" ? "agreements.reason.consultationFirst" : "agreements.reason.frozen");
  if (version.approvedOrganisationIds?.includes(organisationId)) return deny("agreements.reason.alreadyApproved");
  if ((version.pendingConsultationResponses ?? 0) > 0) return deny("agreements.reason.responsesPending");
  return allow();
}

/** True when every party has approved (the version then becomes APPROVED). */
export function allPartiesApproved(version: Pick<VersionFacts, "partyOrganisationIds" | "approvedOrganisationIds">): boolean {
  const approved = version.approvedOrganisationIds ?? [];
  return version.partyOrganisationIds.length > 0 && version.partyOrganisationIds.every((id) => approved.includes(id));
}

/**
 * Bringing an approved version into force, from its start date (ISO dates, Danish calendar day).
 * The previous in-force version of the agreement becomes SUPERSEDED in the same step.
 */
export function canBringIntoForce(actor: Actor | null, version: VersionFacts & { startsOn: string }, today: string): Decision {
  const who = requireRegionCoordinator(actor, version.regionId);
  if (!who.allowed) return who;
  return dueToComeIntoForce(version, today);
}

/** The date part of coming into force, also the scheduled job's rule (no actor: the date decides). */
export function dueToComeIntoForce(version: { status: VersionFacts["status"]; startsOn: string }, today: string): Decision {
  if (version.status !== "APPROVED") return deny(version.status === "IN_FORCE" ? "agreements.reason.alreadyInForce" : "agreements.reason.notApproved");
  if (today < version.startsOn) return deny("agreements.reason.beforeStartDate");
  return allow();
}

/** Marking an in-force version EXPIRED after the agreement's period has ended. */
export function canExpire(actor: Actor | null, version: VersionFacts & { periodEnd: string }, today: string): Decision {
  const who = requireRegionCoordinator(actor, version.regionId);
  if (!who.allowed) return who;
  return dueToExpire(version, today);
}

/** The date part of expiry, also the scheduled job's rule. */
export function dueToExpire(version: { status: VersionFacts["status"]; periodEnd: string }, today: string): Decision {
  if (version.status !== "IN_FORCE") return deny("agreements.reason.notInForce");
  if (today <= version.periodEnd) return deny("agreements.reason.periodNotEnded");
  return allow();
}

/** Starting an amendment (tillæg): a new draft copied from an approved or in-force version. */
export function canStartAmendment(actor: Actor | null, version: VersionFacts & { openAmendmentExists: boolean }): Decision {
  const who = requireRegionCoordinator(actor, version.regionId);
  if (!who.allowed) return who;
  if (version.status !== "APPROVED" && version.status !== "IN_FORCE") return deny("agreements.reason.amendOnlyCurrent");
  if (version.openAmendmentExists) return deny("agreements.reason.openAmendmentExists");
  return allow();
}

/** Recording a measurement of an indicator (follow-up data, not agreement text). */
export function canRecordMeasurement(actor: Actor | null, version: VersionFacts): Decision {
  const who = requirePartyCoordinator(actor, version);
  if (!who.allowed) return who;
  if (!known(version.status)) return deny("agreements.reason.unknownState");
  if (version.status === "SUPERSEDED") return deny("agreements.reason.superseded");
  return allow();
}
