/**
 * lib/rules/forums.ts as decision tables: relation to a forum × action → allowed/denied + reason;
 * the composition rules as pure functions over member lists; the meeting-frequency warning.
 */
import { describe, expect, it } from "vitest";
import type { ForumPosition, OrganisationKind, Role, SeatParty } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import type { Decision } from "@/lib/rules/decision";
import {
  ancestorIds,
  canChangeMembership,
  canChangeRules,
  canCommentOnInitiative,
  canBeSecretariat,
  canCreateForum,
  canEditInitiatives,
  canManageForum,
  canReadForum,
  canRecordFinalDecision,
  compositionIssueMessageKey,
  compositionIssues,
  descendantIds,
  forumRelation,
  isSeatCurrent,
  meetingFrequencyWarning,
  meetingsInLastYear,
  NO_RELATION,
  type CompositionForum,
  type CompositionMember,
  type ForumNode,
  type ForumRelation,
  wouldCreateCycle,
} from "@/lib/rules/forums";
import { canRecordDecision } from "@/lib/rules/initiatives";

const outcome = (d: Decision) => (d.allowed ? "allowed" : d.reason);

function actorWith(memberships: { organisationId: string; kind: OrganisationKind; role: Role }[], userId = "me"): Actor {
  return {
    userId,
    email: `${userId}@test.dk`,
    name: userId,
    locale: "da",
    activeOrganisationId: null,
    memberships: memberships.map((m, i) => ({
      membershipId: `m${i}`,
      organisationId: m.organisationId,
      organisationKind: m.kind,
      organisationName: m.organisationId,
      regionId: null,
      role: m.role,
    })),
  };
}

// SKU ← DAK ← coordination group ← follow-up group ← working group; plus a sibling follow-up group.
const nodes: ForumNode[] = [
  { id: "sku", parentId: null, regionId: "rsd", isPublic: true, secretariatOrganisationId: "rsd" },
  { id: "dak", parentId: "sku", regionId: "rsd", isPublic: false, secretariatOrganisationId: "rsd" },
  { id: "coord", parentId: "dak", regionId: "rsd", isPublic: false, secretariatOrganisationId: null },
  { id: "fg1", parentId: "coord", regionId: "rsd", isPublic: false, secretariatOrganisationId: "odense" },
  { id: "fg2", parentId: "coord", regionId: "rsd", isPublic: false, secretariatOrganisationId: null },
  { id: "wg", parentId: "fg1", regionId: "rsd", isPublic: false, secretariatOrganisationId: null },
];
const byId = new Map(nodes.map((n) => [n.id, n]));

const rel = (over: Partial<ForumRelation>): ForumRelation => ({ ...NO_RELATION, signedIn: true, ...over });

describe("the forum tree", () => {
  it("walks up to the root, nearest first, and down to every descendant", () => {
    expect(ancestorIds("wg", byId)).toEqual(["fg1", "coord", "dak", "sku"]);
    expect(ancestorIds("sku", byId)).toEqual([]);
    expect(descendantIds("coord", nodes).sort()).toEqual(["fg1", "fg2", "wg"]);
    expect(descendantIds("wg", nodes)).toEqual([]);
  });

  it("stops at a cycle instead of looping (fail closed)", () => {
    const cyclic = new Map<string, ForumNode>([
      ["a", { id: "a", parentId: "b", regionId: "r", isPublic: false, secretariatOrganisationId: null }],
      ["b", { id: "b", parentId: "a", regionId: "r", isPublic: false, secretariatOrganisationId: null }],
    ]);
    expect(ancestorIds("a", cyclic)).toEqual(["b"]);
  });

  it("derives the relation from seats, ancestors' seats and the secretariat organisation", () => {
    const actor = actorWith([{ organisationId: "odense", kind: "MUNICIPALITY", role: "COORDINATOR" }]);
    const seats = [
      { forumId: "coord", position: "MEMBER" as ForumPosition },
      { forumId: "fg2", position: "CHAIR" as ForumPosition },
    ];
    expect(forumRelation(actor, seats, "fg1", byId)).toEqual({
      signedIn: true,
      admin: false,
      isPublic: false,
      positions: [],
      ancestorPositions: ["MEMBER"],
      secretariatRoles: ["COORDINATOR"],
      ancestorSecretariat: false,
    });
    expect(forumRelation(actor, seats, "wg", byId).ancestorSecretariat).toBe(true); // fg1's secretariat is above wg
    expect(forumRelation(actor, seats, "fg2", byId).positions).toEqual(["CHAIR"]);
    expect(forumRelation(actor, seats, "dak", byId).ancestorPositions).toEqual([]); // a child does not read its parent
    expect(forumRelation(actor, seats, "nope", byId)).toEqual(NO_RELATION);
    expect(forumRelation(null, seats, "fg2", byId).positions).toEqual([]); // seats without an actor count for nothing
  });
});

describe("decision table: relation × action", () => {
  const POSITIONS: ForumPosition[] = ["CHAIR", "VICE_CHAIR", "SECRETARY", "MEMBER"];
  // [description, relation, read, edit initiatives, final decision, manage forum, comment]
  const table: [string, ForumRelation, string, string, string, string, string][] = [
    ["signed out, private forum", NO_RELATION, "errors.signInRequired", "errors.signInRequired", "errors.signInRequired", "errors.signInRequired", "errors.signInRequired"],
    ["signed out, public forum", { ...NO_RELATION, isPublic: true }, "allowed", "errors.signInRequired", "errors.signInRequired", "errors.signInRequired", "errors.signInRequired"],
    ["stranger, private", rel({}), "forums.reason.notMember", "forums.reason.notMemberOrSecretariat", "forums.reason.chairOrSecretaryOnly", "forums.reason.managersOnly", "forums.reason.notMemberOrParent"],
    ["stranger, public", rel({ isPublic: true }), "allowed", "forums.reason.notMemberOrSecretariat", "forums.reason.chairOrSecretaryOnly", "forums.reason.managersOnly", "forums.reason.notMemberOrParent"],
    ["administrator", rel({ admin: true }), "allowed", "forums.reason.notMemberOrSecretariat", "forums.reason.chairOrSecretaryOnly", "allowed", "forums.reason.notMemberOrParent"],
    ["chair", rel({ positions: ["CHAIR"] }), "allowed", "allowed", "allowed", "allowed", "allowed"],
    ["vice-chair", rel({ positions: ["VICE_CHAIR"] }), "allowed", "allowed", "forums.reason.chairOrSecretaryOnly", "forums.reason.managersOnly", "allowed"],
    ["secretary", rel({ positions: ["SECRETARY"] }), "allowed", "allowed", "allowed", "allowed", "allowed"],
    ["member", rel({ positions: ["MEMBER"] }), "allowed", "allowed", "forums.reason.chairOrSecretaryOnly", "forums.reason.managersOnly", "allowed"],
    ["chair of a parent forum", rel({ ancestorPositions: ["CHAIR"] }), "allowed", "forums.reason.notMemberOrSecretariat", "forums.reason.chairOrSecretaryOnly", "forums.reason.managersOnly", "allowed"],
    ["member of a parent forum", rel({ ancestorPositions: ["MEMBER"] }), "allowed", "forums.reason.notMemberOrSecretariat", "forums.reason.chairOrSecretaryOnly", "forums.reason.managersOnly", "allowed"],
    ["secretariat coordinator", rel({ secretariatRoles: ["COORDINATOR"] }), "allowed", "allowed", "forums.reason.chairOrSecretaryOnly", "allowed", "forums.reason.notMemberOrParent"],
    ["secretariat reader", rel({ secretariatRoles: ["READER"] }), "allowed", "forums.reason.notMemberOrSecretariat", "forums.reason.chairOrSecretaryOnly", "forums.reason.managersOnly", "forums.reason.notMemberOrParent"],
    ["a parent's secretariat", rel({ ancestorSecretariat: true }), "allowed", "forums.reason.notMemberOrSecretariat", "forums.reason.chairOrSecretaryOnly", "forums.reason.managersOnly", "forums.reason.notMemberOrParent"],
  ];
  for (const [name, relation, read, edit, final, manage, comment] of table) {
    it(name, () => {
      expect(outcome(canReadForum(relation))).toBe(read);
      expect(outcome(canEditInitiatives(relation))).toBe(edit);
      expect(outcome(canRecordFinalDecision(relation))).toBe(final);
      expect(outcome(canManageForum(relation))).toBe(manage);
      expect(outcome(canCommentOnInitiative(relation))).toBe(comment);
      expect(outcome(canRecordDecision(relation, "PROPOSED"))).toBe(edit);
      expect(outcome(canRecordDecision(relation, "FINAL"))).toBe(final);
    });
  }

  it("a seat in a child forum gives nothing in the parent (reading goes up the tree, never down)", () => {
    const actor = actorWith([]);
    const relation = forumRelation(actor, [{ forumId: "fg1", position: "CHAIR" }], "coord", byId);
    expect(outcome(canReadForum(relation))).toBe("forums.reason.notMember");
  });

  it("only CHAIR and SECRETARY record final decisions, whatever else the actor is", () => {
    for (const position of POSITIONS) {
      const expected = position === "CHAIR" || position === "SECRETARY" ? "allowed" : "forums.reason.chairOrSecretaryOnly";
      expect(outcome(canRecordFinalDecision(rel({ positions: [position], admin: true, secretariatRoles: ["COORDINATOR"] })))).toBe(expected);
    }
  });

  it("creating a forum: the region's coordinators and the administrator", () => {
    const regionCoordinator = actorWith([{ organisationId: "rsd", kind: "REGION", role: "COORDINATOR" }]);
    const regionReader = actorWith([{ organisationId: "rsd", kind: "REGION", role: "READER" }]);
    const otherRegion = actorWith([{ organisationId: "rsj", kind: "REGION", role: "COORDINATOR" }]);
    const municipal = actorWith([{ organisationId: "rsd", kind: "MUNICIPALITY", role: "COORDINATOR" }]);
    const admin = actorWith([{ organisationId: "p", kind: "PLATFORM", role: "ADMIN" }]);
    expect(outcome(canCreateForum(regionCoordinator, "rsd"))).toBe("allowed");
    expect(outcome(canCreateForum(admin, "rsd"))).toBe("allowed");
    expect(outcome(canCreateForum(regionReader, "rsd"))).toBe("forums.reason.regionCoordinatorOnly");
    expect(outcome(canCreateForum(otherRegion, "rsd"))).toBe("forums.reason.regionCoordinatorOnly");
    expect(outcome(canCreateForum(municipal, "rsd"))).toBe("forums.reason.regionCoordinatorOnly");
    expect(outcome(canCreateForum(null, "rsd"))).toBe("errors.signInRequired");
  });

  it.each([
    ["the region itself", { id: "rsd", kind: "REGION", regionId: null }, "allowed"],
    ["a municipality of the region", { id: "odense", kind: "MUNICIPALITY", regionId: "rsd" }, "allowed"],
    ["a hospital of the region", { id: "ouh", kind: "HOSPITAL", regionId: "rsd" }, "allowed"],
    ["a clinic known only through its municipality", { id: "c", kind: "GP_CLINIC", regionId: null, municipality: { regionId: "rsd" } }, "allowed"],
    ["another region (the hole of issue 18)", { id: "rsj", kind: "REGION", regionId: null }, "validation.forums.secretariatOtherRegion"],
    ["a municipality of another region", { id: "roskilde", kind: "MUNICIPALITY", regionId: "rsj" }, "validation.forums.secretariatOtherRegion"],
    ["the platform (belongs to no region)", { id: "p", kind: "PLATFORM", regionId: null }, "validation.forums.secretariatOtherRegion"],
    ["nothing (an id that does not exist)", null, "validation.choose"],
  ] as const)("a forum's secretariat: %s → %s", (_label, organisation, expected) => {
    expect(outcome(canBeSecretariat("rsd", organisation))).toBe(expected);
  });
});

const m = (party: SeatParty, position: ForumPosition = "MEMBER"): CompositionMember => ({ party, position });
const crossSector: CompositionForum = {
  compositionRule: "CROSS_SECTOR",
  chairParty: "REGION",
  viceChairParty: "MUNICIPALITY",
  seatRules: [
    { party: "REGION", minSeats: 1, maxSeats: 2 },
    { party: "MUNICIPALITY", minSeats: 2, maxSeats: 3 },
    { party: "GENERAL_PRACTICE", minSeats: 1, maxSeats: 1 },
  ],
};
const clarification: CompositionForum = { compositionRule: "REGION_AND_MUNICIPALITY", chairParty: null, viceChairParty: null, seatRules: [] };
const free: CompositionForum = { compositionRule: "FREE", chairParty: null, viceChairParty: null, seatRules: [] };
const complete = [m("REGION", "CHAIR"), m("MUNICIPALITY", "VICE_CHAIR"), m("MUNICIPALITY"), m("GENERAL_PRACTICE")];

describe("composition issues", () => {
  it("a complete cross-sector forum has none", () => {
    expect(compositionIssues(crossSector, complete)).toEqual([]);
  });

  it("a cross-sector forum needs the region, the municipalities and general practice", () => {
    const codes = (members: CompositionMember[]) => compositionIssues({ ...crossSector, seatRules: [] }, members).map(compositionIssueMessageKey);
    expect(codes([])).toEqual([
      "forums.composition.missingParty.REGION",
      "forums.composition.missingParty.MUNICIPALITY",
      "forums.composition.missingParty.GENERAL_PRACTICE",
    ]);
    expect(codes([m("HOSPITAL"), m("MUNICIPALITY")])).toEqual(["forums.composition.missingParty.GENERAL_PRACTICE"]); // a hospital seat is the region's
  });

  it("a clarification committee is region and municipality only", () => {
    expect(compositionIssues(clarification, [m("REGION"), m("MUNICIPALITY")])).toEqual([]);
    expect(compositionIssues(clarification, [m("REGION"), m("MUNICIPALITY"), m("GENERAL_PRACTICE"), m("GENERAL_PRACTICE")]).map((i) => [i.code, i.party, i.amount])).toEqual([
      ["partyNotAllowed", "GENERAL_PRACTICE", 2],
    ]);
    expect(compositionIssues(clarification, [m("REGION")]).map((i) => i.key)).toEqual(["missing:MUNICIPALITY"]);
  });

  it("seat minimums and maximums per party, one chair and one vice-chair, from the right parties", () => {
    const issues = compositionIssues(crossSector, [
      m("MUNICIPALITY", "CHAIR"),
      m("REGION", "CHAIR"),
      m("REGION", "VICE_CHAIR"),
      m("GENERAL_PRACTICE"),
      m("GENERAL_PRACTICE"),
    ]);
    expect(issues.map((i) => [i.key, i.amount])).toEqual([
      ["min:MUNICIPALITY", 1],
      ["max:GENERAL_PRACTICE", 1],
      ["chairs", 1],
      ["chairParty", 1],
      ["viceChairParty", 1],
    ]);
  });

  it("the secretary serves the forum and holds no party seat", () => {
    expect(compositionIssues(crossSector, [...complete, m("REGION", "SECRETARY"), m("REGION", "SECRETARY")])).toEqual([]);
    expect(compositionIssues(clarification, [m("REGION"), m("MUNICIPALITY"), m("OTHER", "SECRETARY")])).toEqual([]);
  });

  it("a free forum accepts anyone", () => {
    expect(compositionIssues(free, [m("OTHER"), m("PATIENT_ORGANISATION")])).toEqual([]);
  });
});

describe("membership changes are refused when they make a rule more broken", () => {
  const change = (forum: CompositionForum, before: CompositionMember[], after: CompositionMember[]) => outcome(canChangeMembership(forum, before, after));

  it("building up an incomplete forum is allowed step by step", () => {
    expect(change(crossSector, [], [m("REGION", "CHAIR")])).toBe("allowed");
    expect(change(crossSector, [m("REGION", "CHAIR")], [m("REGION", "CHAIR"), m("MUNICIPALITY")])).toBe("allowed");
  });

  it("removing the last general practitioner from a cross-sector forum is refused", () => {
    const without = complete.filter((x) => x.party !== "GENERAL_PRACTICE");
    expect(change({ ...crossSector, seatRules: [] }, complete, without)).toBe("forums.composition.missingParty.GENERAL_PRACTICE");
  });

  it("going under a minimum or over a maximum is refused", () => {
    expect(change(crossSector, complete, [...complete, m("GENERAL_PRACTICE")])).toBe("forums.composition.aboveMaximum.GENERAL_PRACTICE");
    expect(change(crossSector, complete, complete.filter((x) => x.position !== "VICE_CHAIR"))).toBe("forums.composition.belowMinimum.MUNICIPALITY");
  });

  it("a general practitioner in a clarification committee is refused", () => {
    expect(change(clarification, [m("REGION"), m("MUNICIPALITY")], [m("REGION"), m("MUNICIPALITY"), m("GENERAL_PRACTICE")])).toBe(
      "forums.composition.partyNotAllowed.GENERAL_PRACTICE",
    );
  });

  it("a second chair, or a chair from the wrong party, is refused", () => {
    expect(change(crossSector, complete, [...complete.slice(0, 2), m("MUNICIPALITY", "CHAIR"), m("GENERAL_PRACTICE")])).toBe(
      "forums.composition.tooManyChairs",
    );
    const noChair = [m("REGION"), m("MUNICIPALITY"), m("MUNICIPALITY"), m("GENERAL_PRACTICE")];
    expect(change(crossSector, noChair, [m("REGION"), m("MUNICIPALITY", "CHAIR"), m("MUNICIPALITY"), m("GENERAL_PRACTICE")])).toBe(
      "forums.composition.chairParty.REGION",
    );
  });

  it("an already broken rule may not get worse, but another change is not blocked by it", () => {
    const over = [...complete, m("GENERAL_PRACTICE")];
    expect(change(crossSector, over, [...over, m("GENERAL_PRACTICE")])).toBe("forums.composition.aboveMaximum.GENERAL_PRACTICE");
    expect(change(crossSector, over, [...over, m("REGION")])).toBe("allowed");
    expect(change(crossSector, over, complete)).toBe("allowed"); // fixing it is always fine
  });

  it("reports every rule the change breaks", () => {
    const decision = canChangeMembership(crossSector, complete, [m("REGION", "CHAIR")]);
    expect(decision.allowed).toBe(false);
    expect(decision.worsened.map((i) => i.key)).toEqual(["missing:MUNICIPALITY", "missing:GENERAL_PRACTICE", "min:MUNICIPALITY", "min:GENERAL_PRACTICE"]);
  });
});

describe("changing a forum's rules", () => {
  it("is refused when the current members break the new rules in a way they cannot grow out of", () => {
    const outcomeOf = (after: CompositionForum) => outcome(canChangeRules(crossSector, after, complete));
    expect(outcomeOf({ ...crossSector, compositionRule: "REGION_AND_MUNICIPALITY" })).toBe("forums.composition.partyNotAllowed.GENERAL_PRACTICE");
    expect(outcomeOf({ ...crossSector, chairParty: "MUNICIPALITY" })).toBe("forums.composition.chairParty.MUNICIPALITY");
    expect(outcomeOf({ ...crossSector, seatRules: [{ party: "MUNICIPALITY", minSeats: 0, maxSeats: 1 }] })).toBe("forums.composition.aboveMaximum.MUNICIPALITY");
  });

  it("a new minimum the members do not yet meet is allowed (seats are filled later)", () => {
    expect(outcome(canChangeRules(crossSector, { ...crossSector, seatRules: [{ party: "PATIENT_ORGANISATION", minSeats: 1, maxSeats: null }] }, complete))).toBe("allowed");
  });

  it("a new parent may not be the forum itself or one of its descendants", () => {
    expect(wouldCreateCycle("coord", "fg1", nodes)).toBe(true);
    expect(wouldCreateCycle("coord", "wg", nodes)).toBe(true);
    expect(wouldCreateCycle("coord", "coord", nodes)).toBe(true);
    expect(wouldCreateCycle("coord", "sku", nodes)).toBe(false);
    expect(wouldCreateCycle("coord", null, nodes)).toBe(false);
  });
});

describe("seat periods and meeting frequency", () => {
  const day = new Date("2026-06-15T10:00:00Z");
  it("a seat is current from periodFrom to periodTo inclusive", () => {
    expect(isSeatCurrent({ periodFrom: new Date("2026-06-15"), periodTo: null }, day)).toBe(true);
    expect(isSeatCurrent({ periodFrom: new Date("2026-06-16"), periodTo: null }, day)).toBe(false);
    expect(isSeatCurrent({ periodFrom: new Date("2020-01-01"), periodTo: new Date("2026-06-15") }, day)).toBe(true);
    expect(isSeatCurrent({ periodFrom: new Date("2020-01-01"), periodTo: new Date("2026-06-14") }, day)).toBe(false);
  });

  it("counts held and past planned meetings of the last 12 months, never cancelled or future ones", () => {
    const meetings = [
      { startsAt: new Date("2025-06-14T10:00:00Z"), status: "HELD" as const }, // 12 months and a day ago
      { startsAt: new Date("2025-09-01T10:00:00Z"), status: "HELD" as const },
      { startsAt: new Date("2026-01-10T10:00:00Z"), status: "CANCELLED" as const },
      { startsAt: new Date("2026-03-01T10:00:00Z"), status: "PLANNED" as const },
      { startsAt: new Date("2026-09-01T10:00:00Z"), status: "PLANNED" as const },
    ];
    expect(meetingsInLastYear(meetings, day)).toBe(2);
    expect(meetingFrequencyWarning(4, meetings, day)).toEqual({ required: 4, held: 2 });
    expect(meetingFrequencyWarning(2, meetings, day)).toBeNull();
    expect(meetingFrequencyWarning(null, [], day)).toBeNull();
    expect(meetingFrequencyWarning(1, [], day)).toEqual({ required: 1, held: 0 });
  });
});
