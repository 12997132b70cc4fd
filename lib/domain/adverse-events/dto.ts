import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdverseEventGrade, AdverseEventStatus } from "@/lib/generated/prisma/enums";
import type { AdverseEventStep } from "@/lib/rules/adverse-events";

export const adverseEventInclude = {
  reportingOrganisation: { select: { id: true, name: true } },
  primaryHandlerOrganisation: { select: { id: true, name: true } },
  reportedBy: { select: { name: true } },
  parties: { select: { organisation: { select: { id: true, name: true, kind: true } } } },
} satisfies Prisma.AdverseEventInclude;

type Row = Prisma.AdverseEventGetPayload<{ include: typeof adverseEventInclude }>;

export type AdverseEventDto = {
  id: string;
  reference: string;
  dpsdReference: string;
  title: string;
  description: string;
  status: AdverseEventStatus;
  grade: AdverseEventGrade | null;
  reportingOrganisation: { id: string; name: string };
  reportedByName: string;
  reportedAt: Date;
  closeDueAt: Date;
  primaryHandler: { id: string; name: string } | null;
  parties: { id: string; name: string; kind: string }[];
  analysisGroup: string | null;
  analysis: string | null;
  actionPlan: string | null;
  implementationCriteria: string | null;
  summary: string | null;
  gradedAt: Date | null;
  analysedAt: Date | null;
  closedAt: Date | null;
  version: number;
  steps: AdverseEventStep[];
};

export function toAdverseEventDto(row: Row, steps: AdverseEventStep[]): AdverseEventDto {
  return {
    id: row.id,
    reference: row.reference,
    dpsdReference: row.dpsdReference,
    title: row.title,
    description: row.description,
    status: row.status,
    grade: row.grade,
    reportingOrganisation: row.reportingOrganisation,
    reportedByName: row.reportedBy.name,
    reportedAt: row.reportedAt,
    closeDueAt: row.closeDueAt,
    primaryHandler: row.primaryHandlerOrganisation,
    parties: row.parties.map((p) => p.organisation),
    analysisGroup: row.analysisGroup,
    analysis: row.analysis,
    actionPlan: row.actionPlan,
    implementationCriteria: row.implementationCriteria,
    summary: row.summary,
    gradedAt: row.gradedAt,
    analysedAt: row.analysedAt,
    closedAt: row.closedAt,
    version: row.version,
    steps,
  };
}

export type AdverseEventChangeDto = { id: string; reference: string; status: AdverseEventStatus; version: number };

/** The audit snapshot: the case's state, never its free text beyond the title. */
export function adverseEventAuditSnapshot(row: { status: AdverseEventStatus; grade: AdverseEventGrade | null; primaryHandlerOrganisationId: string | null; closedAt: Date | null; version: number }) {
  return { status: row.status, grade: row.grade, primaryHandlerOrganisationId: row.primaryHandlerOrganisationId, closedAt: row.closedAt, version: row.version };
}
