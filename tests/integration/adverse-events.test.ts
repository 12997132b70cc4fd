/**
 * Adverse events against a real PostgreSQL: report → grade → analyse → close, each step with its
 * audit row in the same transaction; the scope (a risk manager of an uninvolved organisation gets
 * not-found and leaves no access-log row); every read of a case logged; stale versions refused.
 */
import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from "@/lib/domain/errors";
import { reportAdverseEvent } from "@/lib/domain/adverse-events/report-adverse-event";
import { gradeAdverseEvent } from "@/lib/domain/adverse-events/grade-adverse-event";
import { analyseAdverseEvent } from "@/lib/domain/adverse-events/analyse-adverse-event";
import { closeAdverseEvent } from "@/lib/domain/adverse-events/close-adverse-event";
import { getAdverseEvent } from "@/lib/domain/adverse-events/get-adverse-event";
import { listAdverseEvents, listAdverseEventSummaries } from "@/lib/domain/adverse-events/list-adverse-events";
import { addDays, danishDate, endOfDanishDay } from "@/lib/calendar";

async function world() {
  const region = await createOrganisation("REGION", { name: "Region Sjælland" });
  const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune", regionId: region.id });
  const hospital = await createOrganisation("HOSPITAL", { name: "Sjællands Universitetshospital", regionId: region.id });
  const otherHospital = await createOrganisation("HOSPITAL", { name: "Holbæk Sygehus", regionId: region.id });
  const municipalRisk = await createUser([{ organisationId: roskilde.id, role: "RISK_MANAGER" }], { name: "Risikomanager Roskilde" });
  const regionRisk = await createUser([{ organisationId: region.id, role: "RISK_MANAGER" }], { name: "Risikomanager Regionen" });
  const outsiderRisk = await createUser([{ organisationId: otherHospital.id, role: "RISK_MANAGER" }]);
  const municipalCoordinator = await createUser([{ organisationId: roskilde.id, role: "COORDINATOR" }]);
  return {
    region,
    roskilde,
    hospital,
    otherHospital,
    municipal: await actorFor(municipalRisk.id),
    regional: await actorFor(regionRisk.id),
    outsider: await actorFor(outsiderRisk.id),
    coordinator: await actorFor(municipalCoordinator.id),
  };
}

const report = (w: Awaited<ReturnType<typeof world>>) =>
  reportAdverseEvent(w.municipal, {
    reportingOrganisationId: w.roskilde.id,
    dpsdReference: "DPSD-2026-123456",
    title: "Medicinliste ikke opdateret ved udskrivelse",
    description: "Borgeren blev udskrevet uden opdateret medicinliste; hjemmeplejen gav den gamle dosis i to døgn.",
    partyIds: [w.region.id, w.hospital.id],
  });

const audits = (id: string) => db.auditEvent.findMany({ where: { entityType: "AdverseEvent", entityId: id }, orderBy: { id: "asc" } });

describe("adverse events", () => {
  it("runs report → grade (serious) → analyse → close, with the 90-day deadline and an audit row per step", async () => {
    const w = await world();
    const created = await report(w);
    expect(created.reference).toMatch(/^UH-\d{4}-0001$/);
    const row = await db.adverseEvent.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.closeDueAt).toEqual(endOfDanishDay(addDays(danishDate(row.reportedAt), 90)));
    expect((await db.adverseEventParty.findMany({ where: { eventId: created.id } })).map((p) => p.organisationId).sort()).toEqual([w.region.id, w.roskilde.id, w.hospital.id].sort());

    // A serious grading without an analysis group is a field error, and nothing changes.
    await expect(gradeAdverseEvent(w.regional, { eventId: created.id, version: 1, grade: "SERIOUS", primaryHandlerOrganisationId: w.region.id })).rejects.toMatchObject({
      fieldErrors: { analysisGroup: ["adverseEvents.reason.analysisGroupRequired"] },
    });
    // The handler must be a party.
    await expect(gradeAdverseEvent(w.regional, { eventId: created.id, version: 1, grade: "NOT_SERIOUS", primaryHandlerOrganisationId: w.otherHospital.id })).rejects.toBeInstanceOf(InvalidError);
    expect((await audits(created.id)).map((a) => a.action)).toEqual(["adverseEvent.report"]);

    const graded = await gradeAdverseEvent(w.regional, {
      eventId: created.id,
      version: 1,
      grade: "SERIOUS",
      primaryHandlerOrganisationId: w.region.id,
      analysisGroup: "Risikomanager (region), sygeplejerske (hospital), sundhedsfaglig leder (kommune)",
    });
    expect(graded).toMatchObject({ status: "GRADED", version: 2 });
    // Only the primary handler analyses: the municipality may not.
    await expect(analyseAdverseEvent(w.municipal, { eventId: created.id, version: 2, analysis: "x" })).rejects.toMatchObject({ messageKey: "adverseEvents.reason.notHandler" });
    await analyseAdverseEvent(w.regional, { eventId: created.id, version: 2, analysis: "Udskrivningsproceduren manglede et trin for medicinafstemning." });
    const closed = await closeAdverseEvent(w.regional, {
      eventId: created.id,
      version: 3,
      actionPlan: "Tjekliste ved udskrivelse; FMK opdateres før udskrivelse.",
      implementationCriteria: "Hospitalet: tjeklisten i brug på alle afsnit. Kommunen: hjemmeplejen tjekker FMK ved første besøg.",
      summary: "Manglende medicinafstemning ved udskrivelse førte til forkert dosis i hjemmeplejen.",
    });
    expect(closed).toMatchObject({ status: "CLOSED", version: 4 });
    const after = await db.adverseEvent.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.closedAt! <= after.closeDueAt).toBe(true);

    const trail = await audits(created.id);
    expect(trail.map((a) => a.action)).toEqual(["adverseEvent.report", "adverseEvent.grade", "adverseEvent.analyse", "adverseEvent.close"]);
    expect(trail[1]).toMatchObject({ actorUserId: w.regional.userId, actorOrganisationId: w.region.id, before: { status: "REPORTED" }, after: { status: "GRADED", grade: "SERIOUS" } });

    // The anonymised summary reaches the network: no reference, no organisation names.
    const summaries = await listAdverseEventSummaries(w.coordinator);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ summary: expect.stringContaining("medicinafstemning"), sectors: ["HOSPITAL", "MUNICIPALITY", "REGION"] });
    expect(JSON.stringify(summaries)).not.toContain("DPSD");
  });

  it("a risk manager of an uninvolved hospital gets not-found and no access-log row; a party's read is logged", async () => {
    const w = await world();
    const created = await report(w);
    await expect(getAdverseEvent(w.outsider, { eventId: created.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAdverseEvent(w.coordinator, { eventId: created.id })).rejects.toBeInstanceOf(NotFoundError); // a party's coordinator is not a risk manager
    expect(await db.adverseEventAccessLog.count()).toBe(0);
    expect(await listAdverseEvents(w.outsider)).toEqual([]);
    await expect(gradeAdverseEvent(w.outsider, { eventId: created.id, version: 1, grade: "NOT_SERIOUS", primaryHandlerOrganisationId: w.region.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await audits(created.id)).length).toBe(1);

    const dto = await getAdverseEvent(w.regional, { eventId: created.id });
    expect(dto.steps).toEqual(["grade"]);
    const logs = await db.adverseEventAccessLog.findMany();
    expect(logs).toMatchObject([{ eventId: created.id, userId: w.regional.userId, organisationId: w.region.id, purpose: "view" }]);
    // The log is append-only.
    await expect(db.adverseEventAccessLog.deleteMany()).rejects.toThrow(/append-only/);
  });

  it("refuses a stale version (two risk managers grading at once) without a second audit row", async () => {
    const w = await world();
    const created = await report(w);
    await gradeAdverseEvent(w.municipal, { eventId: created.id, version: 1, grade: "NOT_SERIOUS", primaryHandlerOrganisationId: w.roskilde.id });
    await expect(gradeAdverseEvent(w.regional, { eventId: created.id, version: 1, grade: "SERIOUS", primaryHandlerOrganisationId: w.region.id, analysisGroup: "x" })).rejects.toBeInstanceOf(ConflictError);
    const row = await db.adverseEvent.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ grade: "NOT_SERIOUS", primaryHandlerOrganisationId: w.roskilde.id, version: 2 });
    expect((await audits(created.id)).map((a) => a.action)).toEqual(["adverseEvent.report", "adverseEvent.grade"]);
  });

  it("only a risk manager of the reporting organisation reports, and across sectors", async () => {
    const w = await world();
    await expect(reportAdverseEvent(w.coordinator, { reportingOrganisationId: w.roskilde.id, dpsdReference: "D", title: "T", description: "B", partyIds: [w.region.id] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reportAdverseEvent(w.municipal, { reportingOrganisationId: w.region.id, dpsdReference: "D", title: "T", description: "B", partyIds: [w.roskilde.id] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reportAdverseEvent(w.municipal, { reportingOrganisationId: w.roskilde.id, dpsdReference: "D", title: "T", description: "B", partyIds: [] })).rejects.toMatchObject({
      fieldErrors: { partyIds: ["adverseEvents.reason.otherPartyRequired"] },
    });
    expect(await db.adverseEvent.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });
});
