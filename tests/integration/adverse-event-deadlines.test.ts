/**
 * The adverse events' 90-day close, reminded and escalated by the job queue, against a real PostgreSQL
 * with the clock set by the test: the reminder on the working-day rule (5 working days before the
 * calendar-day deadline — Whit Monday and a weekend in between) to the primary handler's risk
 * managers, the overdue escalation to every party's risk managers, each exactly once (two workers at
 * the same moment too), nothing for a closed case, no case text in a notification.
 */
import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { createOrganisation, createUser } from "./support/factories";
import { runAdverseEventDeadlines } from "@/lib/domain/jobs/adverse-event-deadlines";
import { closeDueAfter } from "@/lib/domain/adverse-events/deadline";
import { endOfDanishDay, startOfDanishDay } from "@/lib/calendar";

const at = (iso: string) => ({ now: new Date(iso) });

async function world() {
  const region = await createOrganisation("REGION", { name: "Region Sjælland" });
  const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune", regionId: region.id });
  const hospital = await createOrganisation("HOSPITAL", { name: "Sjællands Universitetshospital", regionId: region.id });
  const reporter = await createUser([{ organisationId: roskilde.id, role: "RISK_MANAGER" }]);
  const handler = await createUser([{ organisationId: hospital.id, role: "RISK_MANAGER" }]);
  const handler2 = await createUser([{ organisationId: hospital.id, role: "RISK_MANAGER" }]);
  const regionRisk = await createUser([{ organisationId: region.id, role: "RISK_MANAGER" }]);
  const hospitalCoordinator = await createUser([{ organisationId: hospital.id, role: "COORDINATOR" }]);
  const inactive = await createUser([{ organisationId: hospital.id, role: "RISK_MANAGER" }], { active: false });
  const event = async (overrides: { status?: "GRADED" | "CLOSED"; reportedOn?: string; reference?: string } = {}) => {
    const reportedAt = startOfDanishDay(overrides.reportedOn ?? "2026-03-03");
    return db.adverseEvent.create({
      data: {
        reference: overrides.reference ?? `UH-TEST-${Math.random().toString(36).slice(2, 8)}`,
        dpsdReference: "DPSD-2026-987654",
        title: "Medicinliste ikke opdateret ved udskrivelse",
        description: "Hjemmeplejen gav den gamle dosis i to døgn.",
        reportingOrganisationId: roskilde.id,
        reportedById: reporter.id,
        reportedAt,
        closeDueAt: closeDueAfter(reportedAt),
        status: overrides.status ?? "GRADED",
        grade: "NOT_SERIOUS",
        primaryHandlerOrganisationId: hospital.id,
        closedAt: overrides.status === "CLOSED" ? startOfDanishDay("2026-05-01") : null,
        parties: { create: [{ organisationId: roskilde.id }, { organisationId: hospital.id }, { organisationId: region.id }] },
      },
    });
  };
  return { reporter, handler, handler2, regionRisk, hospitalCoordinator, inactive, event };
}

describe("the 90-day close of an adverse event", () => {
  it("reminds the handler's risk managers 5 working days before, escalates to every party once overdue — each once", async () => {
    const w = await world();
    const e = await w.event();
    // Reported Tuesday 3 March 2026: closed no later than the end of Monday 1 June (90 calendar days).
    expect(e.closeDueAt).toEqual(endOfDanishDay("2026-06-01"));

    // Thursday 21 May: the 5th working day ahead is Friday 29 May (Whit Monday 25 May is no working day) — nothing yet.
    expect(await runAdverseEventDeadlines(at("2026-05-21T08:00:00Z"))).toEqual({ reminders: 0, overdue: 0 });
    // Friday 22 May: the 5th working day ahead is Monday 1 June — the reminder, though 10 calendar days remain.
    expect(await runAdverseEventDeadlines(at("2026-05-22T08:00:00Z"))).toEqual({ reminders: 1, overdue: 0 });
    expect(await runAdverseEventDeadlines(at("2026-05-26T08:00:00Z"))).toEqual({ reminders: 0, overdue: 0 });
    const reminders = await db.notification.findMany({ where: { kind: "ADVERSE_EVENT_DEADLINE_SOON" }, select: { userId: true, params: true, createdAt: true } });
    // The primary handler's active risk managers only: not the coordinator, not the inactive one, not the reporter.
    expect(reminders.map((r) => r.userId).sort()).toEqual([w.handler.id, w.handler2.id].sort());
    expect(reminders[0].params).toMatchObject({ reference: e.reference, due: "01.06.2026" });
    expect(reminders[0].createdAt.toISOString()).toBe("2026-05-22T08:00:00.000Z");

    // Monday 1 June, 23:30 Danish time: still the deadline's day — not overdue.
    expect(await runAdverseEventDeadlines(at("2026-06-01T21:30:00Z"))).toEqual({ reminders: 0, overdue: 0 });
    // Tuesday 2 June: passed. Two workers at the same moment: one escalation.
    const [a, b] = await Promise.all([runAdverseEventDeadlines(at("2026-06-02T07:00:00Z")), runAdverseEventDeadlines(at("2026-06-02T07:00:00Z"))]);
    expect(a.overdue + b.overdue).toBe(1);
    expect(await runAdverseEventDeadlines(at("2026-06-03T07:00:00Z"))).toEqual({ reminders: 0, overdue: 0 });
    const overdue = await db.notification.findMany({ where: { kind: "ADVERSE_EVENT_OVERDUE" }, select: { userId: true, params: true } });
    expect(overdue.map((o) => o.userId).sort()).toEqual([w.handler.id, w.handler2.id, w.reporter.id, w.regionRisk.id].sort());
    // No case text and no DPSD reference in what is sent.
    expect(JSON.stringify([...reminders, ...overdue])).not.toMatch(/DPSD-2026|Medicinliste|dosis/);
    expect((await db.auditEvent.findMany({ where: { entityType: "AdverseEvent", entityId: e.id }, orderBy: { id: "asc" } })).map((x) => x.action)).toEqual([
      "adverseEvent.deadlineReminder",
      "adverseEvent.overdue",
    ]);
    expect(await db.adverseEventDeadlineAlert.count({ where: { eventId: e.id } })).toBe(2);
  });

  it("a closed case is left alone; a deadline older than the look-back too; a first run after the deadline only escalates", async () => {
    const w = await world();
    await w.event({ status: "CLOSED" });
    await w.event({ reportedOn: "2025-01-06" }); // due in April 2025: long past the 14-day look-back
    const late = await w.event();
    expect(await runAdverseEventDeadlines(at("2026-06-05T07:00:00Z"))).toEqual({ reminders: 0, overdue: 1 });
    expect(await db.adverseEventDeadlineAlert.findMany({ select: { eventId: true, stage: true } })).toEqual([{ eventId: late.id, stage: "OVERDUE" }]);
  });

  it("works through more than one batch", async () => {
    const w = await world();
    for (let i = 0; i < 5; i++) await w.event();
    expect(await runAdverseEventDeadlines(at("2026-06-02T07:00:00Z"), { batchSize: 2 })).toEqual({ reminders: 0, overdue: 5 });
  });
});
