/**
 * What the aids pages receive: an aid's content with its id and version, a revision, a proposal.
 */
import type { AidProposalStatus } from "@/lib/generated/prisma/enums";
import { aidContentOf, type AidContent } from "@/lib/aids/fields";

export const aidItemSelect = {
  id: true,
  catalogueId: true,
  number: true,
  name: true,
  category: true,
  description: true,
  synonyms: true,
  temporaryAssessment: true,
  temporarySupply: true,
  temporaryInstruction: true,
  temporaryMaintenance: true,
  temporaryLegalBasis: true,
  temporaryNote: true,
  permanentAssessment: true,
  permanentSupply: true,
  permanentInstruction: true,
  permanentMaintenance: true,
  permanentLegalBasis: true,
  permanentNote: true,
  notes: true,
  isDemo: true,
  version: true,
  updatedAt: true,
} as const;

export type AidItemDto = AidContent & { id: string; catalogueId: string; isDemo: boolean; version: number; updatedAt: Date };

/** The audit trail's before/after of an aid: its content and version. */
export function aidAuditSnapshot(item: AidItemDto): AidContent & { version: number } {
  return { ...aidContentOf(item), version: item.version };
}

export type AidProposalDto = {
  id: string;
  itemId: string | null;
  baseVersion: number | null;
  proposed: AidContent;
  justification: string;
  proposerName: string;
  status: AidProposalStatus;
  decisionReason: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  meeting: { id: string; startsAt: Date; forumName: string } | null;
  createdAt: Date;
  version: number;
};

export const aidProposalSelect = {
  id: true,
  itemId: true,
  baseVersion: true,
  proposed: true,
  justification: true,
  status: true,
  decisionReason: true,
  decidedAt: true,
  createdAt: true,
  version: true,
  proposer: { select: { name: true } },
  decidedBy: { select: { name: true } },
  meeting: { select: { id: true, startsAt: true, forum: { select: { name: true } } } },
} as const;

type ProposalRow = {
  id: string;
  itemId: string | null;
  baseVersion: number | null;
  proposed: unknown;
  justification: string;
  status: AidProposalStatus;
  decisionReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  version: number;
  proposer: { name: string };
  decidedBy: { name: string } | null;
  meeting: { id: string; startsAt: Date; forum: { name: string } } | null;
};

export function aidProposalDto(row: ProposalRow): AidProposalDto {
  return {
    id: row.id,
    itemId: row.itemId,
    baseVersion: row.baseVersion,
    proposed: row.proposed as AidContent,
    justification: row.justification,
    proposerName: row.proposer.name,
    status: row.status,
    decisionReason: row.decisionReason,
    decidedByName: row.decidedBy?.name ?? null,
    decidedAt: row.decidedAt,
    meeting: row.meeting ? { id: row.meeting.id, startsAt: row.meeting.startsAt, forumName: row.meeting.forum.name } : null,
    createdAt: row.createdAt,
    version: row.version,
  };
}
