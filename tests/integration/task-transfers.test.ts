/**
 * Task transfers against a real PostgreSQL: opened with short notice (flagged), both parties complete
 * their own part (a stale version is a conflict), the decision by a non-member of the responsible
 * forum is refused (row unchanged, no audit row), a member records it; scope refusals are 404.
 */
import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { openTaskTransfer } from "@/lib/domain/task-transfers/open-task-transfer";
import { updateDialoguePart } from "@/lib/domain/task-transfers/update-dialogue-part";
import { decideTaskTransfer } from "@/lib/domain/task-transfers/decide-task-transfer";
import { getTaskTransfer } from "@/lib/domain/task-transfers/get-task-transfer";
import { addMonths, danishDate } from "@/lib/calendar";

async function world() {
  const region = await createOrganisation("REGION", { name: "Region Sjælland" });
  const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune", regionId: region.id });
  const lejre = await createOrganisation("MUNICIPALITY", { name: "Lejre Kommune", regionId: region.id });
  const cluster = await db.forum.create({ data: { regionId: region.id, name: "Klynge Roskilde", kind: "CLUSTER" } });
  const regionCoordinator = await createUser([{ organisationId: region.id, role: "COORDINATOR" }]);
  const roskildeCoordinator = await createUser([{ organisationId: roskilde.id, role: "COORDINATOR" }]);
  const lejreCoordinator = await createUser([{ organisationId: lejre.id, role: "COORDINATOR" }]);
  const chair = await createUser([{ organisationId: lejre.id, role: "READER" }]);
  await db.forumMember.create({ data: { forumId: cluster.id, userId: chair.id, name: "Formand", party: "MUNICIPALITY", position: "CHAIR", periodFrom: new Date("2024-01-01") } });
  return {
    region,
    roskilde,
    cluster,
    regional: await actorFor(regionCoordinator.id),
    municipal: await actorFor(roskildeCoordinator.id),
    outsider: await actorFor(lejreCoordinator.id),
    chair: await actorFor(chair.id),
  };
}

const dialogue = { task: "Intravenøs antibiotika i eget hjem", patientGroup: "Borgere med urinvejsinfektion", patientsPerYear: "120", competences: "Oplæring af sygeplejersker", equipment: "Pumper", documentation: "FMK", economyTransferring: "Ingen driftsmidler følger", risks: "Weekenddækning" };

describe("task transfers", () => {
  it("a type B transfer with 3 months' notice is flagged, completed by both, and decided only by the cluster", async () => {
    const w = await world();
    const effectiveFrom = addMonths(danishDate(new Date()), 3);
    const opened = await openTaskTransfer(w.regional, { type: "B_CAPACITY", transferringOrganisationId: w.region.id, receivingOrganisationId: w.roskilde.id, effectiveFrom, ...dialogue });
    expect(opened).toMatchObject({ shortNotice: true, version: 1 });
    expect(opened.reference).toMatch(/^OO-\d{4}-0001$/);
    const row = await db.taskTransfer.findUniqueOrThrow({ where: { id: opened.id } });
    expect(row.forumId).toBe(w.cluster.id); // type B → the cluster steering group
    expect(row.patientsPerYear).toBe(120);

    // The municipality completes its part; it may not edit the region's.
    await expect(updateDialoguePart(w.municipal, "transferring", { transferId: opened.id, version: 1, ...dialogue, task: "Ændret" })).rejects.toBeInstanceOf(ForbiddenError);
    const saved = await updateDialoguePart(w.municipal, "receiving", { transferId: opened.id, version: 1, economyReceiving: "Ca. 0,5 årsværk", receivingAssessment: "Kan løftes med oplæring" });
    expect(saved.version).toBe(2);
    // The region saving with the version it first saw: a conflict, and the municipality's words stay.
    await expect(updateDialoguePart(w.regional, "transferring", { transferId: opened.id, version: 1, ...dialogue, risks: "Ny risiko" })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.taskTransfer.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({ economyReceiving: "Ca. 0,5 årsværk", risks: "Weekenddækning", version: 2 });

    // A party's coordinator is no member of the cluster: refused, row unchanged, no audit row.
    const auditsBefore = await db.auditEvent.count({ where: { entityId: opened.id } });
    await expect(decideTaskTransfer(w.municipal, { transferId: opened.id, version: 2, step: "agree" })).rejects.toMatchObject({ messageKey: "taskTransfers.reason.notForumMember" });
    expect(await db.taskTransfer.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({ status: "PROPOSED", version: 2 });
    expect(await db.auditEvent.count({ where: { entityId: opened.id } })).toBe(auditsBefore);

    const view = await getTaskTransfer(w.chair, { transferId: opened.id });
    expect(view.steps).toEqual(["agree", "notAgree"]);
    await decideTaskTransfer(w.chair, { transferId: opened.id, version: 2, step: "agree", note: "Aftalt i klyngestyregruppen" });
    expect(await db.taskTransfer.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({ status: "AGREED", version: 3, decisionNote: "Aftalt i klyngestyregruppen" });
    expect((await db.auditEvent.findMany({ where: { entityId: opened.id }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "taskTransfer.open",
      "taskTransfer.edit.receiving",
      "taskTransfer.agree",
    ]);
  });

  it("with six months' notice there is no flag; an uninvolved coordinator gets not-found", async () => {
    const w = await world();
    const opened = await openTaskTransfer(w.regional, { type: "A_DEVELOPMENT", transferringOrganisationId: w.region.id, receivingOrganisationId: w.roskilde.id, effectiveFrom: addMonths(danishDate(new Date()), 7), ...dialogue });
    expect(opened.shortNotice).toBe(false);
    await expect(getTaskTransfer(w.outsider, { transferId: opened.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateDialoguePart(w.outsider, "receiving", { transferId: opened.id, version: 1, economyReceiving: "x", receivingAssessment: "y" })).rejects.toBeInstanceOf(NotFoundError);
    // Two municipalities are one sector: no transfer between them.
    await expect(openTaskTransfer(w.municipal, { type: "B_CAPACITY", transferringOrganisationId: w.roskilde.id, receivingOrganisationId: (await db.organisation.findFirstOrThrow({ where: { name: "Lejre Kommune" } })).id, effectiveFrom: "2030-01-01", ...dialogue })).rejects.toMatchObject({ messageKey: "taskTransfers.reason.sameSector" });
  });
});
