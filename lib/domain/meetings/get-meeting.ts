import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canManageForum, canRecordFinalDecision, descendantIds, isSeatCurrent } from "@/lib/rules/forums";
import { compareDanish } from "@/lib/i18n/format";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { ensureReadable, loadForumAccess, readableForumIds } from "@/lib/domain/forums/access";
import { decisionSelect, statusRowSelect, toDecisionDto, toStatusRow } from "@/lib/domain/initiatives/dto";
import { getMeetingInput } from "./schemas";
import type { MeetingDto } from "./dto";
import { dateColumn } from "@/lib/calendar/date-column";
import { danishDate } from "@/lib/calendar/copenhagen";

const POSITION_ORDER = { CHAIR: 0, VICE_CHAIR: 1, SECRETARY: 2, MEMBER: 3 } as const;

/**
 * A meeting with its agenda — each linked initiative in the five status columns, which is also the
 * meeting pack — attendance of the members seated that day, and the decisions recorded at it.
 * Readable with the forum; an initiative of a forum the actor cannot read is left out of its item.
 */
export async function getMeeting(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<MeetingDto> {
  const data = parseInput(getMeetingInput, input);
  const meeting = await db.meeting.findUnique({
    where: { id: data.meetingId },
    include: {
      forum: { select: { id: true, name: true, shortName: true, members: { include: { organisation: { select: { name: true } } } } } },
      agendaItems: {
        orderBy: { position: "asc" },
        include: { initiative: { select: statusRowSelect }, section: { select: { id: true, number: true, title: true } } },
      },
      attendance: true,
      decisions: { orderBy: { createdAt: "asc" }, select: { ...decisionSelect, initiative: { select: { id: true, title: true, forumId: true } } } },
    },
  });
  if (!meeting) throw new NotFoundError();
  const access = await loadForumAccess(db, actor, now);
  const relation = ensureReadable(access, meeting.forumId); // scoped: not readable → NotFoundError
  const readable = new Set(readableForumIds(access));

  const manage = canManageForum(relation).allowed;
  const linkable = manage
    ? await db.initiative.findMany({
        where: { forumId: { in: [meeting.forumId, ...descendantIds(meeting.forumId, access.nodes)].filter((id) => readable.has(id)) } },
        select: { id: true, title: true, forum: { select: { name: true } } },
      })
    : [];

  const present = new Map(meeting.attendance.map((a) => [a.memberId, a.present]));
  const attendance = meeting.forum.members
    .filter((m) => isSeatCurrent(m, dateColumn(danishDate(meeting.startsAt))) || present.has(m.id))
    .sort((a, b) => POSITION_ORDER[a.position] - POSITION_ORDER[b.position] || compareDanish(a.name, b.name))
    .map((m) => ({
      memberId: m.id,
      name: m.name,
      organisationName: m.organisation?.name ?? null,
      party: m.party,
      position: m.position,
      present: present.get(m.id) ?? null,
    }));

  return {
    id: meeting.id,
    forum: { id: meeting.forum.id, name: meeting.forum.name, shortName: meeting.forum.shortName },
    startsAt: meeting.startsAt,
    place: meeting.place,
    status: meeting.status,
    minutes: meeting.minutes,
    version: meeting.version,
    agendaItems: meeting.agendaItems.map((item) => ({
      id: item.id,
      position: item.position,
      title: item.title,
      description: item.description,
      decision: item.decision,
      version: item.version,
      initiative: item.initiative && readable.has(item.initiative.forumId) ? toStatusRow(item.initiative, now) : null,
      section: item.section,
    })),
    attendance,
    decisions: meeting.decisions
      .filter((d) => readable.has(d.initiative.forumId))
      .map((d) => ({ ...toDecisionDto(d), initiativeId: d.initiative.id, initiativeTitle: d.initiative.title })),
    permissions: { manage, recordDecisions: canRecordFinalDecision(relation).allowed },
    linkableInitiatives: linkable
      .map((i) => ({ id: i.id, title: i.title, forumName: i.forum.name }))
      .sort((a, b) => compareDanish(a.forumName, b.forumName) || compareDanish(a.title, b.title)),
  };
}
