import "server-only";
/**
 * What leaves the domain about initiatives: the status row of the five columns committees use
 * (name; description; decision and justification; focus period; resources) shared by the boards, the
 * meeting pack and the export; the full initiative; audit snapshots.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionStage, InitiativeDecisionKind, InitiativeStatus, ResourceTag, YearHalf } from "@/lib/generated/prisma/enums";
import { decisionWarnings, isStale, type ConsistencyWarning } from "@/lib/rules/initiatives";

export type FocusPeriodDto = { year: number; half: YearHalf | null; activity: string | null };

export type DecisionDto = {
  id: string;
  decision: InitiativeDecisionKind;
  stage: DecisionStage;
  justification: string;
  forumId: string;
  forumName: string;
  meetingId: string | null;
  meetingStartsAt: Date | null;
  decidedOn: Date;
  recordedByName: string | null;
  createdAt: Date;
  supersededAt: Date | null;
};

/** The current decision as the status columns show it (the full history uses DecisionDto). */
export type CurrentDecisionDto = {
  id: string;
  decision: InitiativeDecisionKind;
  stage: DecisionStage;
  justification: string;
  forumId: string;
  meetingId: string | null;
  decidedOn: Date;
};

export type StatusRowDto = {
  id: string;
  forumId: string;
  forumName: string;
  title: string;
  description: string;
  status: InitiativeStatus;
  progress: number | null;
  decision: CurrentDecisionDto | null;
  focusText: string | null;
  focusPeriods: FocusPeriodDto[];
  resourceTags: ResourceTag[];
  resourcesText: string | null;
  updatedAt: Date;
  stale: boolean;
  warnings: ConsistencyWarning[];
  version: number;
};

export const decisionSelect = {
  id: true,
  decision: true,
  stage: true,
  justification: true,
  forumId: true,
  meetingId: true,
  decidedOn: true,
  createdAt: true,
  supersededAt: true,
  forum: { select: { name: true } },
  meeting: { select: { startsAt: true } },
  recordedBy: { select: { name: true } },
} satisfies Prisma.InitiativeDecisionSelect;

type DecisionRow = Prisma.InitiativeDecisionGetPayload<{ select: typeof decisionSelect }>;

export function toDecisionDto(row: DecisionRow): DecisionDto {
  return {
    id: row.id,
    decision: row.decision,
    stage: row.stage,
    justification: row.justification,
    forumId: row.forumId,
    forumName: row.forum.name,
    meetingId: row.meetingId,
    meetingStartsAt: row.meeting?.startsAt ?? null,
    decidedOn: row.decidedOn,
    recordedByName: row.recordedBy?.name ?? null,
    createdAt: row.createdAt,
    supersededAt: row.supersededAt,
  };
}

/** The select of a status row: the current decision is the newest one not superseded. */
export const statusRowSelect = {
  id: true,
  forumId: true,
  title: true,
  description: true,
  status: true,
  progress: true,
  focusText: true,
  resourceTags: true,
  resourcesText: true,
  updatedAt: true,
  version: true,
  forum: { select: { name: true } },
  focusPeriods: { select: { year: true, half: true, activity: true }, orderBy: [{ year: "asc" }, { half: "asc" }] },
  // Scalars only: the boards show decision, stage and justification; relations would cost a query each.
  decisions: {
    where: { supersededAt: null },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { id: true, decision: true, stage: true, justification: true, forumId: true, meetingId: true, decidedOn: true },
  },
} satisfies Prisma.InitiativeSelect;

export type StatusRowRow = Prisma.InitiativeGetPayload<{ select: typeof statusRowSelect }>;

export function toStatusRow(row: StatusRowRow, now: Date): StatusRowDto {
  const current = row.decisions[0] ?? null;
  return {
    id: row.id,
    forumId: row.forumId,
    forumName: row.forum.name,
    title: row.title,
    description: row.description,
    status: row.status,
    progress: row.progress,
    decision: current,
    focusText: row.focusText,
    focusPeriods: row.focusPeriods,
    resourceTags: row.resourceTags,
    resourcesText: row.resourcesText,
    updatedAt: row.updatedAt,
    stale: isStale(row.updatedAt, now),
    warnings: decisionWarnings(current),
    version: row.version,
  };
}

export function initiativeAuditSnapshot(row: {
  forumId: string;
  importKey: string;
  title: string;
  description: string;
  status: InitiativeStatus;
  progress: number | null;
  sectionId: string | null;
  goalId: string | null;
  focusText: string | null;
  resourceTags: ResourceTag[];
  resourcesText: string | null;
  version: number;
}, focusPeriods?: FocusPeriodDto[]) {
  return {
    forumId: row.forumId,
    importKey: row.importKey,
    title: row.title,
    description: row.description,
    status: row.status,
    progress: row.progress,
    sectionId: row.sectionId,
    goalId: row.goalId,
    focusText: row.focusText,
    focusPeriods,
    resourceTags: row.resourceTags,
    resourcesText: row.resourcesText,
    version: row.version,
  };
}

export function decisionAuditSnapshot(row: {
  initiativeId: string;
  decision: InitiativeDecisionKind;
  stage: DecisionStage;
  justification: string;
  forumId: string;
  meetingId: string | null;
  decidedOn: Date;
  supersededAt: Date | null;
}) {
  return {
    initiativeId: row.initiativeId,
    decision: row.decision,
    stage: row.stage,
    justification: row.justification,
    forumId: row.forumId,
    meetingId: row.meetingId,
    decidedOn: row.decidedOn,
    supersededAt: row.supersededAt,
  };
}
