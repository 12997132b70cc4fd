import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canEditInitiatives } from "@/lib/rules/forums";
import { compareDanish } from "@/lib/i18n/format";
import { parseInput } from "@/lib/domain/pipeline";
import { loadForumAccess, readableForumIds, relationTo } from "@/lib/domain/forums/access";
import { listInitiativesInput } from "./schemas";
import { statusRowSelect, toStatusRow, type StatusRowDto } from "./dto";
import { matchesFilter } from "./board";

export type InitiativeListDto = {
  rows: StatusRowDto[];
  total: number;
  limit: number;
  forums: { id: string; name: string; canCreate: boolean }[];
};

const LIMIT = 300;

/**
 * The initiatives of every forum the actor reads (the public: public forums only), filtered by forum,
 * current decision and a text search in the title; Danish alphabetical order, at most 300 shown.
 */
export async function listInitiatives(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<InitiativeListDto> {
  const data = parseInput(listInitiativesInput, input);
  const access = await loadForumAccess(db, actor, now);
  const readable = readableForumIds(access);
  const forumIds = data.forumId ? readable.filter((id) => id === data.forumId) : readable;
  const current = { supersededAt: null };
  const where: Prisma.InitiativeWhereInput = {
    forumId: { in: forumIds }, // scoped: readable forums only (an empty list matches nothing)
    ...(data.q ? { title: { contains: data.q, mode: "insensitive" } } : {}),
    ...(data.decision === "NONE" ? { decisions: { none: current } } : data.decision ? { decisions: { some: { ...current, decision: data.decision } } } : {}),
  };
  // Lean rows first (Danish order needs all of them), then the full five columns for the page only.
  const [lean, forums] = await Promise.all([
    db.initiative.findMany({ where, select: { id: true, title: true, forum: { select: { name: true } } } }),
    db.forum.findMany({ where: { id: { in: readable } }, select: { id: true, name: true } }),
  ]);
  lean.sort((a, b) => compareDanish(a.forum.name, b.forum.name) || compareDanish(a.title, b.title));
  const pageIds = lean.slice(0, LIMIT).map((r) => r.id);
  const order = new Map(pageIds.map((id, i) => [id, i]));
  const rows = await db.initiative.findMany({ where: { id: { in: pageIds } }, select: statusRowSelect });
  const matching = rows
    .map((row) => toStatusRow(row, now))
    .filter((row) => matchesFilter(row, { decision: data.decision }))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    rows: matching,
    total: lean.length,
    limit: LIMIT,
    forums: forums
      .map((f) => ({ id: f.id, name: f.name, canCreate: canEditInitiatives(relationTo(access, f.id)).allowed }))
      .sort((a, b) => compareDanish(a.name, b.name)),
  };
}
