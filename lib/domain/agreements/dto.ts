import "server-only";
/**
 * What leaves the agreement operations: small DTOs for the UI and snapshots for the audit trail,
 * both picking fields explicitly. Decimals leave as strings (exact, and serialisable to the client).
 */
import type { Prisma } from "@/lib/generated/prisma/client";

export const sectionSelect = {
  id: true,
  versionId: true,
  lineageId: true,
  parentId: true,
  kind: true,
  number: true,
  title: true,
  body: true,
  layer: true,
  area: true,
  position: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.SectionSelect;
export type SectionRow = Prisma.SectionGetPayload<{ select: typeof sectionSelect }>;
export type SectionDto = SectionRow;

export function sectionAuditSnapshot(s: Pick<SectionRow, "number" | "title" | "body" | "kind" | "layer" | "area" | "parentId" | "position" | "version">) {
  return { number: s.number, title: s.title, body: s.body, kind: s.kind, layer: s.layer, area: s.area, parentId: s.parentId, position: s.position, version: s.version };
}

export const obligationSelect = {
  id: true,
  sectionId: true,
  lineageId: true,
  responsibleParty: true,
  action: true,
  trigger: true,
  deadlineAmount: true,
  deadlineUnit: true,
  channel: true,
  modality: true,
  source: true,
  referralMilestone: true,
  position: true,
  version: true,
} as const satisfies Prisma.ObligationSelect;
export type ObligationDto = Prisma.ObligationGetPayload<{ select: typeof obligationSelect }>;

export function obligationAuditSnapshot(o: ObligationDto) {
  const { id: _id, ...rest } = o;
  return rest;
}

export const goalSelect = {
  id: true,
  versionId: true,
  sectionId: true,
  lineageId: true,
  kind: true,
  number: true,
  statement: true,
  direction: true,
  description: true,
  midTermStatus: true,
  finalStatus: true,
  position: true,
  version: true,
} as const satisfies Prisma.GoalSelect;
export type GoalDto = Prisma.GoalGetPayload<{ select: typeof goalSelect }>;

export const indicatorSelect = {
  id: true,
  goalId: true,
  name: true,
  baseline: true,
  baselineYear: true,
  target: true,
  targetYear: true,
  unit: true,
  method: true,
  dataSource: true,
  frequency: true,
  responsibleForumId: true,
  version: true,
} as const satisfies Prisma.IndicatorSelect;
type IndicatorRow = Prisma.IndicatorGetPayload<{ select: typeof indicatorSelect }>;
export type IndicatorDto = Omit<IndicatorRow, "baseline" | "target"> & { baseline: string | null; target: string | null };

export function toIndicatorDto(row: IndicatorRow): IndicatorDto {
  return { ...row, baseline: row.baseline?.toString() ?? null, target: row.target?.toString() ?? null };
}

export type VersionStateDto = { id: string; agreementId: string; number: number; status: string; version: number };
