import "server-only";
/** What leaves the domain about a status-table import: the preview with a verdict per row, and the report. */
import type { DecisionStage, ImportStatus } from "@/lib/generated/prisma/enums";
import type { ImportRowPlan, StoredImport } from "./import-plan";

export type ImportReport = {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rows: { rowNumber: number; title: string; forumName: string; outcome: "created" | "updated" | "unchanged" | "skipped"; initiativeId: string | null; errors: string[] }[];
};

export type ImportDto = {
  id: string;
  forumId: string | null;
  forumName: string | null;
  fileName: string;
  status: ImportStatus;
  stage: DecisionStage;
  createdAt: Date;
  finishedAt: Date | null;
  columns: string[];
  unknownColumns: string[];
  fileProblems: string[];
  rows: ImportRowPlan[];
  summary: { create: number; update: number; unchanged: number; error: number; warnings: number };
  /** Whether confirming would write anything (no file problems, at least one row to create or update). */
  confirmable: boolean;
  report: ImportReport | null;
};

export function toImportDto(row: {
  id: string;
  forumId: string | null;
  forum: { name: string } | null;
  fileName: string;
  status: ImportStatus;
  createdAt: Date;
  finishedAt: Date | null;
  rows: unknown;
  report: unknown;
}): ImportDto {
  const stored = row.rows as StoredImport;
  const count = (verdict: ImportRowPlan["verdict"]) => stored.rows.filter((r) => r.verdict === verdict).length;
  const summary = {
    create: count("create"),
    update: count("update"),
    unchanged: count("unchanged"),
    error: count("error"),
    warnings: stored.rows.filter((r) => r.warnings.length > 0).length,
  };
  return {
    id: row.id,
    forumId: row.forumId,
    forumName: row.forum?.name ?? null,
    fileName: row.fileName,
    status: row.status,
    stage: stored.stage,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    columns: stored.columns,
    unknownColumns: stored.unknownColumns,
    fileProblems: stored.fileProblems,
    rows: stored.rows,
    summary,
    confirmable: row.status === "PREVIEW" && stored.fileProblems.length === 0 && summary.create + summary.update > 0,
    report: (row.report as ImportReport | null) ?? null,
  };
}

export const importSelect = {
  id: true,
  forumId: true,
  forum: { select: { name: true } },
  fileName: true,
  status: true,
  createdAt: true,
  finishedAt: true,
  rows: true,
  report: true,
  createdById: true,
} as const;
