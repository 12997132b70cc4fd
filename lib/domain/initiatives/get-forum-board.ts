import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { ForumKind } from "@/lib/generated/prisma/enums";
import { canEditInitiatives, canRecordFinalDecision, descendantIds } from "@/lib/rules/forums";
import { compareDanish } from "@/lib/i18n/format";
import { parseInput } from "@/lib/domain/pipeline";
import { ensureReadable, loadForumAccess, readableForumIds } from "@/lib/domain/forums/access";
import { getForumBoardInput } from "./schemas";
import { statusRowSelect, toStatusRow, type StatusRowDto } from "./dto";
import { addToCounts, emptyCounts, matchesFilter, type DecisionCounts } from "./board";

export type ForumBoardDto = {
  forum: { id: string; name: string; shortName: string | null; kind: ForumKind };
  counts: DecisionCounts;
  /** The rows matching the filter, in Danish alphabetical order. */
  rows: StatusRowDto[];
  filter: { decision?: string; stage?: string; warnings: boolean };
  hasChildren: boolean;
  permissions: { edit: boolean; recordFinal: boolean };
};

/**
 * A forum's status board in the five columns committees use (name; description; decision and
 * justification; focus period; resources), with the counts by decision and the warnings (decision
 * without justification, justification saying the opposite, no update for six months).
 */
export async function getForumBoard(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<ForumBoardDto> {
  const data = parseInput(getForumBoardInput, input);
  const access = await loadForumAccess(db, actor, now);
  const relation = ensureReadable(access, data.forumId); // scoped: not readable → NotFoundError
  const [forum, initiatives] = await Promise.all([
    db.forum.findUniqueOrThrow({ where: { id: data.forumId }, select: { id: true, name: true, shortName: true, kind: true } }),
    db.initiative.findMany({ where: { forumId: data.forumId }, select: statusRowSelect }),
  ]);
  const counts = emptyCounts();
  const all = initiatives.map((row) => toStatusRow(row, now));
  for (const row of all) addToCounts(counts, row);
  const readable = new Set(readableForumIds(access));
  return {
    forum,
    counts,
    rows: all.filter((row) => matchesFilter(row, data)).sort((a, b) => compareDanish(a.title, b.title)),
    filter: { decision: data.decision, stage: data.stage, warnings: data.warnings },
    hasChildren: descendantIds(forum.id, access.nodes).some((id) => readable.has(id)),
    permissions: { edit: canEditInitiatives(relation).allowed, recordFinal: canRecordFinalDecision(relation).allowed },
  };
}
