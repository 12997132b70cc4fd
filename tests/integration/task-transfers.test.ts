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
import { addMilestone } from "@/lib/domain/task-transfers/add-milestone";
import { completeMilestone } from "@/lib/domain/task-transfers/complete-milestone";
import { evaluateTaskTransfer } from "@/lib/domain/task-transfers/evaluate-task-transfer";
import { listForumTaskTransfers } from "@/lib/domain/task-transfers/list-forum-task-transfers";

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

describe("the implementation plan and the evaluation", () => {
  it("after 'agreed': milestones by either party, each completed by its own party, then the evaluation ends the case", async () => {
    const w = await world();
    const opened = await openTaskTransfer(w.regional, { type: "B_CAPACITY", transferringOrganisationId: w.region.id, receivingOrganisationId: w.roskilde.id, effectiveFrom: addMonths(danishDate(new Date()), 3), ...dialogue });
    // No plan before the decision.
    await expect(addMilestone(w.regional, { transferId: opened.id, version: 1, title: "Oplæring", party: "receiving", dueOn: "2030-01-15" })).rejects.toMatchObject({ messageKey: "taskTransfers.reason.notAgreed" });
    await decideTaskTransfer(w.chair, { transferId: opened.id, version: 1, step: "agree" });

    const first = await addMilestone(w.regional, { transferId: opened.id, version: 2, title: "Oplæring af hjemmesygeplejen", party: "receiving", dueOn: "15.01.2030" });
    expect(first.version).toBe(3);
    const second = await addMilestone(w.municipal, { transferId: opened.id, version: 3, title: "Instruks og udstyr overdraget", party: "transferring", dueOn: "2030-02-01" });
    // A stale version is a conflict: nothing added, nothing audited.
    await expect(addMilestone(w.municipal, { transferId: opened.id, version: 3, title: "Dublet", party: "receiving", dueOn: "2030-02-01" })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.taskTransferMilestone.count({ where: { transferId: opened.id } })).toBe(2);
    // An uninvolved coordinator: not found; bad input: a field error.
    await expect(addMilestone(w.outsider, { transferId: opened.id, version: 4, title: "x", party: "receiving", dueOn: "2030-02-01" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addMilestone(w.regional, { transferId: opened.id, version: 4, title: "", party: "nobody", dueOn: "31.02.2030" })).rejects.toMatchObject({ fieldErrors: { title: expect.anything(), party: expect.anything(), dueOn: expect.anything() } });

    // The region may not complete the municipality's milestone; the row stays open, no audit row.
    const audits = await db.auditEvent.count({ where: { entityId: opened.id } });
    await expect(completeMilestone(w.regional, { transferId: opened.id, version: 4, milestoneId: first.milestoneId })).rejects.toMatchObject({ messageKey: "taskTransfers.reason.not.receiving" });
    expect(await db.taskTransferMilestone.findUniqueOrThrow({ where: { id: first.milestoneId } })).toMatchObject({ completedAt: null });
    expect(await db.auditEvent.count({ where: { entityId: opened.id } })).toBe(audits);
    // Evaluating before every milestone is done is refused.
    await expect(evaluateTaskTransfer(w.regional, { transferId: opened.id, version: 4, evaluation: "For tidligt" })).rejects.toMatchObject({ messageKey: "taskTransfers.reason.notImplemented" });

    await completeMilestone(w.municipal, { transferId: opened.id, version: 4, milestoneId: first.milestoneId });
    await expect(completeMilestone(w.municipal, { transferId: opened.id, version: 5, milestoneId: first.milestoneId })).rejects.toMatchObject({ messageKey: "taskTransfers.reason.milestoneDone" });
    await completeMilestone(w.regional, { transferId: opened.id, version: 5, milestoneId: second.milestoneId });
    const view = await getTaskTransfer(w.municipal, { transferId: opened.id });
    expect(view.plan).toEqual({ implemented: true, canAdd: true, canEvaluate: true });

    await evaluateTaskTransfer(w.municipal, { transferId: opened.id, version: 6, evaluation: "Overdraget som aftalt; weekenddækningen skal følges." });
    expect(await db.taskTransfer.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({ status: "EVALUATED", version: 7 });
    expect((await db.auditEvent.findMany({ where: { entityId: opened.id }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "taskTransfer.open",
      "taskTransfer.agree",
      "taskTransfer.milestone.add",
      "taskTransfer.milestone.add",
      "taskTransfer.milestone.complete",
      "taskTransfer.milestone.complete",
      "taskTransfer.evaluate",
    ]);
    // The case is over: no more milestones.
    await expect(addMilestone(w.regional, { transferId: opened.id, version: 7, title: "Efter", party: "receiving", dueOn: "2030-03-01" })).rejects.toMatchObject({ messageKey: "taskTransfers.reason.notAgreed" });
  });

  it("a milestone of another case is not found through this one", async () => {
    const w = await world();
    const effectiveFrom = addMonths(danishDate(new Date()), 8);
    const a = await openTaskTransfer(w.regional, { type: "B_CAPACITY", transferringOrganisationId: w.region.id, receivingOrganisationId: w.roskilde.id, effectiveFrom, ...dialogue });
    const b = await openTaskTransfer(w.regional, { type: "B_CAPACITY", transferringOrganisationId: w.region.id, receivingOrganisationId: w.roskilde.id, effectiveFrom, ...dialogue });
    await decideTaskTransfer(w.chair, { transferId: a.id, version: 1, step: "agree" });
    await decideTaskTransfer(w.chair, { transferId: b.id, version: 1, step: "agree" });
    const m = await addMilestone(w.regional, { transferId: a.id, version: 2, title: "Oplæring", party: "receiving", dueOn: "2030-01-15" });
    await expect(completeMilestone(w.municipal, { transferId: b.id, version: 2, milestoneId: m.milestoneId })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the notice the agreement states, and the forum's board", () => {
  it("an agreement in force with 3 months' notice: 4 months is enough; the cluster's board lists the case with its flag", async () => {
    const w = await world();
    const agreement = await db.agreement.create({ data: { regionId: w.region.id, title: "Sundhedsaftale (test)", periodStart: new Date("2024-01-01"), periodEnd: new Date("2027-12-31"), generation: 4, versions: { create: { number: 1, label: "Aftalen", status: "IN_FORCE" } } }, include: { versions: true } });
    const section = await db.section.create({ data: { versionId: agreement.versions[0].id, lineageId: `lin-${agreement.id}`, kind: "SECTION", number: "9.1", title: "Varsling", position: 0 } });
    await db.obligation.create({ data: { sectionId: section.id, lineageId: `obl-${agreement.id}`, responsibleParty: "REGION", action: "Varsle aktivitetsændringer", trigger: "Planlagt ændring", deadlineAmount: 3, deadlineUnit: "MONTHS", modality: "MUST", workflowDeadline: "TASK_TRANSFER_NOTICE" } });
    const fourMonths = await openTaskTransfer(w.regional, { type: "B_CAPACITY", transferringOrganisationId: w.region.id, receivingOrganisationId: w.roskilde.id, effectiveFrom: addMonths(danishDate(new Date()), 4), ...dialogue });
    const twoMonths = await openTaskTransfer(w.regional, { type: "B_CAPACITY", transferringOrganisationId: w.region.id, receivingOrganisationId: w.roskilde.id, effectiveFrom: addMonths(danishDate(new Date()), 2), ...dialogue });
    expect([fourMonths.shortNotice, twoMonths.shortNotice]).toEqual([false, true]);
    expect(await db.taskTransfer.findUniqueOrThrow({ where: { id: twoMonths.id } })).toMatchObject({ noticeMonths: 3 });

    const board = await listForumTaskTransfers(w.chair, { forumId: w.cluster.id });
    expect(board.map((x) => [x.reference, x.shortNotice])).toEqual([
      [twoMonths.reference, true],
      [fourMonths.reference, false],
    ]);
    // A coordinator of neither party and no seat sees none of the forum's cases.
    expect(await listForumTaskTransfers(w.outsider, { forumId: w.cluster.id })).toEqual([]);
  });
});
