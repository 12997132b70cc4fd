/** Input schemas of the meeting operations; naming scheme as in lib/domain/users/schemas.ts. */
import { z } from "zod";
import { MeetingStatus } from "@/lib/generated/prisma/enums";
import { id, isoDate, longText, optional, requiredText, text, version } from "@/lib/validation/primitives";
import { instantOfDanishWallTime } from "@/lib/calendar/copenhagen";
import { isoDateOfColumn } from "@/lib/calendar/date-column";

/** The UTC instant of a wall-clock date (as the isoDate primitive parses it) and time in Copenhagen — lib/calendar's one conversion. */
export function copenhagenInstant(day: Date, time: string): Date {
  return instantOfDanishWallTime(isoDateOfColumn(day), time);
}

const time = text()
  .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, { error: "validation.meetings.time" })
  .transform((t) => t.replace(".", ":"));

export const createMeetingInput = z
  .object({ forumId: id, date: isoDate, time, place: optional(text().max(300)) })
  .transform(({ date, time: t, ...rest }) => ({ ...rest, startsAt: copenhagenInstant(date, t) }));
export type CreateMeetingInput = z.output<typeof createMeetingInput>;

export const updateMeetingInput = z
  .object({
    meetingId: id,
    version,
    date: isoDate,
    time,
    place: optional(text().max(300)),
    status: z.enum(MeetingStatus, { error: "validation.choose" }),
    /** Absent: unchanged (the form of a manager who does not keep the minutes); "" clears them. */
    minutes: longText(100_000).optional(),
  })
  .transform(({ date, time: t, ...rest }) => ({ ...rest, startsAt: copenhagenInstant(date, t) }));
export type UpdateMeetingInput = z.output<typeof updateMeetingInput>;

export const addAgendaItemInput = z.object({
  meetingId: id,
  title: requiredText(300),
  description: optional(longText(20_000)),
  initiativeId: optional(id),
  sectionId: optional(id),
});
export type AddAgendaItemInput = z.output<typeof addAgendaItemInput>;

export const recordAgendaDecisionInput = z.object({
  agendaItemId: id,
  version,
  decision: longText(20_000).min(1),
});
export type RecordAgendaDecisionInput = z.output<typeof recordAgendaDecisionInput>;

/** Attendance arrives as one check box per member: present.<memberId> = "on" (absent ones are missing). */
export const setAttendanceInput = z
  .looseObject({ meetingId: id, version })
  .transform((value) => ({
    meetingId: value.meetingId,
    version: value.version,
    present: Object.entries(value)
      .filter(([key, v]) => key.startsWith("present.") && (v === "on" || v === true || v === "true"))
      .map(([key]) => key.slice("present.".length)),
  }));
export type SetAttendanceInput = z.output<typeof setAttendanceInput>;

export const getMeetingInput = z.object({ meetingId: id });
export type GetMeetingInput = z.output<typeof getMeetingInput>;
