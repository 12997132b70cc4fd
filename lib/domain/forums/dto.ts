import "server-only";
/**
 * What leaves the domain about forums: DTOs for the pages and snapshots for the audit trail. Fields
 * are picked explicitly so a new column never leaks by default.
 */
import type { CompositionRule, ForumKind, ForumPosition, MeetingStatus, SeatParty } from "@/lib/generated/prisma/enums";
import type { CompositionIssue } from "@/lib/rules/forums";

export type ForumSummaryDto = {
  id: string;
  name: string;
  shortName: string | null;
  kind: ForumKind;
  /** Null when the forum is a root, or its parent is not visible to the actor. */
  parentId: string | null;
  regionName: string;
  isPublic: boolean;
  memberCount: number;
  initiativeCount: number;
  compositionIssueCount: number;
  meetingWarning: { required: number; held: number } | null;
  depth: number;
};

export type ForumMemberDto = {
  id: string;
  name: string;
  userId: string | null;
  organisationId: string | null;
  organisationName: string | null;
  party: SeatParty;
  position: ForumPosition;
  periodFrom: Date;
  periodTo: Date | null;
  current: boolean;
  version: number;
};

export type ForumMeetingDto = { id: string; startsAt: Date; place: string | null; status: MeetingStatus; agendaItemCount: number };

export type ForumDetailDto = {
  id: string;
  regionId: string;
  regionName: string;
  parent: { id: string; name: string } | null;
  children: { id: string; name: string; kind: ForumKind }[];
  ancestors: { id: string; name: string }[];
  name: string;
  shortName: string | null;
  kind: ForumKind;
  mandate: string;
  compositionRule: CompositionRule;
  chairParty: SeatParty | null;
  viceChairParty: SeatParty | null;
  minMeetingsPerYear: number | null;
  secretariatOrganisationId: string | null;
  secretariatName: string | null;
  secretariatNote: string | null;
  isPublic: boolean;
  version: number;
  seatRules: { party: SeatParty; minSeats: number; maxSeats: number | null }[];
  members: ForumMemberDto[];
  compositionIssues: CompositionIssue[];
  meetingWarning: { required: number; held: number } | null;
  meetingsLastYear: number;
  meetings: ForumMeetingDto[];
  initiativeCount: number;
  permissions: { manage: boolean; editInitiatives: boolean; recordFinal: boolean; createChild: boolean };
};

type ForumRow = {
  name: string;
  shortName: string | null;
  kind: ForumKind;
  parentId: string | null;
  mandate: string;
  compositionRule: CompositionRule;
  chairParty: SeatParty | null;
  viceChairParty: SeatParty | null;
  minMeetingsPerYear: number | null;
  secretariatOrganisationId: string | null;
  secretariatNote: string | null;
  isPublic: boolean;
  version: number;
};

/** The audited state of a forum (seat rules included by the caller). */
export function forumAuditSnapshot(row: ForumRow, seatRules: { party: SeatParty; minSeats: number; maxSeats: number | null }[] = []) {
  return {
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    parentId: row.parentId,
    mandate: row.mandate,
    compositionRule: row.compositionRule,
    chairParty: row.chairParty,
    viceChairParty: row.viceChairParty,
    minMeetingsPerYear: row.minMeetingsPerYear,
    secretariatOrganisationId: row.secretariatOrganisationId,
    secretariatNote: row.secretariatNote,
    isPublic: row.isPublic,
    version: row.version,
    seatRules: seatRules.map((r) => ({ party: r.party, minSeats: r.minSeats, maxSeats: r.maxSeats })),
  };
}

export function forumMemberAuditSnapshot(row: {
  forumId: string;
  userId: string | null;
  name: string;
  organisationId: string | null;
  party: SeatParty;
  position: ForumPosition;
  periodFrom: Date;
  periodTo: Date | null;
  version: number;
}) {
  return {
    forumId: row.forumId,
    userId: row.userId,
    name: row.name,
    organisationId: row.organisationId,
    party: row.party,
    position: row.position,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    version: row.version,
  };
}
