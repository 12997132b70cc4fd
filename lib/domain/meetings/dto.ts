import "server-only";
/** What leaves the domain about meetings: the meeting page and pack, and audit snapshots. */
import type { ForumPosition, MeetingStatus, SeatParty } from "@/lib/generated/prisma/enums";
import type { DecisionDto, StatusRowDto } from "@/lib/domain/initiatives/dto";

export type AgendaItemDto = {
  id: string;
  position: number;
  title: string;
  description: string | null;
  decision: string | null;
  version: number;
  initiative: StatusRowDto | null;
  section: { id: string; number: string; title: string } | null;
};

export type AttendanceDto = { memberId: string; name: string; organisationName: string | null; party: SeatParty; position: ForumPosition; present: boolean | null };

export type MeetingDto = {
  id: string;
  forum: { id: string; name: string; shortName: string | null };
  startsAt: Date;
  place: string | null;
  status: MeetingStatus;
  minutes: string | null;
  version: number;
  agendaItems: AgendaItemDto[];
  attendance: AttendanceDto[];
  /** Initiative decisions recorded at this meeting (also superseded ones: the minutes' record). */
  decisions: (DecisionDto & { initiativeId: string; initiativeTitle: string })[];
  permissions: { manage: boolean; recordDecisions: boolean };
  /** For the agenda form (managers only): initiatives of the forum and of the forums reporting to it. */
  linkableInitiatives: { id: string; title: string; forumName: string }[];
};

export function meetingAuditSnapshot(row: { forumId: string; startsAt: Date; place: string | null; status: MeetingStatus; minutes: string | null; version: number }) {
  return { forumId: row.forumId, startsAt: row.startsAt, place: row.place, status: row.status, minutes: row.minutes, version: row.version };
}

export function agendaItemAuditSnapshot(row: {
  meetingId: string;
  position: number;
  title: string;
  description: string | null;
  initiativeId: string | null;
  sectionId: string | null;
  decision: string | null;
  version: number;
}) {
  return {
    meetingId: row.meetingId,
    position: row.position,
    title: row.title,
    description: row.description,
    initiativeId: row.initiativeId,
    sectionId: row.sectionId,
    decision: row.decision,
    version: row.version,
  };
}
