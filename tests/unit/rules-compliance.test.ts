/** Decision tables: who sees the compliance figures, a forum's area, the obligation a row links to, suppression. */
import { describe, expect, it } from "vitest";
import type { ForumKind, OrganisationKind, PartyKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { outcome, ruleActor } from "../support/rule-actor";
import { canViewCompliance, COMPLIANCE_SUPPRESS_BELOW, forumArea, obligationFor, obligationPartiesOf, shownShare } from "@/lib/rules/compliance";

const actor = ruleActor;

describe("who sees the figures", () => {
  it.each<[string, Actor | null, boolean, string]>([
    ["a region reader", actor(["R", "REGION", "READER"]), false, "allowed"],
    ["a municipal coordinator", actor(["M", "MUNICIPALITY", "COORDINATOR"]), false, "allowed"],
    ["a municipal caseworker", actor(["M", "MUNICIPALITY", "CASEWORKER"]), false, "compliance.reason.notAllowed"],
    ["a municipal caseworker with a forum seat", actor(["M", "MUNICIPALITY", "CASEWORKER"]), true, "allowed"],
    ["a GP", actor(["C", "GP_CLINIC", "CLINICIAN"]), false, "compliance.reason.notAllowed"],
    ["a hospital clinician with a forum seat", actor(["H", "HOSPITAL", "CLINICIAN"]), true, "allowed"],
    ["the administrator", actor(["P", "PLATFORM", "ADMIN"]), false, "allowed"],
    ["signed out", null, true, "errors.signInRequired"],
  ])("%s → %s", (_l, a, forumMember, expected) => {
    expect(outcome(canViewCompliance(a, { forumMember }))).toBe(expected);
  });
});

describe("a forum's area", () => {
  const region = ["R", "M1", "M2", "H1"];
  it.each<[string, ForumKind, string[], string[]]>([
    ["the steering forum: the whole region", "ADMINISTRATIVE_FORUM", ["R"], region],
    ["the political committee: the whole region", "POLITICAL_COMMITTEE", [], region],
    ["a cluster: its seated organisations", "CLUSTER", ["M2", "R"], ["R", "M2"]],
    ["clinical management: a hospital and a municipality", "CLINICAL_MANAGEMENT", ["H1", "M1", "H1"], ["M1", "H1"]],
    ["a GP clinic's or another region's seat adds nothing", "FOLLOW_UP_GROUP", ["CLINIC", "OTHER-M"], []],
  ])("%s", (_l, kind, seated, area) => {
    expect(forumArea(kind, seated, region)).toEqual(area);
  });
});

describe("the obligation a row is held to: its party's, then a joint one", () => {
  const obligations: { responsibleParty: PartyKind; n: number }[] = [
    { responsibleParty: "REGION", n: 1 },
    { responsibleParty: "MUNICIPALITY", n: 2 },
  ];
  it.each<[OrganisationKind, number | null]>([
    ["REGION", 1],
    ["HOSPITAL", 1],
    ["MUNICIPALITY", 2],
    ["GP_CLINIC", null],
  ])("%s → obligation %s", (kind, n) => {
    expect(obligationFor(obligations, kind)?.n ?? null).toBe(n);
  });
  it("a joint obligation holds everybody the agreement states none for", () => {
    expect(obligationFor([{ responsibleParty: "JOINT" as const, n: 3 }], "MUNICIPALITY")?.n).toBe(3);
    expect(obligationFor([{ responsibleParty: "JOINT" as const, n: 3 }, { responsibleParty: "MUNICIPALITY" as const, n: 4 }], "MUNICIPALITY")?.n).toBe(4);
    expect(obligationPartiesOf("PLATFORM")).toEqual(["JOINT"]);
  });
});

describe("small counts", () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [4, COMPLIANCE_SUPPRESS_BELOW - 1, null],
    [4, COMPLIANCE_SUPPRESS_BELOW, 4 / COMPLIANCE_SUPPRESS_BELOW],
    [0, 10, 0],
  ])("%i of %i → %s", (met, assessed, share) => {
    expect(shownShare(met, assessed)).toBe(share);
  });
});
