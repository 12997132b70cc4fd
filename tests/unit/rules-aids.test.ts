/**
 * lib/rules/aids.ts as decision tables: the actor's relation to a region's aids catalogue × action →
 * allowed or the reason; the proposal's one transition; the meeting a decision links to.
 */
import { describe, expect, it } from "vitest";
import type { Decision } from "@/lib/rules/decision";
import {
  aidProposalTransition,
  canDecideAidProposal,
  canEditAids,
  canProposeAidChange,
  canReadAids,
  canSetAidsPublic,
  meetingFitsAidDecision,
  NO_AIDS_RELATION,
  type AidsRelation,
} from "@/lib/rules/aids";

const outcome = (d: Decision) => (d.allowed ? "allowed" : d.reason);
const rel = (patch: Partial<AidsRelation>): AidsRelation => ({ ...NO_AIDS_RELATION, signedIn: true, ...patch });

const SIGNED_OUT = NO_AIDS_RELATION;
const SIGNED_OUT_PUBLIC = { ...NO_AIDS_RELATION, isPublic: true };
const OTHER_REGION = rel({});
const GP = rel({ regionMemberships: [{ kind: "GP_CLINIC", role: "CLINICIAN" }] });
const GP_PUBLIC = rel({ isPublic: true, regionMemberships: [{ kind: "GP_CLINIC", role: "CLINICIAN" }] });
const NURSE = rel({ regionMemberships: [{ kind: "MUNICIPALITY", role: "CASEWORKER" }] });
const HOSPITAL = rel({ regionMemberships: [{ kind: "HOSPITAL", role: "CLINICIAN" }] });
const MUNI_COORD = rel({ regionMemberships: [{ kind: "MUNICIPALITY", role: "COORDINATOR" }] });
const MUNI_COORD_SEAT = rel({ regionMemberships: [{ kind: "MUNICIPALITY", role: "COORDINATOR" }], councilPositions: ["MEMBER"] });
const REGION_COORD = rel({ regionMemberships: [{ kind: "REGION", role: "COORDINATOR" }] });
const REGION_COORD_SEAT = rel({ regionMemberships: [{ kind: "REGION", role: "COORDINATOR" }], councilPositions: ["MEMBER"] });
const HOSPITAL_COORD_SEAT = rel({ regionMemberships: [{ kind: "HOSPITAL", role: "COORDINATOR" }], councilPositions: ["MEMBER"] });
const NURSE_CHAIR = rel({ regionMemberships: [{ kind: "MUNICIPALITY", role: "CASEWORKER" }], councilPositions: ["CHAIR"] });
const NURSE_MEMBER = rel({ regionMemberships: [{ kind: "MUNICIPALITY", role: "CASEWORKER" }], councilPositions: ["MEMBER"] });
const ADMIN = rel({ admin: true });

describe("aids catalogue decision table", () => {
  const table: [string, AidsRelation, string, string, string, string, string][] = [
    // who                         relation             read                          edit                                  propose                       decide                     make public
    ["signed out", SIGNED_OUT, "errors.signInRequired", "errors.signInRequired", "errors.signInRequired", "errors.signInRequired", "errors.signInRequired"],
    ["signed out, public", SIGNED_OUT_PUBLIC, "allowed", "errors.signInRequired", "errors.signInRequired", "errors.signInRequired", "errors.signInRequired"],
    ["another region's user", OTHER_REGION, "aids.reason.notInRegion", "aids.reason.councilCoordinatorOnly", "aids.reason.notInRegion", "aids.reason.councilOnly", "aids.reason.regionCoordinatorOnly"],
    ["GP of the region", GP, "aids.reason.notInRegion", "aids.reason.councilCoordinatorOnly", "aids.reason.notInRegion", "aids.reason.councilOnly", "aids.reason.regionCoordinatorOnly"],
    ["GP, public catalogue", GP_PUBLIC, "allowed", "aids.reason.councilCoordinatorOnly", "allowed", "aids.reason.councilOnly", "aids.reason.regionCoordinatorOnly"],
    ["municipal nurse", NURSE, "allowed", "aids.reason.councilCoordinatorOnly", "allowed", "aids.reason.councilOnly", "aids.reason.regionCoordinatorOnly"],
    ["hospital clinician", HOSPITAL, "allowed", "aids.reason.councilCoordinatorOnly", "allowed", "aids.reason.councilOnly", "aids.reason.regionCoordinatorOnly"],
    ["municipal coordinator, no seat", MUNI_COORD, "allowed", "aids.reason.councilCoordinatorOnly", "allowed", "aids.reason.councilOnly", "aids.reason.regionCoordinatorOnly"],
    ["municipal coordinator in the council", MUNI_COORD_SEAT, "allowed", "allowed", "allowed", "allowed", "aids.reason.regionCoordinatorOnly"],
    ["region coordinator, no seat", REGION_COORD, "allowed", "aids.reason.councilCoordinatorOnly", "allowed", "aids.reason.councilOnly", "allowed"],
    ["region coordinator in the council", REGION_COORD_SEAT, "allowed", "allowed", "allowed", "allowed", "allowed"],
    ["hospital coordinator in the council", HOSPITAL_COORD_SEAT, "allowed", "aids.reason.councilCoordinatorOnly", "allowed", "aids.reason.councilOnly", "aids.reason.regionCoordinatorOnly"],
    ["council chair (a nurse)", NURSE_CHAIR, "allowed", "aids.reason.councilCoordinatorOnly", "allowed", "allowed", "aids.reason.regionCoordinatorOnly"],
    ["council member (a nurse)", NURSE_MEMBER, "allowed", "aids.reason.councilCoordinatorOnly", "allowed", "aids.reason.councilOnly", "aids.reason.regionCoordinatorOnly"],
    ["administrator", ADMIN, "allowed", "aids.reason.councilCoordinatorOnly", "allowed", "aids.reason.councilOnly", "allowed"],
  ];
  it.each(table)("%s", (_who, relation, read, edit, propose, decide, makePublic) => {
    expect([
      outcome(canReadAids(relation)),
      outcome(canEditAids(relation)),
      outcome(canProposeAidChange(relation)),
      outcome(canDecideAidProposal(relation)),
      outcome(canSetAidsPublic(relation)),
    ]).toEqual([read, edit, propose, decide, makePublic]);
  });
});

describe("a proposal's transition", () => {
  it.each([
    ["PENDING", "ACCEPTED", "allowed"],
    ["PENDING", "REJECTED", "allowed"],
    ["ACCEPTED", "REJECTED", "aids.reason.alreadyDecided"],
    ["REJECTED", "ACCEPTED", "aids.reason.alreadyDecided"],
    ["ACCEPTED", "ACCEPTED", "aids.reason.alreadyDecided"],
  ] as const)("%s → %s: %s", (status, to, expected) => {
    expect(outcome(aidProposalTransition(status, to))).toBe(expected);
  });
});

describe("the meeting a decision is linked to", () => {
  it.each([
    ["the council's planned meeting", { forumKind: "AIDS_COUNCIL", forumRegionId: "r1", status: "PLANNED" as const }, "allowed"],
    ["the council's held meeting", { forumKind: "AIDS_COUNCIL", forumRegionId: "r1", status: "HELD" as const }, "allowed"],
    ["a cancelled meeting", { forumKind: "AIDS_COUNCIL", forumRegionId: "r1", status: "CANCELLED" as const }, "validation.aids.meetingCancelled"],
    ["another forum's meeting", { forumKind: "WORKING_GROUP", forumRegionId: "r1", status: "HELD" as const }, "validation.aids.meetingNotCouncil"],
    ["another region's council", { forumKind: "AIDS_COUNCIL", forumRegionId: "r2", status: "HELD" as const }, "validation.aids.meetingNotCouncil"],
    ["no meeting", null, "validation.aids.meetingNotCouncil"],
  ])("%s", (_what, meeting, expected) => {
    expect(outcome(meetingFitsAidDecision(meeting, "r1"))).toBe(expected);
  });
});
