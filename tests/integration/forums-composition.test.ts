/**
 * Forum membership against the composition rules, through the real domain operations on PostgreSQL:
 * refusals leave the member list and the audit trail untouched; who may change membership; what the
 * forum page warns about (composition, meetings in the last 12 months); who sees a forum at all.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createAdmin, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import type { CompositionRule, ForumPosition, SeatParty } from "@/lib/generated/prisma/enums";
import { addForumMember } from "@/lib/domain/forums/add-forum-member";
import { updateForumMember } from "@/lib/domain/forums/update-forum-member";
import { updateForum } from "@/lib/domain/forums/update-forum";
import { createForum } from "@/lib/domain/forums/create-forum";
import { getForum } from "@/lib/domain/forums/get-forum";
import { listForums } from "@/lib/domain/forums/list-forums";
import { DomainError } from "@/lib/domain/errors";

const NOW = new Date("2026-06-15T10:00:00Z");

let region: { id: string };
let municipality: { id: string };
let secretariat: Actor; // region coordinator: the forums' secretariat
let outsider: Actor;

async function forumWith(rule: CompositionRule, seats: { party: SeatParty; position?: ForumPosition; userId?: string }[], extra: { name?: string; isPublic?: boolean; parentId?: string; min?: number } = {}) {
  const forum = await db.forum.create({
    data: {
      regionId: region.id,
      name: extra.name ?? `Forum ${Math.random().toString(36).slice(2, 8)}`,
      kind: rule === "REGION_AND_MUNICIPALITY" ? "CLARIFICATION_COMMITTEE" : "FOLLOW_UP_GROUP",
      compositionRule: rule,
      secretariatOrganisationId: region.id,
      isPublic: extra.isPublic ?? false,
      parentId: extra.parentId,
      minMeetingsPerYear: extra.min,
      seatRules: rule === "CROSS_SECTOR" ? { create: [{ party: "MUNICIPALITY", minSeats: 1, maxSeats: 2 }] } : undefined,
    },
  });
  const members = [];
  for (const [i, seat] of seats.entries()) {
    members.push(
      await db.forumMember.create({
        data: { forumId: forum.id, name: `Medlem ${i}`, party: seat.party, position: seat.position ?? "MEMBER", userId: seat.userId, periodFrom: new Date("2025-01-01") },
      }),
    );
  }
  return { forum, members };
}

async function expectRefusal(promise: Promise<unknown>, kind: string, fieldMessage?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).kind).toBe(kind);
  if (fieldMessage) expect(Object.values((error as DomainError).fieldErrors).flat().join(" ")).toContain(fieldMessage);
}

const snapshot = async () => ({
  members: await db.forumMember.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditEvent.count(),
});

beforeEach(async () => {
  region = await createOrganisation("REGION", { name: "Region Syddanmark" });
  municipality = await createOrganisation("MUNICIPALITY", { name: "Odense Kommune", regionId: region.id });
  secretariat = await actorFor((await createUser([{ organisationId: region.id, role: "COORDINATOR" }])).id);
  outsider = await actorFor((await createUser([{ organisationId: municipality.id, role: "COORDINATOR" }])).id);
});

describe("composition refusals", () => {
  const seat = (forumId: string, party: SeatParty, position: ForumPosition = "MEMBER") => ({
    forumId,
    name: "Ny Person",
    party,
    position,
    periodFrom: "2026-01-01",
  });

  it("a cross-sector forum: ending the last general practitioner's seat is refused, nothing changes", async () => {
    const { forum, members } = await forumWith("CROSS_SECTOR", [{ party: "REGION", position: "CHAIR" }, { party: "MUNICIPALITY" }, { party: "GENERAL_PRACTICE" }]);
    const gp = members[2];
    const before = await snapshot();
    await expectRefusal(
      updateForumMember(secretariat, { memberId: gp.id, version: gp.version, position: "MEMBER", party: "GENERAL_PRACTICE", periodTo: "2026-03-01" }, NOW),
      "invalid",
      "forums.composition.missingParty.GENERAL_PRACTICE",
    );
    expect(await snapshot()).toEqual(before);
    expect((await getForum(secretariat, { forumId: forum.id }, NOW)).compositionIssues).toEqual([]);
  });

  it("a cross-sector forum: a seat over the party's maximum, or a second chair, is refused", async () => {
    const { forum } = await forumWith("CROSS_SECTOR", [{ party: "REGION", position: "CHAIR" }, { party: "MUNICIPALITY" }, { party: "MUNICIPALITY" }, { party: "GENERAL_PRACTICE" }]);
    const before = await snapshot();
    await expectRefusal(addForumMember(secretariat, seat(forum.id, "MUNICIPALITY"), NOW), "invalid", "forums.composition.aboveMaximum.MUNICIPALITY|max=2|count=3");
    await expectRefusal(addForumMember(secretariat, seat(forum.id, "REGION", "CHAIR"), NOW), "invalid", "forums.composition.tooManyChairs");
    expect(await snapshot()).toEqual(before);
    // A third party that the rules allow is fine.
    await addForumMember(secretariat, seat(forum.id, "PATIENT_ORGANISATION"), NOW);
    expect(await db.forumMember.count({ where: { forumId: forum.id } })).toBe(5);
  });

  it("a clarification committee is region and municipality only: a general practitioner is refused", async () => {
    const { forum } = await forumWith("REGION_AND_MUNICIPALITY", [{ party: "REGION" }, { party: "MUNICIPALITY" }]);
    const before = await snapshot();
    await expectRefusal(addForumMember(secretariat, seat(forum.id, "GENERAL_PRACTICE"), NOW), "invalid", "forums.composition.partyNotAllowed.GENERAL_PRACTICE");
    expect(await snapshot()).toEqual(before);
    // Hospital seats are the region's.
    await addForumMember(secretariat, seat(forum.id, "HOSPITAL"), NOW);
  });

  it("a forum being built up accepts its first members one by one, and shows what is still missing", async () => {
    const { forum } = await forumWith("CROSS_SECTOR", []);
    await addForumMember(secretariat, seat(forum.id, "REGION", "CHAIR"), NOW);
    const detail = await getForum(secretariat, { forumId: forum.id }, NOW);
    expect(detail.compositionIssues.map((i) => i.key)).toEqual(["missing:MUNICIPALITY", "missing:GENERAL_PRACTICE", "min:MUNICIPALITY"]);
    await addForumMember(secretariat, seat(forum.id, "MUNICIPALITY"), NOW);
    await addForumMember(secretariat, seat(forum.id, "GENERAL_PRACTICE"), NOW);
    expect((await getForum(secretariat, { forumId: forum.id }, NOW)).compositionIssues).toEqual([]);
  });

  it("a seat starting later is judged on the day it starts", async () => {
    const { forum } = await forumWith("CROSS_SECTOR", [{ party: "REGION" }, { party: "MUNICIPALITY" }, { party: "MUNICIPALITY" }, { party: "GENERAL_PRACTICE" }]);
    await expectRefusal(addForumMember(secretariat, { ...seat(forum.id, "MUNICIPALITY"), periodFrom: "2027-01-01" }, NOW), "invalid", "aboveMaximum.MUNICIPALITY");
  });

  it("changing the rules so the current members break them is refused", async () => {
    const { forum } = await forumWith("CROSS_SECTOR", [{ party: "REGION" }, { party: "MUNICIPALITY" }, { party: "GENERAL_PRACTICE" }]);
    const before = await snapshot();
    await expectRefusal(
      updateForum(secretariat, { forumId: forum.id, version: forum.version, name: forum.name, kind: "CLARIFICATION_COMMITTEE", compositionRule: "REGION_AND_MUNICIPALITY" }, NOW),
      "invalid",
      "forums.composition.partyNotAllowed.GENERAL_PRACTICE",
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("who changes membership", () => {
  it("the chair and the secretariat may; a plain member is forbidden; an outsider finds nothing; nothing is written", async () => {
    const memberUser = await createUser([{ organisationId: municipality.id, role: "READER" }]);
    const chairUser = await createUser([{ organisationId: municipality.id, role: "READER" }]);
    const { forum } = await forumWith("FREE", [
      { party: "MUNICIPALITY", userId: memberUser.id },
      { party: "MUNICIPALITY", position: "CHAIR", userId: chairUser.id },
    ]);
    const input = { forumId: forum.id, name: "Ny Person", party: "OTHER", position: "MEMBER", periodFrom: "2026-01-01" };
    const before = await snapshot();
    await expectRefusal(addForumMember(await actorFor(memberUser.id), input, NOW), "forbidden");
    await expectRefusal(addForumMember(outsider, input, NOW), "not_found");
    expect(await snapshot()).toEqual(before);

    await addForumMember(await actorFor(chairUser.id), input, NOW);
    await addForumMember(secretariat, { ...input, email: memberUser.email.toUpperCase(), name: "" }, NOW).catch((e: DomainError) => {
      expect(e.fieldErrors.email).toEqual(["validation.forums.alreadyMember"]); // already seated for that period
    });
    expect(await db.auditEvent.count({ where: { action: "forumMember.add" } })).toBe(1);
  });

  it("a region coordinator creates a forum under a parent; a municipal coordinator may not", async () => {
    const { forum: parent } = await forumWith("FREE", []);
    const created = await createForum(secretariat, { regionId: region.id, parentId: parent.id, name: "Afklaringsudvalget", kind: "CLARIFICATION_COMMITTEE", compositionRule: "REGION_AND_MUNICIPALITY", "seat.REGION.min": "1", "seat.MUNICIPALITY.min": "1" });
    const detail = await getForum(secretariat, { forumId: created.id }, NOW);
    expect(detail.parent?.id).toBe(parent.id);
    expect(detail.seatRules).toEqual([
      { party: "REGION", minSeats: 1, maxSeats: null },
      { party: "MUNICIPALITY", minSeats: 1, maxSeats: null },
    ]);
    await expectRefusal(createForum(outsider, { regionId: region.id, name: "X", kind: "NETWORK", compositionRule: "FREE" }), "forbidden");
    const admin = await createAdmin();
    await createForum(admin.actor, { regionId: region.id, name: "Netværket", kind: "NETWORK", compositionRule: "FREE" });
  });
});

describe("the secretariat stays in the forum's region (issue 18)", () => {
  it("the chair cannot hand the forum's secretariat to another region; the other region's coordinator gets no way in", async () => {
    const chairUser = await createUser([{ organisationId: municipality.id, role: "READER" }]);
    const { forum } = await forumWith("FREE", [{ party: "MUNICIPALITY", position: "CHAIR", userId: chairUser.id }]);
    const otherRegion = await createOrganisation("REGION", { name: "Region Sjælland" });
    const otherCoordinator = await actorFor((await createUser([{ organisationId: otherRegion.id, role: "COORDINATOR" }])).id);
    const chair = await actorFor(chairUser.id);
    const edit = (secretariatOrganisationId: string, version = forum.version) =>
      updateForum(chair, { forumId: forum.id, version, name: forum.name, kind: forum.kind, compositionRule: "FREE", secretariatOrganisationId }, NOW);

    const before = { forum: await db.forum.findUniqueOrThrow({ where: { id: forum.id } }), audit: await db.auditEvent.count() };
    await expectRefusal(edit(otherRegion.id), "invalid", "validation.forums.secretariatOtherRegion");
    await expectRefusal(edit("no-such-organisation"), "invalid", "validation.choose");
    expect({ forum: await db.forum.findUniqueOrThrow({ where: { id: forum.id } }), audit: await db.auditEvent.count() }).toEqual(before);
    await expectRefusal(updateForum(otherCoordinator, { forumId: forum.id, version: forum.version, name: "Overtaget", kind: forum.kind, compositionRule: "FREE" }, NOW), "not_found");

    // Creating a forum checks the same; a municipality of the forum's own region is fine.
    await expectRefusal(
      createForum(secretariat, { regionId: region.id, name: "Ny gruppe", kind: "WORKING_GROUP", compositionRule: "FREE", secretariatOrganisationId: otherRegion.id }),
      "invalid",
      "validation.forums.secretariatOtherRegion",
    );
    const updated = await edit(municipality.id);
    expect((await db.forum.findUniqueOrThrow({ where: { id: updated.id } })).secretariatOrganisationId).toBe(municipality.id);
  });
});

describe("reading forums and the meeting warning", () => {
  it("the public and strangers read public forums only; members read theirs and the forums below", async () => {
    const memberUser = await createUser([{ organisationId: municipality.id, role: "READER" }]);
    const { forum: parent } = await forumWith("FREE", [{ party: "MUNICIPALITY", userId: memberUser.id }], { name: "Koordinationsgruppen" });
    const { forum: child } = await forumWith("FREE", [], { name: "Følgegruppen", parentId: parent.id });
    const { forum: open } = await forumWith("FREE", [], { name: "Det åbne forum", isPublic: true });

    expect((await listForums(null, NOW)).map((f) => f.name)).toEqual(["Det åbne forum"]);
    expect((await listForums(outsider, NOW)).map((f) => f.name)).toEqual(["Det åbne forum"]);
    const member = await actorFor(memberUser.id);
    expect((await listForums(member, NOW)).map((f) => [f.name, f.depth])).toEqual([
      ["Det åbne forum", 0],
      ["Koordinationsgruppen", 0],
      ["Følgegruppen", 1],
    ]);
    await expectRefusal(getForum(outsider, { forumId: child.id }, NOW), "not_found");
    await expectRefusal(getForum(null, { forumId: parent.id }, NOW), "not_found");
    expect((await getForum(null, { forumId: open.id }, NOW)).permissions).toEqual({ manage: false, editInitiatives: false, recordFinal: false, createChild: false });
    expect((await getForum(member, { forumId: child.id }, NOW)).permissions.editInitiatives).toBe(false); // reads the child's board, does not edit it
  });

  it("warns about a forum that met less often than its rule in the last 12 months", async () => {
    const { forum } = await forumWith("FREE", [], { min: 4 });
    for (const [startsAt, status] of [
      ["2025-05-01", "HELD"], // more than 12 months ago
      ["2025-09-01", "HELD"],
      ["2026-01-15", "CANCELLED"],
      ["2026-03-01", "PLANNED"], // passed, not yet marked held: counts
      ["2026-09-01", "PLANNED"], // future
    ] as const) {
      await db.meeting.create({ data: { forumId: forum.id, startsAt: new Date(`${startsAt}T09:00:00Z`), status } });
    }
    const detail = await getForum(secretariat, { forumId: forum.id }, NOW);
    expect(detail.meetingWarning).toEqual({ required: 4, held: 2 });
    expect((await listForums(secretariat, NOW)).find((f) => f.id === forum.id)?.meetingWarning).toEqual({ required: 4, held: 2 });
  });
});
