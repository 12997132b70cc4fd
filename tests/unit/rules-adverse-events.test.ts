/** Decision tables: who sees an adverse event and takes each step; the 90-day close on the Danish calendar. */
import { describe, expect, it } from "vitest";
import type { AdverseEventStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { outcome, ruleActor } from "../support/rule-actor";
import {
  ADVERSE_EVENT_CLOSE_RULE,
  ADVERSE_EVENT_REMINDER_RULE,
  availableAdverseEventSteps,
  canReportAdverseEvent,
  canTakeAdverseEventStep,
  canViewAdverseEvent,
  checkGrading,
  closeAlertOrganisations,
  closeAlertStage,
  closedInTime,
  type AdverseEventStep,
  type CloseAlertStage,
} from "@/lib/rules/adverse-events";
import { deadlineAfter, endOfDanishDay, startOfDanishDay } from "@/lib/calendar";

const actor = ruleActor;

const regionRisk = actor(["R", "REGION", "RISK_MANAGER"]);
const municipalRisk = actor(["M", "MUNICIPALITY", "RISK_MANAGER"]);
const outsiderRisk = actor(["H2", "HOSPITAL", "RISK_MANAGER"]);
const municipalCoordinator = actor(["M", "MUNICIPALITY", "COORDINATOR"]);
const admin = actor(["P", "PLATFORM", "ADMIN"]);
const event = (status: AdverseEventStatus, handler: string | null = "R") => ({ status, partyIds: ["M", "R", "H"], primaryHandlerOrganisationId: handler });

describe("canViewAdverseEvent: only the parties' risk managers", () => {
  it.each<[string, Actor | null, string]>([
    ["a party's risk manager (region)", regionRisk, "allowed"],
    ["a party's risk manager (municipality)", municipalRisk, "allowed"],
    ["an uninvolved hospital's risk manager", outsiderRisk, "adverseEvents.reason.notParty"],
    ["a party's coordinator", municipalCoordinator, "adverseEvents.reason.notParty"],
    ["the platform administrator", admin, "adverseEvents.reason.notParty"],
    ["nobody", null, "errors.signInRequired"],
  ])("%s → %s", (_label, a, expected) => {
    expect(outcome(canViewAdverseEvent(a, event("REPORTED")))).toBe(expected);
  });
});

describe("canTakeAdverseEventStep: actor × status × step", () => {
  const rows: [string, Actor, AdverseEventStatus, AdverseEventStep, string][] = [
    ["any party grades a reported event", municipalRisk, "REPORTED", "grade", "allowed"],
    ["grading twice", regionRisk, "GRADED", "grade", "adverseEvents.reason.impossible.grade"],
    ["the handler analyses", regionRisk, "GRADED", "analyse", "allowed"],
    ["another party analyses", municipalRisk, "GRADED", "analyse", "adverseEvents.reason.notHandler"],
    ["analysing before grading", regionRisk, "REPORTED", "analyse", "adverseEvents.reason.impossible.analyse"],
    ["the handler closes an analysed case", regionRisk, "ANALYSED", "close", "allowed"],
    ["closing before the analysis", regionRisk, "GRADED", "close", "adverseEvents.reason.impossible.close"],
    ["another party closes", municipalRisk, "ANALYSED", "close", "adverseEvents.reason.notHandler"],
    ["an outsider grades", outsiderRisk, "REPORTED", "grade", "adverseEvents.reason.notParty"],
    ["anything on a closed case", regionRisk, "CLOSED", "close", "adverseEvents.reason.impossible.close"],
  ];
  it.each(rows)("%s", (_label, a, status, step, expected) => {
    expect(outcome(canTakeAdverseEventStep(a, event(status), step))).toBe(expected);
  });
  it("an unknown step is refused", () => {
    expect(outcome(canTakeAdverseEventStep(regionRisk, event("REPORTED"), "reopen" as AdverseEventStep))).toBe("adverseEvents.reason.unknownStep");
  });
  it("offers the steps that are allowed", () => {
    expect(availableAdverseEventSteps(regionRisk, event("REPORTED", null))).toEqual(["grade"]);
    expect(availableAdverseEventSteps(municipalRisk, event("GRADED"))).toEqual([]);
    expect(availableAdverseEventSteps(regionRisk, event("ANALYSED"))).toEqual(["close"]);
  });
});

describe("reporting and grading", () => {
  it("only the reporting organisation's risk managers report", () => {
    expect(outcome(canReportAdverseEvent(municipalRisk, "M"))).toBe("allowed");
    expect(outcome(canReportAdverseEvent(municipalRisk, "R"))).toBe("adverseEvents.reason.notRiskManager");
    expect(outcome(canReportAdverseEvent(municipalCoordinator, "M"))).toBe("adverseEvents.reason.notRiskManager");
  });
  it.each<[string, "SERIOUS" | "NOT_SERIOUS", string, string | null, string]>([
    ["serious with a group", "SERIOUS", "R", "Risikomanagere fra begge sektorer", "allowed"],
    ["serious without a group", "SERIOUS", "R", "  ", "adverseEvents.reason.analysisGroupRequired"],
    ["not serious without a group", "NOT_SERIOUS", "M", null, "allowed"],
    ["a handler who is no party", "NOT_SERIOUS", "H2", null, "adverseEvents.reason.handlerNotParty"],
  ])("%s", (_label, grade, handler, group, expected) => {
    expect(outcome(checkGrading(event("REPORTED"), { grade, primaryHandlerOrganisationId: handler, analysisGroup: group }))).toBe(expected);
  });
});

describe("the 90-day close on the Danish calendar", () => {
  it("is the end of the Danish day 90 calendar days after the day of reporting (holidays count: calendar days)", () => {
    // Reported 1 March 2026 at 23:30 Danish time (22:30 UTC): day 0 is 1 March → 30 May 2026 (Saturday, still counted).
    const reported = new Date("2026-03-01T22:30:00Z");
    expect(deadlineAfter(reported, ADVERSE_EVENT_CLOSE_RULE)).toEqual(endOfDanishDay("2026-05-30"));
  });
  it("counts from the Danish day, not the UTC day, across the change to summer time", () => {
    // 00:30 on 2 March in Copenhagen is still 1 March in UTC.
    const reported = new Date(startOfDanishDay("2026-03-02").getTime() + 30 * 60_000);
    expect(deadlineAfter(reported, ADVERSE_EVENT_CLOSE_RULE)).toEqual(endOfDanishDay("2026-05-31"));
  });
  it("met, missed and open", () => {
    const due = endOfDanishDay("2026-05-30");
    expect(closedInTime({ closedAt: endOfDanishDay("2026-05-30"), closeDueAt: due }, new Date("2026-07-01"))).toBe("met");
    expect(closedInTime({ closedAt: startOfDanishDay("2026-05-31"), closeDueAt: due }, new Date("2026-07-01"))).toBe("missed");
    expect(closedInTime({ closedAt: null, closeDueAt: due }, new Date("2026-05-01"))).toBe("open");
    expect(closedInTime({ closedAt: null, closeDueAt: due }, new Date("2026-06-01"))).toBe("missed");
  });
});

describe("the 90-day close reminded and escalated", () => {
  const due = new Date("2026-06-01T21:59:59.999Z");
  const horizon = new Date("2026-06-01T21:59:59.999Z");
  it.each<[string, AdverseEventStatus, string, Date, string | null]>([
    ["open, deadline beyond the horizon", "GRADED", "2026-05-20T08:00:00Z", new Date("2026-05-27T21:59:59.999Z"), null],
    ["open, deadline inside the horizon", "GRADED", "2026-05-26T08:00:00Z", horizon, "REMINDER"],
    ["open, on the deadline's last instant", "ANALYSED", "2026-06-01T21:59:59.999Z", horizon, "REMINDER"],
    ["open, a moment after the deadline", "REPORTED", "2026-06-01T22:00:00Z", horizon, "OVERDUE"],
    ["closed, after the deadline", "CLOSED", "2026-07-01T08:00:00Z", horizon, null],
  ])("%s → %s", (_l, status, now, reminderHorizon, stage) => {
    expect(closeAlertStage({ status, closeDueAt: due }, new Date(now), reminderHorizon)).toBe(stage);
  });
  it.each<[string, string | null, CloseAlertStage, string[]]>([
    ["reminder: the handler only", "H", "REMINDER", ["H"]],
    ["reminder before a handler is agreed: the reporter", null, "REMINDER", ["R"]],
    ["overdue: escalated to every party", "H", "OVERDUE", ["H", "R", "X"]],
    ["overdue without a handler: the reporter first", null, "OVERDUE", ["R", "H", "X"]],
  ])("%s", (_l, handler, stage, organisations) => {
    expect(closeAlertOrganisations({ partyIds: ["R", "H", "X"], primaryHandlerOrganisationId: handler, reportingOrganisationId: "R" }, stage)).toEqual(organisations);
  });
  it("the reminder counts working days, the deadline calendar days", () => {
    expect(ADVERSE_EVENT_REMINDER_RULE).toEqual({ amount: 5, unit: "WORKING_DAYS" });
    expect(ADVERSE_EVENT_CLOSE_RULE).toEqual({ amount: 90, unit: "CALENDAR_DAYS" });
  });
});
