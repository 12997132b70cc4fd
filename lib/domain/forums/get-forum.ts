import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import {
  ancestorIds,
  canCreateForum,
  canEditInitiatives,
  canManageForum,
  canRecordFinalDecision,
  compositionIssues,
  isSeatCurrent,
  meetingFrequencyWarning,
  meetingsInLastYear,
} from "@/lib/rules/forums";
import { compareDanish } from "@/lib/i18n/format";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { ensureReadable, loadForumAccess, readableForumIds } from "./access";
import { getForumInput } from "./schemas";
import type { ForumDetailDto } from "./dto";
import { danishTodayColumn } from "@/lib/calendar/date-column";

const POSITION_ORDER = { CHAIR: 0, VICE_CHAIR: 1, SECRETARY: 2, MEMBER: 3 } as const;

/**
 * One forum with its rules, members (current first), warnings and meetings. Not readable → not
 * found. Signed out works for public forums (the public reads a forum only when it is marked public).
 */
export async function getForum(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<ForumDetailDto> {
  const data = parseInput(getForumInput, input);
  const access = await loadForumAccess(db, actor, now);
  const relation = ensureReadable(access, data.forumId); // scoped: not readable → NotFoundError
  const readable = new Set(readableForumIds(access));

  const forum = await db.forum.findUnique({
    where: { id: data.forumId },
    include: {
      region: { select: { name: true } },
      secretariatOrganisation: { select: { name: true } },
      seatRules: { orderBy: { party: "asc" } },
      members: { include: { organisation: { select: { name: true } } } },
      meetings: { orderBy: { startsAt: "desc" }, include: { _count: { select: { agendaItems: true } } } },
      children: { select: { id: true, name: true, kind: true } },
      _count: { select: { initiatives: true } },
    },
  });
  if (!forum) throw new NotFoundError();

  const members = forum.members
    .map((m) => ({
      id: m.id,
      name: m.name,
      userId: m.userId,
      organisationId: m.organisationId,
      organisationName: m.organisation?.name ?? null,
      party: m.party,
      position: m.position,
      periodFrom: m.periodFrom,
      periodTo: m.periodTo,
      current: isSeatCurrent(m, danishTodayColumn(now)),
      version: m.version,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || POSITION_ORDER[a.position] - POSITION_ORDER[b.position] || compareDanish(a.name, b.name));
  const current = members.filter((m) => m.current);
  const ancestors = ancestorIds(forum.id, access.byId).filter((id) => readable.has(id));
  const ancestorNames = ancestors.length
    ? new Map((await db.forum.findMany({ where: { id: { in: ancestors } }, select: { id: true, name: true } })).map((f) => [f.id, f.name]))
    : new Map<string, string>();

  return {
    id: forum.id,
    regionId: forum.regionId,
    regionName: forum.region.name,
    parent: forum.parentId && readable.has(forum.parentId) ? { id: forum.parentId, name: ancestorNames.get(forum.parentId) ?? "" } : null,
    ancestors: ancestors.reverse().map((id) => ({ id, name: ancestorNames.get(id) ?? "" })),
    children: forum.children.filter((c) => readable.has(c.id)).sort((a, b) => compareDanish(a.name, b.name)),
    name: forum.name,
    shortName: forum.shortName,
    kind: forum.kind,
    mandate: forum.mandate,
    compositionRule: forum.compositionRule,
    chairParty: forum.chairParty,
    viceChairParty: forum.viceChairParty,
    minMeetingsPerYear: forum.minMeetingsPerYear,
    secretariatOrganisationId: forum.secretariatOrganisationId,
    secretariatName: forum.secretariatOrganisation?.name ?? null,
    secretariatNote: forum.secretariatNote,
    isPublic: forum.isPublic,
    version: forum.version,
    seatRules: forum.seatRules.map((r) => ({ party: r.party, minSeats: r.minSeats, maxSeats: r.maxSeats })),
    members,
    compositionIssues: compositionIssues(forum, current),
    meetingWarning: meetingFrequencyWarning(forum.minMeetingsPerYear, forum.meetings, now),
    meetingsLastYear: meetingsInLastYear(forum.meetings, now),
    meetings: forum.meetings.map((m) => ({ id: m.id, startsAt: m.startsAt, place: m.place, status: m.status, agendaItemCount: m._count.agendaItems })),
    initiativeCount: forum._count.initiatives,
    permissions: {
      manage: canManageForum(relation).allowed,
      editInitiatives: canEditInitiatives(relation).allowed,
      recordFinal: canRecordFinalDecision(relation).allowed,
      createChild: canCreateForum(actor, forum.regionId).allowed,
    },
  };
}
