/**
 * Meetings through the real domain operations: planning (managers), agenda items linked to
 * initiatives of the forum or of forums reporting to it, decisions and minutes by the chair or
 * secretary only, attendance, and the meeting as the pack (the five status columns per initiative).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import type { ForumPosition } from "@/lib/generated/prisma/enums";
import { createMeeting } from "@/lib/domain/meetings/create-meeting";
import { addAgendaItem } from "@/lib/domain/meetings/add-agenda-item";
import { recordAgendaDecision } from "@/lib/domain/meetings/record-agenda-decision";
import { updateMeeting } from "@/lib/domain/meetings/update-meeting";
import { setAttendance } from "@/lib/domain/meetings/set-attendance";
import { getMeeting } from "@/lib/domain/meetings/get-meeting";
import { recordInitiativeDecision } from "@/lib/domain/initiatives/record-initiative-decision";
import { copenhagenInstant } from "@/lib/domain/meetings/schemas";
import { DomainError } from "@/lib/domain/errors";

let dak: { id: string };
let group: { id: string };
let unrelated: { id: string };
let initiative: { id: string; version: number };
const people = {} as Record<"chair" | "member" | "dakChair" | "stranger", Actor>;
const seats = {} as Record<"chair" | "member", string>;

async function seat(forumId: string, position: ForumPosition, organisationId: string) {
  const user = await createUser([{ organisationId, role: "READER" }]);
  const member = await db.forumMember.create({ data: { forumId, userId: user.id, name: user.name, party: "MUNICIPALITY", position, periodFrom: new Date("2020-01-01") } });
  return { actor: await actorFor(user.id), seatId: member.id };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeEach(async () => {
  const region = await createOrganisation("REGION", { name: "Region Syddanmark" });
  const odense = await createOrganisation("MUNICIPALITY", { name: "Odense Kommune", regionId: region.id });
  dak = await db.forum.create({ data: { regionId: region.id, name: "DAK", kind: "ADMINISTRATIVE_FORUM" } });
  group = await db.forum.create({ data: { regionId: region.id, name: "Følgegruppen for forebyggelse", kind: "FOLLOW_UP_GROUP", parentId: dak.id } });
  unrelated = await db.forum.create({ data: { regionId: region.id, name: "Et andet forum", kind: "NETWORK" } });
  const chair = await seat(group.id, "CHAIR", odense.id);
  const member = await seat(group.id, "MEMBER", odense.id);
  people.chair = chair.actor;
  people.member = member.actor;
  seats.chair = chair.seatId;
  seats.member = member.seatId;
  people.dakChair = (await seat(dak.id, "CHAIR", odense.id)).actor;
  people.stranger = await actorFor((await createUser([{ organisationId: odense.id, role: "COORDINATOR" }])).id);
  initiative = await db.initiative.create({
    data: {
      forumId: group.id,
      importKey: "rygestop",
      title: "Rygestop",
      description: "Gruppeforløb",
      focusText: "2. halvår 2026",
      resourceTags: ["WORKING_GROUP"],
      resourcesText: "Arbejdsgruppe",
      focusPeriods: { create: [{ year: 2026, half: "H2" }] },
      decisions: { create: { decision: "CONTINUE", stage: "PROPOSED", justification: "Efterspurgt", forumId: group.id, decidedOn: new Date("2026-01-10") } },
    },
  });
});

describe("meetings", () => {
  it("the chair plans a meeting, an agenda item links the initiative, and the chair decides it there", async () => {
    const { id: meetingId } = await createMeeting(people.chair, { forumId: group.id, date: "2026-09-03", time: "13:30", place: "Regionshuset, Vejle" });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(meeting.startsAt.toISOString()).toBe("2026-09-03T11:30:00.000Z"); // Danish summer time
    expect(copenhagenInstant(new Date("2026-12-03"), "13:30").toISOString()).toBe("2026-12-03T12:30:00.000Z");

    const { id: itemId } = await addAgendaItem(people.chair, { meetingId, title: "Status på rygestop", initiativeId: initiative.id });
    await recordInitiativeDecision(people.chair, { initiativeId: initiative.id, version: initiative.version, decision: "CONTINUE", stage: "FINAL", justification: "Godkendt på mødet", meetingId });
    await recordAgendaDecision(people.chair, { agendaItemId: itemId, version: 1, decision: "Indsatsen videreføres" });

    const pack = await getMeeting(people.member, { meetingId });
    expect(pack.agendaItems).toHaveLength(1);
    expect(pack.agendaItems[0]).toMatchObject({
      title: "Status på rygestop",
      decision: "Indsatsen videreføres",
      initiative: {
        title: "Rygestop",
        description: "Gruppeforløb",
        decision: { decision: "CONTINUE", stage: "FINAL", justification: "Godkendt på mødet", meetingId },
        focusPeriods: [{ year: 2026, half: "H2", activity: null }],
        resourceTags: ["WORKING_GROUP"],
      },
    });
    expect(pack.decisions.map((d) => [d.initiativeTitle, d.stage])).toEqual([["Rygestop", "FINAL"]]);
    expect(pack.permissions).toEqual({ manage: false, recordDecisions: false });
  });

  it("a member cannot plan, record the agenda decision or the minutes: forbidden, nothing written", async () => {
    const { id: meetingId } = await createMeeting(people.chair, { forumId: group.id, date: "2026-09-03", time: "13:30" });
    const { id: itemId } = await addAgendaItem(people.chair, { meetingId, title: "Punkt" });
    const audit = await db.auditEvent.count();
    expect((await refusal(createMeeting(people.member, { forumId: group.id, date: "2026-10-01", time: "10:00" }))).kind).toBe("forbidden");
    expect((await refusal(recordAgendaDecision(people.member, { agendaItemId: itemId, version: 1, decision: "X" }))).messageKey).toBe("forums.reason.chairOrSecretaryOnly");
    expect((await refusal(recordAgendaDecision(people.stranger, { agendaItemId: itemId, version: 1, decision: "X" }))).kind).toBe("not_found");
    expect(await db.auditEvent.count()).toBe(audit);
    expect((await db.agendaItem.findUniqueOrThrow({ where: { id: itemId } })).decision).toBeNull();

    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    await updateMeeting(people.chair, { meetingId, version: meeting.version, date: "2026-09-03", time: "13:30", status: "HELD", minutes: "Referat" });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutes).toBe("Referat");
  });

  it("the steering forum puts its groups' initiatives on its agenda, never an unrelated forum's", async () => {
    const { id: meetingId } = await createMeeting(people.dakChair, { forumId: dak.id, date: "2026-11-01", time: "09:00" });
    await addAgendaItem(people.dakChair, { meetingId, title: "Følgegruppens indstilling", initiativeId: initiative.id });
    const other = await db.initiative.create({ data: { forumId: unrelated.id, importKey: "x", title: "X" } });
    const error = await refusal(addAgendaItem(people.dakChair, { meetingId, title: "X", initiativeId: other.id }));
    expect(error.fieldErrors).toEqual({ initiativeId: ["validation.meetings.initiativeOutsideForum"] });
    // The DAK chair decides finally for the DAK meeting.
    await recordInitiativeDecision(people.dakChair, { initiativeId: initiative.id, version: initiative.version, decision: "WIND_DOWN", stage: "FINAL", justification: "Overgår til drift", forumId: dak.id, meetingId });
    expect(await db.initiativeDecision.findFirstOrThrow({ where: { supersededAt: null } })).toMatchObject({ forumId: dak.id, meetingId, stage: "FINAL" });
    // …but the group's chair cannot decide in DAK's name.
    const fresh = await db.initiative.findUniqueOrThrow({ where: { id: initiative.id } });
    const refused = await refusal(recordInitiativeDecision(people.chair, { initiativeId: initiative.id, version: fresh.version, decision: "CONTINUE", stage: "FINAL", justification: "Nej", forumId: dak.id }));
    expect(refused.kind).toBe("forbidden");
  });

  it("attendance is recorded for the members seated that day; forged ids are ignored", async () => {
    const { id: meetingId } = await createMeeting(people.chair, { forumId: group.id, date: "2026-09-03", time: "13:30" });
    await setAttendance(people.chair, { meetingId, version: 1, [`present.${seats.chair}`]: "on", "present.forged-id": "on" });
    const pack = await getMeeting(people.chair, { meetingId });
    expect(pack.attendance.map((a) => [a.memberId, a.present])).toEqual([
      [seats.chair, true],
      [seats.member, false],
    ]);
    expect(await db.meetingAttendance.count()).toBe(2);
    expect((await refusal(setAttendance(people.chair, { meetingId, version: 1 }))).kind).toBe("conflict"); // stale form
  });
});
