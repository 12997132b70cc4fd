/** Decision tables: who opens, edits which part and decides a task transfer; the notice period. */
import { describe, expect, it } from "vitest";
import type { OrganisationKind, TaskTransferStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { outcome, ruleActor } from "../support/rule-actor";
import {
  canCompleteMilestone,
  canDecideTaskTransfer,
  canEditDialoguePart,
  canEvaluateTaskTransfer,
  canOpenTaskTransfer,
  canPlanMilestone,
  canViewTaskTransfer,
  isImplemented,
  isShortNotice,
  noticeMonthsOf,
  noticeParties,
  RESPONSIBLE_FORUM_KIND,
  type TaskTransferDecisionStep,
  type TaskTransferParty,
} from "@/lib/rules/task-transfers";
import { addMonths } from "@/lib/calendar";

const actor = ruleActor;
const region = actor(["R", "REGION", "COORDINATOR"]);
const municipality = actor(["M", "MUNICIPALITY", "COORDINATOR"]);
const municipalReader = actor(["M", "MUNICIPALITY", "READER"]);
const other = actor(["X", "MUNICIPALITY", "COORDINATOR"]);
const transfer = (status: TaskTransferStatus = "PROPOSED") => ({ status, transferringOrganisationId: "R", receivingOrganisationId: "M" });

describe("opening", () => {
  it.each<[string, Actor, OrganisationKind, string]>([
    ["the transferring region's coordinator", region, "MUNICIPALITY", "allowed"],
    ["the receiving municipality's coordinator (sees drift)", municipality, "MUNICIPALITY", "allowed"],
    ["a reader of a party", municipalReader, "MUNICIPALITY", "taskTransfers.reason.notPartyCoordinator"],
    ["a coordinator of neither", other, "MUNICIPALITY", "taskTransfers.reason.notPartyCoordinator"],
    ["between two of one sector", region, "REGION", "taskTransfers.reason.sameSector"],
  ])("%s → %s", (_l, a, receivingKind, expected) => {
    expect(outcome(canOpenTaskTransfer(a, { id: "R", kind: "REGION" }, { id: "M", kind: receivingKind }))).toBe(expected);
  });
});

describe("the dialogue basis: each party its own part, while open", () => {
  it.each<[string, Actor, TaskTransferParty, TaskTransferStatus, string]>([
    ["region edits the transferring part", region, "transferring", "PROPOSED", "allowed"],
    ["region edits the receiving part", region, "receiving", "PROPOSED", "taskTransfers.reason.not.receiving"],
    ["municipality edits the receiving part", municipality, "receiving", "PROPOSED", "allowed"],
    ["municipality edits the transferring part", municipality, "transferring", "PROPOSED", "taskTransfers.reason.not.transferring"],
    ["after the decision", municipality, "receiving", "AGREED", "taskTransfers.reason.closed"],
  ])("%s → %s", (_l, a, part, status, expected) => {
    expect(outcome(canEditDialoguePart(a, transfer(status), part))).toBe(expected);
  });
});

describe("deciding: the responsible forum; withdrawing: the transferring party", () => {
  it.each<[string, Actor, TaskTransferDecisionStep, boolean, TaskTransferStatus, string]>([
    ["a forum member agrees", municipalReader, "agree", true, "PROPOSED", "allowed"],
    ["a forum member escalates", municipalReader, "notAgree", true, "PROPOSED", "allowed"],
    ["a party coordinator who is no member agrees", municipality, "agree", false, "PROPOSED", "taskTransfers.reason.notForumMember"],
    ["the transferring party withdraws", region, "withdraw", false, "PROPOSED", "allowed"],
    ["the receiving party withdraws", municipality, "withdraw", false, "PROPOSED", "taskTransfers.reason.not.transferring"],
    ["deciding twice", municipalReader, "agree", true, "AGREED", "taskTransfers.reason.closed"],
  ])("%s → %s", (_l, a, step, member, status, expected) => {
    expect(outcome(canDecideTaskTransfer(a, transfer(status), step, { responsibleForumMember: member }))).toBe(expected);
  });
  it("the responsible forum by type", () => {
    expect(RESPONSIBLE_FORUM_KIND).toEqual({ A_DEVELOPMENT: "CLINICAL_MANAGEMENT", B_CAPACITY: "CLUSTER" });
  });
  it("viewing: any member of a party, or the forum", () => {
    expect(outcome(canViewTaskTransfer(municipalReader, transfer()))).toBe("allowed");
    expect(outcome(canViewTaskTransfer(other, transfer()))).toBe("taskTransfers.reason.notParty");
    expect(outcome(canViewTaskTransfer(other, transfer(), { responsibleForumMember: true }))).toBe("allowed");
  });
});

describe("notice: six calendar months from the Danish day of opening", () => {
  it.each<[string, string, boolean]>([
    ["2026-01-15", "2026-07-15", false],
    ["2026-01-15", "2026-07-14", true],
    ["2026-08-31", "2027-02-28", false], // month end: 31 August + 6 months = 28 February
    ["2026-08-31", "2027-02-27", true],
    ["2026-01-15", "2026-04-15", true], // 3 months
  ])("opened %s, takes effect %s → short: %s", (opened, effective, short) => {
    expect(isShortNotice(effective, addMonths(opened, 6))).toBe(short);
  });
});

describe("the notice the agreement gives", () => {
  it.each<[string, Parameters<typeof noticeMonthsOf>[0], number]>([
    ["no obligation → the default 6", null, 6],
    ["an obligation of 3 months", { deadlineAmount: 3, deadlineUnit: "MONTHS" }, 3],
    ["an obligation of 9 months", { deadlineAmount: 9, deadlineUnit: "MONTHS" }, 9],
    ["a notice in weeks is not months → default", { deadlineAmount: 12, deadlineUnit: "WEEKS" }, 6],
    ["no amount → default", { deadlineAmount: null, deadlineUnit: "MONTHS" }, 6],
    ["zero months → default", { deadlineAmount: 0, deadlineUnit: "MONTHS" }, 6],
  ])("%s", (_l, obligation, months) => {
    expect(noticeMonthsOf(obligation)).toBe(months);
  });
});

describe("the implementation plan: milestones after 'agreed', each completed by its party", () => {
  const done = new Date("2026-03-01T10:00:00Z");
  it.each<[string, Actor, TaskTransferStatus, string]>([
    ["the region adds a milestone to an agreed transfer", region, "AGREED", "allowed"],
    ["the municipality adds one", municipality, "AGREED", "allowed"],
    ["a reader of a party", municipalReader, "AGREED", "taskTransfers.reason.notPartyCoordinator"],
    ["a coordinator of neither", other, "AGREED", "taskTransfers.reason.notPartyCoordinator"],
    ["before the decision", region, "PROPOSED", "taskTransfers.reason.notAgreed"],
    ["after not agreed", region, "NOT_AGREED", "taskTransfers.reason.notAgreed"],
    ["after the evaluation", region, "EVALUATED", "taskTransfers.reason.notAgreed"],
  ])("%s → %s", (_l, a, status, expected) => {
    expect(outcome(canPlanMilestone(a, transfer(status)))).toBe(expected);
  });
  it.each<[string, Actor, TaskTransferParty, Date | null, TaskTransferStatus, string]>([
    ["the municipality completes its own milestone", municipality, "receiving", null, "AGREED", "allowed"],
    ["the region completes the municipality's", region, "receiving", null, "AGREED", "taskTransfers.reason.not.receiving"],
    ["the region completes its own", region, "transferring", null, "AGREED", "allowed"],
    ["a reader of the party", municipalReader, "receiving", null, "AGREED", "taskTransfers.reason.not.receiving"],
    ["twice", municipality, "receiving", done, "AGREED", "taskTransfers.reason.milestoneDone"],
    ["after the evaluation", municipality, "receiving", null, "EVALUATED", "taskTransfers.reason.notAgreed"],
  ])("%s → %s", (_l, a, party, completedAt, status, expected) => {
    expect(outcome(canCompleteMilestone(a, transfer(status), { party, completedAt }))).toBe(expected);
  });
});

describe("the evaluation: when every milestone is done", () => {
  const done = { party: "receiving" as const, completedAt: new Date("2026-03-01T10:00:00Z") };
  const open = { party: "transferring" as const, completedAt: null };
  it.each<[string, Actor, TaskTransferStatus, (typeof done | typeof open)[], string]>([
    ["implemented: the region evaluates", region, "AGREED", [done, done], "allowed"],
    ["implemented: the municipality evaluates", municipality, "AGREED", [done], "allowed"],
    ["one milestone still open", region, "AGREED", [done, open], "taskTransfers.reason.notImplemented"],
    ["no plan at all", region, "AGREED", [], "taskTransfers.reason.notImplemented"],
    ["a reader", municipalReader, "AGREED", [done], "taskTransfers.reason.notPartyCoordinator"],
    ["evaluated already", region, "EVALUATED", [done], "taskTransfers.reason.notAgreed"],
    ["never agreed", region, "PROPOSED", [done], "taskTransfers.reason.notAgreed"],
  ])("%s → %s", (_l, a, status, milestones, expected) => {
    expect(outcome(canEvaluateTaskTransfer(a, transfer(status), milestones))).toBe(expected);
  });
  it("implemented means at least one milestone and all done", () => {
    expect([isImplemented([]), isImplemented([open]), isImplemented([done, open]), isImplemented([done])]).toEqual([false, false, false, true]);
  });
});

describe("whose notice: the transferring party's obligation, then a joint one", () => {
  it.each<[OrganisationKind, string[]]>([
    ["REGION", ["REGION", "JOINT"]],
    ["HOSPITAL", ["REGION", "JOINT"]],
    ["MUNICIPALITY", ["MUNICIPALITY", "JOINT"]],
    ["GP_CLINIC", ["GENERAL_PRACTICE", "JOINT"]],
    ["PLATFORM", ["JOINT"]],
  ])("%s → %j", (kind, parties) => {
    expect(noticeParties(kind)).toEqual(parties);
  });
});
