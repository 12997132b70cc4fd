import "server-only";
/** What leaves the domain about a status-table import: the preview with a verdict per row, and the report. */
import type { DecisionStage, ImportStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { canEditInitiatives } from "@/lib/rules/forums";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import type { GroupChoice, ImportGroup, ImportRowPlan, StoredImport } from "./import-plan";
import { IMPORT_PHASES, type ImportProgress } from "./import-progress";

/** A group of the sheet on the preview: the choice, and what its rows would do. */
export type ImportGroupDto = ImportGroup & {
  /** The form value of the choice: "skip", "create" or "forum:<id>". */
  value: string;
  counts: { continue: number; windDown: number; create: number; update: number; unchanged: number; skip: number; error: number };
};

export const choiceValue = (choice: GroupChoice) => (choice.kind === "forum" ? `forum:${choice.forumId}` : choice.kind);

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
  groups: ImportGroupDto[];
  /** Forums a group may go to, and whether the uploader may create new groups here. */
  targets: { id: string; name: string }[];
  mayCreate: boolean;
  summary: { create: number; update: number; unchanged: number; skip: number; error: number; warnings: number };
  /** Whether confirming would write anything (no file problems, at least one row to create or update). */
  confirmable: boolean;
  report: ImportReport | null;
  /** While a job works on it (QUEUED, CONFIRMING): where it stands; FAILED: why (a message key). */
  progress: ImportProgress | null;
  failure: string | null;
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
  phase?: string | null;
  progressDone?: number;
  progressTotal?: number;
  failure?: string | null;
}): ImportDto {
  const stored = row.rows as StoredImport;
  const count = (verdict: ImportRowPlan["verdict"]) => stored.rows.filter((r) => r.verdict === verdict).length;
  const summary = {
    create: count("create"),
    update: count("update"),
    unchanged: count("unchanged"),
    skip: count("skip"),
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
    groups: (stored.groups ?? []).map((group) => {
      const rows = stored.rows.filter((r) => r.groupKey === group.key);
      const verdicts = (v: ImportRowPlan["verdict"]) => rows.filter((r) => r.verdict === v).length;
      const written = rows.filter((r) => r.verdict !== "skip" && r.verdict !== "error");
      return {
        ...group,
        value: choiceValue(group.choice),
        counts: {
          continue: written.filter((r) => r.decision === "CONTINUE").length,
          windDown: written.filter((r) => r.decision === "WIND_DOWN").length,
          create: verdicts("create"),
          update: verdicts("update"),
          unchanged: verdicts("unchanged"),
          skip: verdicts("skip"),
          error: verdicts("error"),
        },
      };
    }),
    targets: stored.targets ?? [],
    mayCreate: stored.mayCreate ?? false,
    summary,
    confirmable: row.status === "PREVIEW" && stored.fileProblems.length === 0 && summary.create + summary.update > 0,
    report: (row.report as ImportReport | null) ?? null,
    progress: progressOf(row),
    failure: row.failure ?? null,
  };
}

export function progressOf(row: { status: ImportStatus; phase?: string | null; progressDone?: number; progressTotal?: number }): ImportProgress | null {
  if (row.status !== "QUEUED" && row.status !== "CONFIRMING") return null;
  const phase = IMPORT_PHASES.find((p) => p === row.phase) ?? "queued";
  return { phase, done: row.progressDone ?? 0, total: row.progressTotal ?? 0 };
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
  phase: true,
  progressDone: true,
  progressTotal: true,
  failure: true,
} as const;

/**
 * The scoped, locked load of a preview for a step that changes it (choose groups, confirm): only the
 * uploader's own import (else not found), locked FOR UPDATE so a double click or a second server
 * waits and then sees it finished, still a preview (else conflict) — or, for the confirm job, still
 * waiting for it (CONFIRMING) — and its forum still editable by the actor (not visible → not found,
 * else forbidden).
 */
export async function lockPreview(tx: Tx, actor: Actor, importId: string, expected: "PREVIEW" | "CONFIRMING" = "PREVIEW") {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "InitiativeImport" WHERE id = ${importId} AND "createdById" = ${actor.userId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError();
  const record = await tx.initiativeImport.findUniqueOrThrow({ where: { id: importId }, select: importSelect });
  if (record.status !== expected) throw new ConflictError("initiatives.import.alreadyFinished");
  if (!record.forumId) throw new NotFoundError();
  const access = await loadForumAccess(tx, actor);
  ensureForumAllows(access, record.forumId, canEditInitiatives);
  return { record: { ...record, forumId: record.forumId }, access };
}
