import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { ConflictError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { authoriseImport } from "./import-access";
import { decodeCsvBytes, parseExcelCsv } from "@/lib/csv/excel";
import { interpretStatusRow, mapHeader, type StatusColumn, type StatusRow } from "./status-table";
import { planStoredImport } from "./import-plan";
import { BLANK_ROW_ALLOWANCE, MAX_IMPORT_ROWS, previewInitiativeImportInput } from "./schemas";
import { toImportDto, type ImportDto } from "./import-dto";
import { newId, utc } from "./bulk-insert";
import type { ImportProgress } from "./import-progress";

/** Rows read between two progress reports of the preview job. */
const PROGRESS_EVERY = 500;

/** The preview job's part: the queued import record this preview becomes, and where progress goes. */
export type QueuedPreview = { importId: string; createdAt: Date; progress: (progress: ImportProgress) => Promise<void> };

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
 * bytes are file problems, and planning is linear. It reads nothing from the request: the preview
 * job (lib/domain/jobs/initiative-import.ts, decision 033) calls it with the uploader's actor as they
 * are now and the stored bytes, and `queued` — then the queued import record becomes the preview
 * (only while it is still queued: a job run twice writes once) and progress is reported on the way.
 */
export async function previewInitiativeImport(actor: Actor | null, input: unknown, queued?: QueuedPreview): Promise<ImportDto> {
  const data = parseInput(previewInitiativeImportInput, input);
  const current = requireSignedIn(actor);
  const access = await authoriseImport(current, data.forumId, data.stage);

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
  const rows: StatusRow[] = [];
  if (!fileProblems.length) {
    for (let start = 0; start < parsed.rows.length; start += PROGRESS_EVERY) {
      await queued?.progress({ phase: "reading", done: start, total: parsed.rows.length });
      for (const row of parsed.rows.slice(start, start + PROGRESS_EVERY)) rows.push(interpretStatusRow(row, mapping, rowProblems.get(row.rowNumber) ?? []));
    }
  }
  if (!fileProblems.length && rows.length === 0) fileProblems.push("initiatives.import.file.noRows");
  await queued?.progress({ phase: "planning", done: rows.length, total: rows.length });

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
  const id = queued?.importId ?? newId();
  const createdAt = queued?.createdAt ?? new Date();
  const dto = toImportDto({ id, forumId: data.forumId, forum: { name: forumName }, fileName: data.file.name, status: "PREVIEW", createdAt, finishedAt: null, rows: stored, report: null });
  return db.$transaction(
    async (tx) => {
      // One raw statement with the rows as a JSON parameter: a 5,000-row preview is several MB of
      // JSON, which Prisma's own create takes ~5× longer to send (bench/initiatives-import.ts).
      if (queued) {
        const count = await tx.$executeRaw`
          UPDATE "InitiativeImport" SET status = 'PREVIEW', rows = ${JSON.stringify(stored)}::jsonb, "fileBytes" = NULL, phase = NULL
           WHERE id = ${id} AND "createdById" = ${current.userId} AND "forumId" = ${data.forumId} AND status = 'QUEUED'`;
        if (count === 0) throw new ConflictError("initiatives.import.alreadyFinished"); // another run of the job was first
      } else {
        await tx.$executeRaw`
          INSERT INTO "InitiativeImport" (id, "forumId", "fileName", "fileSha256", status, rows, "createdById", "createdAt")
          VALUES (${id}, ${data.forumId}, ${data.file.name}, ${fileSha256}, 'PREVIEW', ${JSON.stringify(stored)}::jsonb, ${current.userId}, ${utc(createdAt)}::timestamp(3))`;
      }
      await recordAuditEvent(tx, current, {
        action: "initiativeImport.preview",
        entityType: "InitiativeImport",
        entityId: id,
        after: { forumId: data.forumId, fileName: data.file.name, fileSha256, summary: dto.summary, fileProblems: stored.fileProblems, ...(queued ? { job: "import-preview" } : {}) },
      });
      return dto;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
