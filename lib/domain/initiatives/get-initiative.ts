import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { InitiativeStatus } from "@/lib/generated/prisma/enums";
import { ancestorIds, canCommentOnInitiative, canEditInitiatives } from "@/lib/rules/forums";
import { canRecordDecision } from "@/lib/rules/initiatives";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { ensureReadable, loadForumAccess, readableForumIds, relationTo } from "@/lib/domain/forums/access";
import { getInitiativeInput } from "./schemas";
import { decisionSelect, statusRowSelect, toDecisionDto, toStatusRow, type DecisionDto, type StatusRowDto } from "./dto";

export type CommentDto = { id: string; parentId: string | null; forumId: string; forumName: string; authorName: string; body: string; createdAt: Date };

export type InitiativeDto = StatusRowDto & {
  status: InitiativeStatus;
  section: { id: string; number: string; title: string } | null;
  goal: { id: string; number: string; statement: string } | null;
  /** Newest first; superseded ones included (decisions are never deleted). */
  decisions: DecisionDto[];
  milestones: { id: string; title: string; dueOn: Date | null; completedOn: Date | null }[];
  /** Threads: top-level comments in time order, each followed by its replies. */
  comments: (CommentDto & { replies: CommentDto[] })[];
  events: { id: string; type: string; note: string | null; actorName: string | null; occurredAt: Date }[];
  permissions: {
    edit: boolean;
    propose: boolean;
    comment: boolean;
    /** The forums (owning one and those above it) in which the actor records decisions, per stage. */
    decisionForums: { id: string; name: string; proposed: boolean; final: boolean }[];
  };
  /** Meetings of the forums the actor decides in, for "recorded at meeting" (recent and upcoming). */
  meetings: { id: string; forumId: string; forumName: string; startsAt: Date }[];
};

/** One initiative with its history, thread and what the actor may do. Not readable → not found. */
export async function getInitiative(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<InitiativeDto> {
  const data = parseInput(getInitiativeInput, input);
  const row = await db.initiative.findUnique({
    where: { id: data.initiativeId },
    select: {
      ...statusRowSelect,
      section: { select: { id: true, number: true, title: true } },
      goal: { select: { id: true, number: true, statement: true } },
      milestones: { orderBy: [{ position: "asc" }], select: { id: true, title: true, dueOn: true, completedOn: true } },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, parentId: true, forumId: true, body: true, createdAt: true, forum: { select: { name: true } }, author: { select: { name: true } } },
      },
      events: { orderBy: { occurredAt: "desc" }, take: 50, select: { id: true, type: true, note: true, occurredAt: true, actorUser: { select: { name: true } } } },
    },
  });
  if (!row) throw new NotFoundError();
  const access = await loadForumAccess(db, actor, now);
  const relation = ensureReadable(access, row.forumId); // scoped: not readable → NotFoundError
  const readable = new Set(readableForumIds(access));

  const allDecisions = await db.initiativeDecision.findMany({ where: { initiativeId: row.id }, orderBy: { createdAt: "desc" }, select: decisionSelect });
  const deciding = [row.forumId, ...ancestorIds(row.forumId, access.byId)].filter((id) => readable.has(id));
  const forumNames = new Map((await db.forum.findMany({ where: { id: { in: deciding } }, select: { id: true, name: true } })).map((f) => [f.id, f.name]));
  const decisionForums = deciding
    .map((id) => ({
      id,
      name: forumNames.get(id) ?? "",
      proposed: canRecordDecision(relationTo(access, id), "PROPOSED").allowed,
      final: canRecordDecision(relationTo(access, id), "FINAL").allowed,
    }))
    .filter((f) => f.proposed || f.final);
  const since = new Date(now.getTime() - 180 * 24 * 3600 * 1000);
  const meetings = decisionForums.length
    ? await db.meeting.findMany({
        where: { forumId: { in: decisionForums.map((f) => f.id) }, startsAt: { gte: since }, status: { not: "CANCELLED" } },
        orderBy: { startsAt: "asc" },
        select: { id: true, forumId: true, startsAt: true, forum: { select: { name: true } } },
      })
    : [];

  const toComment = (c: (typeof row.comments)[number]): CommentDto => ({
    id: c.id,
    parentId: c.parentId,
    forumId: c.forumId,
    forumName: c.forum.name,
    authorName: c.author.name,
    body: c.body,
    createdAt: c.createdAt,
  });
  const topLevel = row.comments.filter((c) => !c.parentId);
  const repliesTo = (id: string): CommentDto[] => row.comments.filter((c) => c.parentId === id).flatMap((c) => [toComment(c), ...repliesTo(c.id)]);

  return {
    ...toStatusRow(row, now),
    section: row.section,
    goal: row.goal,
    decisions: allDecisions.map(toDecisionDto),
    milestones: row.milestones,
    comments: topLevel.map((c) => ({ ...toComment(c), replies: repliesTo(c.id) })),
    events: row.events.map((e) => ({ id: e.id, type: e.type, note: e.note, actorName: e.actorUser?.name ?? null, occurredAt: e.occurredAt })),
    permissions: {
      edit: canEditInitiatives(relation).allowed,
      propose: decisionForums.some((f) => f.proposed),
      comment: canCommentOnInitiative(relation).allowed,
      decisionForums,
    },
    meetings: meetings.map((m) => ({ id: m.id, forumId: m.forumId, forumName: m.forum.name, startsAt: m.startsAt })),
  };
}
