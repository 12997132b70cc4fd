import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { compositionIssues, isSeatCurrent, meetingFrequencyWarning } from "@/lib/rules/forums";
import { compareDanish } from "@/lib/i18n/format";
import { loadForumAccess, readableForumIds } from "./access";
import type { ForumSummaryDto } from "./dto";
import { danishTodayColumn } from "@/lib/calendar/date-column";

/**
 * The forums the actor may read, as the reports-to tree in depth-first order (SKU, then DAK under it,
 * …), each with its member and initiative counts and its warnings: composition rules broken by the
 * current members, fewer meetings in the last 12 months than its rule. Signed out: public forums only.
 */
export async function listForums(actor: Actor | null, now: Date = new Date()): Promise<ForumSummaryDto[]> {
  const access = await loadForumAccess(db, actor, now);
  const ids = readableForumIds(access);
  const yearAgo = new Date(now);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const forums = await db.forum.findMany({
    where: { id: { in: ids } }, // scoped: only forums the actor may read
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      parentId: true,
      isPublic: true,
      compositionRule: true,
      chairParty: true,
      viceChairParty: true,
      minMeetingsPerYear: true,
      region: { select: { name: true } },
      seatRules: { select: { party: true, minSeats: true, maxSeats: true } },
      members: { select: { party: true, position: true, periodFrom: true, periodTo: true } },
      meetings: { where: { startsAt: { gt: yearAgo, lte: now } }, select: { startsAt: true, status: true } },
      _count: { select: { initiatives: true } },
    },
  });
  const visible = new Set(forums.map((f) => f.id));
  const summaries = forums.map((f) => {
    const current = f.members.filter((m) => isSeatCurrent(m, danishTodayColumn(now)));
    return {
      id: f.id,
      name: f.name,
      shortName: f.shortName,
      kind: f.kind,
      parentId: f.parentId && visible.has(f.parentId) ? f.parentId : null,
      regionName: f.region.name,
      isPublic: f.isPublic,
      memberCount: current.length,
      initiativeCount: f._count.initiatives,
      compositionIssueCount: compositionIssues(f, current).length,
      meetingWarning: meetingFrequencyWarning(f.minMeetingsPerYear, f.meetings, now),
      depth: 0,
    };
  });
  return depthFirst(summaries);
}

/** Orders a forest depth-first, siblings in Danish alphabetical order, and sets each node's depth. */
export function depthFirst<T extends { id: string; parentId: string | null; name: string; regionName: string; depth: number }>(items: T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const item of items) children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
  const result: T[] = [];
  const visit = (parentId: string | null, depth: number) => {
    const list = (children.get(parentId) ?? []).sort((a, b) => compareDanish(a.regionName, b.regionName) || compareDanish(a.name, b.name));
    for (const item of list) {
      if (result.includes(item)) continue;
      result.push({ ...item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}
