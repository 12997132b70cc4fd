import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canEditInitiatives, canRecordFinalDecision } from "@/lib/rules/forums";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { ensureForumAllows, loadForumAccess } from "@/lib/domain/forums/access";
import { decodeCsvBytes, parseExcelCsv } from "@/lib/csv/excel";
import { interpretStatusRow, mapHeader, type StatusColumn } from "./status-table";
import { planStoredImport } from "./import-plan";
import { BLANK_ROW_ALLOWANCE, MAX_IMPORT_ROWS, previewInitiativeImportInput } from "./schemas";
import { toImportDto, type ImportDto } from "./import-dto";
import { newId, utc } from "./bulk-insert";

/**
 * Step 1 of an import: the uploaded status table (Danish Excel CSV, or its English equivalent) is
 * read and compared with the forum's initiatives; every row gets a verdict — create, update,
 * unchanged or error (with why) — and warnings. Nothing but the preview itself is written: it is
 * stored in InitiativeImport, so the confirmation may reach any app server.
 *
 * The sheet's group names (its forum column) are listed with a suggestion each — the forum the last
 * confirmed import put them in, or the forum whose name matches — and the rows are planned with
 * those choices; chooseImportGroups changes them before confirming.
 *
 * Bounded work: at most MAX_IMPORT_ROWS rows are read (papaparse stops after them), UTF-16 and NUL
 * bytes are file problems, and planning is linear. A job (the job queue of issue 11) may call this
 * operation as it is, with the uploader's actor and the stored bytes: it reads nothing from the
 * request.
 */
export async function previewInitiativeImport(actor: Actor | null, input: unknown): Promise<ImportDto> {
  const data = parseInput(previewInitiativeImportInput, input);
  const current = requireSignedIn(actor);
  const access = await loadForumAccess(db, current);
  ensureForumAllows(access, data.forumId, canEditInitiatives); // scoped (not found) → allowed (forbidden)
  if (data.stage === "FINAL") ensureForumAllows(access, data.forumId, canRecordFinalDecision); // final decisions: chair or secretary

  // Parsing happens outside any transaction: a 5,000-row file must not hold a connection while it is read.
  const { text, encoding, problem } = decodeCsvBytes(data.file.bytes);
  const parsed = parseExcelCsv(text, { maxRecords: MAX_IMPORT_ROWS + 1 + BLANK_ROW_ALLOWANCE });
  const tooMany = !problem && (parsed.truncated || parsed.rows.length > MAX_IMPORT_ROWS);
  const mapping = mapHeader(parsed.header);
  const fileProblems = problem
    ? [problem]
    : tooMany
      ? [`initiatives.import.file.tooManyRows|max=${MAX_IMPORT_ROWS}`]
      : [...parsed.problems.filter((p) => p.rowNumber <= 1).map((p) => (p.rowNumber === 1 ? `${p.code}|row=1` : p.code)), ...mapping.problems.map((p) => p.code)];
  const rowProblems = new Map<number, string[]>();
  for (const problem of parsed.problems) {
    if (problem.rowNumber > 1) rowProblems.set(problem.rowNumber, [...(rowProblems.get(problem.rowNumber) ?? []), `initiatives.import.${problem.code}`]);
  }
  const columns = Object.keys(mapping.columns) as StatusColumn[];
  const rows = fileProblems.length ? [] : parsed.rows.map((row) => interpretStatusRow(row, mapping, rowProblems.get(row.rowNumber) ?? []));
  if (!fileProblems.length && rows.length === 0) fileProblems.push("initiatives.import.file.noRows");

  const stored = await planStoredImport(db, access, data.forumId, rows, {
    stage: data.stage,
    encoding,
    delimiter: parsed.delimiter,
    columns,
    unknownColumns: mapping.unknown,
    fileProblems: fileProblems.map((p) => (p.startsWith("csv.") ? `initiatives.import.${p}` : p)),
  });
  const forumName = (await db.forum.findUniqueOrThrow({ where: { id: data.forumId }, select: { name: true } })).name;

  const fileSha256 = createHash("sha256").update(data.file.bytes).digest("hex");
  const id = newId();
  const createdAt = new Date();
  const dto = toImportDto({ id, forumId: data.forumId, forum: { name: forumName }, fileName: data.file.name, status: "PREVIEW", createdAt, finishedAt: null, rows: stored, report: null });
  return db.$transaction(
    async (tx) => {
      // One raw INSERT with the rows as a JSON parameter: a 5,000-row preview is several MB of JSON,
      // which Prisma's own create takes ~5× longer to send (bench/initiatives-import.ts).
      await tx.$executeRaw`
        INSERT INTO "InitiativeImport" (id, "forumId", "fileName", "fileSha256", status, rows, "createdById", "createdAt")
        VALUES (${id}, ${data.forumId}, ${data.file.name}, ${fileSha256}, 'PREVIEW', ${JSON.stringify(stored)}::jsonb, ${current.userId}, ${utc(createdAt)}::timestamp(3))`;
      await recordAuditEvent(tx, current, {
        action: "initiativeImport.preview",
        entityType: "InitiativeImport",
        entityId: id,
        after: { forumId: data.forumId, fileName: data.file.name, fileSha256, summary: dto.summary, fileProblems: stored.fileProblems },
      });
      return dto;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
