/**
 * Initiatives and their decisions through the real domain operations: who proposes, who decides
 * finally (chair or secretary only), that a refused attempt changes nothing and audits nothing, that
 * another forum's member cannot edit, that decisions are superseded and never deleted, the review
 * thread between a coordination group and its follow-up group, and optimistic concurrency.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import type { ForumPosition } from "@/lib/generated/prisma/enums";
import { createInitiative } from "@/lib/domain/initiatives/create-initiative";
import { updateInitiative } from "@/lib/domain/initiatives/update-initiative";
import { recordInitiativeDecision } from "@/lib/domain/initiatives/record-initiative-decision";
import { addInitiativeComment } from "@/lib/domain/initiatives/add-initiative-comment";
import { getInitiative } from "@/lib/domain/initiatives/get-initiative";
import { getForumBoard } from "@/lib/domain/initiatives/get-forum-board";
import { listInitiatives } from "@/lib/domain/initiatives/list-initiatives";
import { addInitiativeMilestone } from "@/lib/domain/initiatives/add-initiative-milestone";
import { completeInitiativeMilestone } from "@/lib/domain/initiatives/complete-initiative-milestone";
import { DomainError } from "@/lib/domain/errors";

let coordination: { id: string };
let group: { id: string };
let otherGroup: { id: string };
const people = {} as Record<"chair" | "secretary" | "member" | "otherMember" | "coordinationMember" | "stranger", Actor>;
let initiativeId: string;

async function seat(forumId: string, position: ForumPosition, organisationId: string) {
  const user = await createUser([{ organisationId, role: "READER" }]);
  await db.forumMember.create({ data: { forumId, userId: user.id, name: user.name, party: "MUNICIPALITY", position, periodFrom: new Date("2020-01-01") } });
  return actorFor(user.id);
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const state = async () => ({
  initiative: await db.initiative.findUniqueOrThrow({ where: { id: initiativeId } }),
  decisions: await db.initiativeDecision.findMany({ where: { initiativeId }, orderBy: { createdAt: "asc" } }),
  audit: await db.auditEvent.count(),
});

beforeEach(async () => {
  const region = await createOrganisation("REGION", { name: "Region Syddanmark" });
  const odense = await createOrganisation("MUNICIPALITY", { name: "Odense Kommune", regionId: region.id });
  coordination = await db.forum.create({ data: { regionId: region.id, name: "Koordinationsgruppen", kind: "COORDINATION_GROUP" } });
  group = await db.forum.create({ data: { regionId: region.id, name: "Følgegruppen for forebyggelse", kind: "FOLLOW_UP_GROUP", parentId: coordination.id } });
  otherGroup = await db.forum.create({ data: { regionId: region.id, name: "Følgegruppen for opgaveoverdragelse", kind: "FOLLOW_UP_GROUP", parentId: coordination.id } });
  people.chair = await seat(group.id, "CHAIR", odense.id);
  people.secretary = await seat(group.id, "SECRETARY", odense.id);
  people.member = await seat(group.id, "MEMBER", odense.id);
  people.otherMember = await seat(otherGroup.id, "CHAIR", odense.id);
  people.coordinationMember = await seat(coordination.id, "MEMBER", odense.id);
  people.stranger = await actorFor((await createUser([{ organisationId: odense.id, role: "COORDINATOR" }])).id);
  initiativeId = (await createInitiative(people.member, { forumId: group.id, title: "Rygestop i almen praksis", description: "Tidlig opsporing" })).id;
});

const decide = (actor: Actor, extra: Record<string, unknown> = {}) =>
  db.initiative.findUniqueOrThrow({ where: { id: initiativeId } }).then((i) =>
    recordInitiativeDecision(actor, { initiativeId, version: i.version, decision: "CONTINUE", stage: "FINAL", justification: "Indsatsen er ikke færdig", ...extra }),
  );

describe("decision permissions", () => {
  it("a member who is neither chair nor secretary cannot record a final decision: forbidden, nothing changed, nothing audited", async () => {
    const before = await state();
    const error = await refusal(decide(people.member));
    expect(error.kind).toBe("forbidden");
    expect(error.messageKey).toBe("forums.reason.chairOrSecretaryOnly");
    expect(await state()).toEqual(before);
  });

  it("the member may propose; the chair then decides finally, superseding the proposal without deleting it", async () => {
    await decide(people.member, { stage: "PROPOSED", decision: "WIND_DOWN", justification: "Overgår til drift" });
    const final = await decide(people.chair, { stage: "FINAL", decision: "CONTINUE" });
    expect(final).toMatchObject({ stage: "FINAL", decision: "CONTINUE", forumId: group.id, recordedByName: expect.any(String) });
    const { decisions, initiative } = await state();
    expect(decisions.map((d) => [d.stage, d.decision, d.supersededAt === null])).toEqual([
      ["PROPOSED", "WIND_DOWN", false],
      ["FINAL", "CONTINUE", true],
    ]);
    expect(initiative.version).toBe(3);
    const detail = await getInitiative(people.member, { initiativeId });
    expect(detail.decision?.stage).toBe("FINAL");
    expect(detail.decisions).toHaveLength(2);
    expect(await db.auditEvent.count({ where: { action: "initiativeDecision.record" } })).toBe(2);
  });

  it("the secretary records final decisions too, at one of the forum's meetings", async () => {
    const meeting = await db.meeting.create({ data: { forumId: group.id, startsAt: new Date("2026-03-01T09:00:00Z") } });
    const decision = await decide(people.secretary, { meetingId: meeting.id });
    expect(decision.meetingId).toBe(meeting.id);
    const otherMeeting = await db.meeting.create({ data: { forumId: otherGroup.id, startsAt: new Date("2026-03-01T09:00:00Z") } });
    const error = await refusal(decide(people.secretary, { meetingId: otherMeeting.id }));
    expect(error.fieldErrors).toEqual({ meetingId: ["validation.initiatives.meetingOfForum"] });
  });

  it("a justification is required", async () => {
    const before = await state();
    const error = await refusal(decide(people.chair, { justification: "   " }));
    expect(error.fieldErrors).toEqual({ justification: ["validation.initiatives.justificationRequired"] });
    expect(await state()).toEqual(before);
  });

  it("another forum's member cannot edit or decide: not found (they cannot see it), nothing changed, nothing audited", async () => {
    const before = await state();
    const i = before.initiative;
    for (const actor of [people.otherMember, people.stranger]) {
      const edit = await refusal(updateInitiative(actor, { initiativeId, version: i.version, title: "Kapret", status: "ONGOING" }));
      expect(edit.kind).toBe("not_found");
      expect((await refusal(decide(actor))).kind).toBe("not_found");
      expect((await refusal(getInitiative(actor, { initiativeId }))).kind).toBe("not_found");
    }
    expect(await state()).toEqual(before);
    expect((await listInitiatives(people.otherMember, {})).rows.map((r) => r.id)).not.toContain(initiativeId);
  });

  it("the coordination group reads its group's initiatives but cannot edit them: forbidden, nothing changed", async () => {
    const before = await state();
    const error = await refusal(updateInitiative(people.coordinationMember, { initiativeId, version: before.initiative.version, title: "Ændret", status: "ONGOING" }));
    expect(error.kind).toBe("forbidden");
    expect(await state()).toEqual(before);
    expect((await getForumBoard(people.coordinationMember, { forumId: group.id })).rows.map((r) => r.id)).toEqual([initiativeId]);
  });

  it("a stale form is refused (optimistic concurrency) and the other person's change stands", async () => {
    const { initiative } = await state();
    await updateInitiative(people.member, { initiativeId, version: initiative.version, title: "Rygestop i almen praksis", status: "ONGOING", description: "Først" });
    const error = await refusal(updateInitiative(people.chair, { initiativeId, version: initiative.version, title: "Rygestop i almen praksis", status: "PAUSED", description: "Sidst" }));
    expect(error.kind).toBe("conflict");
    expect((await state()).initiative.description).toBe("Først");
  });
});

describe("the initiative list", () => {
  it("filters by the current decision (a superseded one does not count) and by title", async () => {
    const other = await createInitiative(people.member, { forumId: group.id, title: "Alkohol i almen praksis" });
    await decide(people.member, { stage: "PROPOSED", decision: "WIND_DOWN", justification: "Overgår til drift" });
    await decide(people.chair, { stage: "FINAL", decision: "CONTINUE" });
    const ids = async (input: Record<string, string>) => (await listInitiatives(people.member, input)).rows.map((r) => r.id);
    expect(await ids({ decision: "CONTINUE" })).toEqual([initiativeId]);
    expect(await ids({ decision: "WIND_DOWN" })).toEqual([]);
    expect(await ids({ decision: "NONE" })).toEqual([other.id]);
    expect(await ids({})).toEqual([other.id, initiativeId]); // Danish order: Alkohol …, Rygestop …
    expect(await ids({ q: "rygestop" })).toEqual([initiativeId]);
  });
});

describe("editing an initiative", () => {
  it("stores the structured focus period and the resource tags, and keeps the history", async () => {
    const { initiative } = await state();
    await updateInitiative(people.member, {
      initiativeId,
      version: initiative.version,
      title: "Rygestop i almen praksis",
      description: "Tidlig opsporing",
      status: "ONGOING",
      progress: "40",
      "focus.0.year": "2020",
      "focus.0.half": "H2",
      "focus.0.activity": "Opstart",
      "focus.1.year": "2021",
      focusText: "Særligt fokus ved opstart",
      "resourceTag.WORKING_GROUP": "on",
      "resourceTag.BUDGET": "on",
      resourcesText: "Arbejdsgruppe og 200.000 kr.",
    });
    const detail = await getInitiative(people.member, { initiativeId });
    expect(detail.focusPeriods).toEqual([
      { year: 2020, half: "H2", activity: "Opstart" },
      { year: 2021, half: null, activity: null },
    ]);
    expect(detail.resourceTags).toEqual(["WORKING_GROUP", "BUDGET"]);
    expect(detail.progress).toBe(40);
    expect(detail.events.map((e) => e.type)).toEqual(["updated", "created"]);
    const milestone = await addInitiativeMilestone(people.member, { initiativeId, title: "Evaluering", dueOn: "2021-06-30" });
    await completeInitiativeMilestone(people.member, { milestoneId: milestone.id, completed: "on" });
    expect((await getInitiative(people.member, { initiativeId })).milestones[0]).toMatchObject({ title: "Evaluering", completedOn: expect.any(Date) });
  });

  it("a title taken in the forum is refused (it is the import key)", async () => {
    const error = await refusal(createInitiative(people.member, { forumId: group.id, title: "  RYGESTOP i almen  praksis " }));
    expect(error.fieldErrors).toEqual({ title: ["validation.initiatives.titleTaken"] });
  });
});

describe("the review thread", () => {
  it("the coordination group comments on the proposal, the group replies; strangers cannot write", async () => {
    const comment = await addInitiativeComment(people.coordinationMember, { initiativeId, body: "Hvorfor afvikles den?" });
    await addInitiativeComment(people.chair, { initiativeId, body: "Den overgår til drift.", parentId: comment.id });
    const detail = await getInitiative(people.member, { initiativeId });
    expect(detail.comments).toHaveLength(1);
    expect(detail.comments[0]).toMatchObject({ forumName: "Koordinationsgruppen", body: "Hvorfor afvikles den?" });
    expect(detail.comments[0].replies.map((r) => [r.forumName, r.body])).toEqual([["Følgegruppen for forebyggelse", "Den overgår til drift."]]);
    expect((await refusal(addInitiativeComment(people.otherMember, { initiativeId, body: "Hej" }))).kind).toBe("not_found");
  });

  it("a comment with a NUL byte is refused at the field (PostgreSQL cannot store it; it was a 500), line breaks are kept", async () => {
    const refused = await refusal(addInitiativeComment(people.coordinationMember, { initiativeId, body: "Hvorfor\u0000?" }));
    expect(refused).toMatchObject({ kind: "invalid", fieldErrors: { body: ["validation.controlCharacters"] } });
    const kept = await addInitiativeComment(people.coordinationMember, { initiativeId, body: "To linjer:\r\nanden\tlinje" });
    expect((await db.initiativeComment.findUniqueOrThrow({ where: { id: kept.id } })).body).toBe("To linjer:\r\nanden\tlinje");
  });
});
