import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { descendantIds } from "@/lib/rules/forums";
import { compareDanish } from "@/lib/i18n/format";
import { parseInput } from "@/lib/domain/pipeline";
import { ensureReadable, loadForumAccess, readableForumIds } from "@/lib/domain/forums/access";
import { serialiseExcelCsv } from "@/lib/csv/excel";
import { exportStatusTableInput } from "./schemas";
import { statusRowSelect, toStatusRow } from "./dto";
import { statusRowCells, statusTableHeader } from "./status-table";
import { slugForFile } from "./file-name";
import { danishToday } from "@/lib/calendar/copenhagen";

/**
 * A forum's status table as Excel CSV (BOM, ";", CRLF, every cell quoted), in the same shape the
 * import reads: the five columns, the decision as the first word of the justification cell. With
 * scope "tree", the forum and every readable forum reporting to it, with a forum column first.
 */
export async function exportStatusTable(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<{ fileName: string; csv: string }> {
  const data = parseInput(exportStatusTableInput, input);
  const access = await loadForumAccess(db, actor, now);
  ensureReadable(access, data.forumId); // scoped: not readable → NotFoundError
  const readable = new Set(readableForumIds(access));
  const forumIds = data.scope === "tree" ? [data.forumId, ...descendantIds(data.forumId, access.nodes)].filter((id) => readable.has(id)) : [data.forumId];
  const [forum, rows] = await Promise.all([
    db.forum.findUniqueOrThrow({ where: { id: data.forumId }, select: { name: true, shortName: true } }),
    db.initiative.findMany({ where: { forumId: { in: forumIds } }, select: statusRowSelect }),
  ]);
  const withForum = data.scope === "tree";
  const body = rows
    .map((row) => toStatusRow(row, now))
    .sort((a, b) => (withForum ? compareDanish(a.forumName, b.forumName) : 0) || compareDanish(a.title, b.title))
    .map((row) =>
      statusRowCells(
        {
          forumName: row.forumName,
          title: row.title,
          description: row.description,
          decision: row.decision?.decision ?? null,
          justification: row.decision?.justification ?? "",
          focusText: row.focusText,
          focusPeriods: row.focusPeriods,
          resourcesText: row.resourcesText,
        },
        withForum,
      ),
    );
  const date = danishToday(now);
  return { fileName: `statustabel-${slugForFile(forum.shortName ?? forum.name)}-${date}.csv`, csv: serialiseExcelCsv(statusTableHeader(withForum), body) };
}
