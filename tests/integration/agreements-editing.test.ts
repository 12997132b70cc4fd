/**
 * Editing an agreement against a real PostgreSQL: sections (with a revision per save), no lost
 * updates (stale saves and a real race), structure moves, obligations with every structured field,
 * goals, indicators, measurements and the requirement checklist — allowed for the parties'
 * coordinators, refused for everyone else, refusals leaving everything unchanged.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { agreementWorld, auditCount, draftWithContent, expectRefused, setStatus, type World } from "./agreements-fixtures";
import { ConflictError, DomainError } from "@/lib/domain/errors";
import { isSectionConflict } from "@/lib/domain/agreements/conflict";
import { sideOf } from "@/lib/domain/agreements/diff";
import { updateSection } from "@/lib/domain/agreements/update-section";
import { addSection } from "@/lib/domain/agreements/add-section";
import { moveSection } from "@/lib/domain/agreements/move-section";
import { upsertObligation } from "@/lib/domain/agreements/upsert-obligation";
import { deleteObligation } from "@/lib/domain/agreements/delete-obligation";
import { upsertGoal } from "@/lib/domain/agreements/upsert-goal";
import { upsertIndicator } from "@/lib/domain/agreements/upsert-indicator";
import { recordMeasurement } from "@/lib/domain/agreements/record-measurement";
import { assessRequirement } from "@/lib/domain/agreements/assess-requirement";
import { updateVersionDetails } from "@/lib/domain/agreements/update-version-details";
import { getSectionForEdit } from "@/lib/domain/agreements/get-section-for-edit";
import { createDraft } from "@/lib/domain/agreements/create-draft";

let world: World;
let draft: Awaited<ReturnType<typeof draftWithContent>>;

beforeEach(async () => {
  world = await agreementWorld();
  draft = await draftWithContent(world);
});

const save = (actor: World["actors"]["gp"] | null, version: number, over: Record<string, string> = {}) =>
  updateSection(actor, {
    sectionId: draft.section.id,
    version: String(version),
    kind: "SECTION",
    number: "1.1",
    title: "Henvisning til forebyggelsestilbud",
    body: "Ny tekst.",
    layer: "ADMINISTRATIVE",
    area: "PREVENTION",
    ...over,
  });

describe("saving a section: every save is a revision", () => {
  it("a municipality's coordinator saves; the section version goes up and a revision records who and what", async () => {
    const saved = await save(world.actors.m1Coordinator, 1, { body: "Kommunen sender kvittering inden 3 hverdage." });
    expect(saved.version).toBe(2);
    const revisions = await db.sectionRevision.findMany({ where: { sectionId: draft.section.id }, orderBy: { revision: "asc" } });
    expect(revisions.map((r) => [r.revision, r.authorId, r.body])).toEqual([
      [1, world.actors.regionCoordinator.userId, "Den praktiserende læge henviser borgeren. Kommunen sender kvittering for henvisningen."],
      [2, world.actors.m1Coordinator.userId, "Kommunen sender kvittering inden 3 hverdage."],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "section.update" } });
    expect(audit).toMatchObject({ actorUserId: world.actors.m1Coordinator.userId, entityId: draft.section.id });
    expect((audit.after as { body: string }).body).toBe("Kommunen sender kvittering inden 3 hverdage.");
  });

  it("line breaks from a browser (CRLF) are stored as LF, so a diff shows only real changes", async () => {
    const saved = await save(world.actors.m1Coordinator, 1, { body: "Første afsnit.\r\n\r\nAndet afsnit.\r\n" });
    expect(saved.body).toBe("Første afsnit.\n\nAndet afsnit.\n");
  });

  it("a section without history (seeded) gets its starting revision on its first save", async () => {
    await db.sectionRevision.deleteMany({ where: { sectionId: draft.section.id } });
    await save(world.actors.regionCoordinator, 1);
    const revisions = await db.sectionRevision.findMany({ where: { sectionId: draft.section.id }, orderBy: { revision: "asc" } });
    expect(revisions.map((r) => [r.revision, r.authorId])).toEqual([
      [1, null],
      [2, world.actors.regionCoordinator.userId],
    ]);
  });

  it("refused: a GP (draft not visible), a caseworker, another region's coordinator, signed out", async () => {
    await expectRefused(() => save(world.actors.gp, 1), "not_found");
    await expectRefused(() => save(world.actors.m1Caseworker, 1), "not_found");
    await expectRefused(() => save(world.actors.region2Coordinator, 1), "not_found");
    await expectRefused(() => save(null, 1), "forbidden", "errors.signInRequired");
  });

  it("a GP reads an in-force version but never edits it", async () => {
    await setStatus(draft.versionId, "IN_FORCE");
    await expectRefused(() => save(world.actors.gp, 1), "forbidden", "agreements.reason.coordinatorsOnly");
    await expectRefused(() => save(world.actors.m9Coordinator, 1), "forbidden", "agreements.reason.notParty");
  });

  it("refused: a number another section already has; bad input", async () => {
    await expectRefused(() => save(world.actors.regionCoordinator, 1, { number: "1" }), "invalid");
    await expectRefused(() => save(world.actors.regionCoordinator, 1, { title: "" }), "invalid");
    await expectRefused(() => save(world.actors.regionCoordinator, 1, { layer: "SECRET" }), "invalid");
    await expectRefused(() => save(world.actors.regionCoordinator, 1, { number: "1.1; DROP" }), "invalid");
  });
});

describe("no lost updates", () => {
  it("a save with a stale version is refused with the other person's text, who saved it and what they changed", async () => {
    await save(world.actors.m1Coordinator, 1, { title: "Henvisning og kvittering", body: "Kommunen kvitterer inden 3 hverdage." });
    const error = await expectRefused(() => save(world.actors.m2Coordinator, 1, { body: "Min egen tekst." }), "conflict", "agreements.conflict.section");
    const current = (error as ConflictError).current;
    expect(isSectionConflict(current)).toBe(true);
    if (!isSectionConflict(current)) return;
    expect(current).toMatchObject({ title: "Henvisning og kvittering", body: "Kommunen kvitterer inden 3 hverdage.", version: 2, savedBy: "Mads Aby" });
    expect(error.params).toEqual({ name: "Mads Aby" });
    expect(sideOf(current.changes!.body, "before")).toBe("Den praktiserende læge henviser borgeren. Kommunen sender kvittering for henvisningen.");
    expect(sideOf(current.changes!.body, "after")).toBe("Kommunen kvitterer inden 3 hverdage.");
    expect(current.changes!.title.some((p) => p.kind === "added" && p.text.includes("kvittering"))).toBe(true);
    // Saving again with the version shown in the conflict goes through (the user has seen the other change).
    const saved = await save(world.actors.m2Coordinator, current.version, { body: "Min egen tekst." });
    expect(saved.version).toBe(3);
  });

  it("race: the same section saved twice at once with the same version — exactly one wins, the other gets the conflict", async () => {
    const auditBefore = await auditCount("section.update");
    const results = await Promise.allSettled([
      save(world.actors.m1Coordinator, 1, { body: "Aby's tekst." }),
      save(world.actors.m2Coordinator, 1, { body: "Bby's tekst." }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ConflictError);
    expect((lost[0].reason as DomainError).messageKey).toBe("agreements.conflict.section");

    const winnerBody = (won[0] as PromiseFulfilledResult<{ body: string }>).value.body;
    const row = await db.section.findUniqueOrThrow({ where: { id: draft.section.id } });
    expect(row).toMatchObject({ version: 2, body: winnerBody });
    const conflict = (lost[0].reason as ConflictError).current;
    expect(isSectionConflict(conflict) && conflict.body).toBe(winnerBody);
    expect(await db.sectionRevision.count({ where: { sectionId: draft.section.id } })).toBe(2);
    expect(await auditCount("section.update")).toBe(auditBefore + 1);
  });

  it("race with many editors: exactly one of ten wins", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => save(i % 2 ? world.actors.m1Coordinator : world.actors.regionCoordinator, 1, { body: `Tekst ${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError)).toHaveLength(9);
  });

  it("moving a section does not make an open text edit stale", async () => {
    await moveSection(world.actors.regionCoordinator, { sectionId: draft.section.id, direction: "parent", parentId: "" });
    expect((await save(world.actors.m1Coordinator, 1)).version).toBe(2);
  });
});

describe("structure: add and move sections", () => {
  it("adds sections as the parent's last child with a first revision", async () => {
    const added = await addSection(world.actors.m1Coordinator, {
      versionId: draft.versionId,
      parentId: draft.chapter.id,
      kind: "SECTION",
      number: "1.2",
      title: "Slutstatus",
      body: "Kommunen sender slutstatus.",
      layer: "ADMINISTRATIVE",
      area: "PREVENTION",
    });
    expect(added).toMatchObject({ parentId: draft.chapter.id, position: 1, version: 1 });
    expect(await db.sectionRevision.count({ where: { sectionId: added.id } })).toBe(1);
    await expectRefused(
      () => addSection(world.actors.m1Coordinator, { versionId: draft.versionId, kind: "SECTION", number: "1.2", title: "Dublet", layer: "ADMINISTRATIVE", area: "GENERAL" }),
      "invalid",
    );
    await expectRefused(
      () => addSection(world.actors.gp, { versionId: draft.versionId, kind: "SECTION", number: "9", title: "GP", layer: "ADMINISTRATIVE", area: "GENERAL" }),
      "not_found",
    );
  });

  it("moves up and down among siblings, re-parents, and never under itself", async () => {
    const second = await addSection(world.actors.regionCoordinator, {
      versionId: draft.versionId,
      parentId: draft.chapter.id,
      kind: "SECTION",
      number: "1.2",
      title: "Anden",
      layer: "ADMINISTRATIVE",
      area: "PREVENTION",
    });
    const order = async () =>
      (await db.section.findMany({ where: { versionId: draft.versionId, parentId: draft.chapter.id }, orderBy: { position: "asc" } })).map((s) => s.number);
    expect(await order()).toEqual(["1.1", "1.2"]);
    expect((await moveSection(world.actors.m2Coordinator, { sectionId: second.id, direction: "up" })).moved).toBe(true);
    expect(await order()).toEqual(["1.2", "1.1"]);
    const auditBefore = await auditCount("section.move");
    expect((await moveSection(world.actors.m2Coordinator, { sectionId: second.id, direction: "up" })).moved).toBe(false); // already first
    expect(await auditCount("section.move")).toBe(auditBefore);
    await moveSection(world.actors.m2Coordinator, { sectionId: second.id, direction: "down" });
    expect(await order()).toEqual(["1.1", "1.2"]);

    await moveSection(world.actors.m2Coordinator, { sectionId: second.id, direction: "parent", parentId: draft.section.id });
    expect((await db.section.findUniqueOrThrow({ where: { id: second.id } })).parentId).toBe(draft.section.id);

    await expectRefused(() => moveSection(world.actors.m2Coordinator, { sectionId: draft.chapter.id, direction: "parent", parentId: second.id }), "invalid");
    await expectRefused(() => moveSection(world.actors.m2Coordinator, { sectionId: draft.chapter.id, direction: "parent", parentId: draft.chapter.id }), "invalid");
    await expectRefused(() => moveSection(world.actors.m1Caseworker, { sectionId: second.id, direction: "up" }), "not_found");
    await expectRefused(() => moveSection(world.actors.m1Coordinator, { sectionId: second.id, direction: "sideways" }), "invalid");
  });
});

describe("obligations with every structured field", () => {
  const base = () => ({
    sectionId: draft.section.id,
    responsibleParty: "MUNICIPALITY",
    action: "sender slutstatus til den praktiserende læge",
    trigger: "forløbet afsluttes, eller borgeren falder fra",
    modality: "MUST",
  });

  it("creates and changes an obligation: party, action, trigger, deadline, channel, modality, source, milestone", async () => {
    const created = await upsertObligation(world.actors.m1Coordinator, {
      ...base(),
      deadlineAmount: "10",
      deadlineUnit: "WORKING_DAYS",
      channel: "MEDCOM_CLOSING_NOTE",
      source: "Sundhedsstyrelsen 2016",
      referralMilestone: "CLOSING_STATUS",
    });
    expect(created).toMatchObject({ deadlineAmount: 10, deadlineUnit: "WORKING_DAYS", channel: "MEDCOM_CLOSING_NOTE", referralMilestone: "CLOSING_STATUS", version: 1, position: 1 });
    const changed = await upsertObligation(world.actors.regionCoordinator, {
      ...base(),
      obligationId: created.id,
      version: "1",
      responsibleParty: "JOINT",
      modality: "COMMITS",
      deadlineAmount: "2",
      deadlineUnit: "WEEKS",
      channel: "",
      source: "",
      referralMilestone: "",
    });
    expect(changed).toMatchObject({ responsibleParty: "JOINT", modality: "COMMITS", deadlineAmount: 2, deadlineUnit: "WEEKS", channel: null, source: null, referralMilestone: null, version: 2 });
    expect(changed.lineageId).toBe(created.lineageId);
    expect(await auditCount("obligation.update")).toBe(1);
  });

  it("professional judgement has no amount; every other unit needs one; a milestone needs a hard deadline", async () => {
    const judged = await upsertObligation(world.actors.m1Coordinator, { ...base(), deadlineUnit: "PROFESSIONAL_JUDGEMENT", channel: "CARE_COMMUNICATION", modality: "SHOULD" });
    expect(judged).toMatchObject({ deadlineAmount: null, deadlineUnit: "PROFESSIONAL_JUDGEMENT", modality: "SHOULD" });
    for (const unit of ["HOURS", "CALENDAR_DAYS", "WORKING_DAYS", "WEEKS", "MONTHS"]) {
      expect((await upsertObligation(world.actors.m1Coordinator, { ...base(), deadlineAmount: "6", deadlineUnit: unit, modality: "MAY" })).deadlineUnit).toBe(unit);
    }
    const error = await expectRefused(() => upsertObligation(world.actors.m1Coordinator, { ...base(), deadlineAmount: "3", deadlineUnit: "PROFESSIONAL_JUDGEMENT" }), "invalid");
    expect(error.fieldErrors.deadlineAmount).toEqual(["validation.agreements.noAmountForJudgement"]);
    expect((await expectRefused(() => upsertObligation(world.actors.m1Coordinator, { ...base(), deadlineUnit: "WORKING_DAYS" }), "invalid")).fieldErrors.deadlineAmount).toEqual([
      "validation.agreements.amountRequired",
    ]);
    expect((await expectRefused(() => upsertObligation(world.actors.m1Coordinator, { ...base(), deadlineAmount: "3" }), "invalid")).fieldErrors.deadlineUnit).toEqual([
      "validation.agreements.unitRequired",
    ]);
    expect(
      (await expectRefused(() => upsertObligation(world.actors.m1Coordinator, { ...base(), deadlineUnit: "PROFESSIONAL_JUDGEMENT", referralMilestone: "DECISION" }), "invalid"))
        .fieldErrors.deadlineUnit,
    ).toEqual(["validation.agreements.milestoneNeedsDeadline"]);
    await expectRefused(() => upsertObligation(world.actors.m1Coordinator, { ...base(), modality: "OUGHT" }), "invalid");
    await expectRefused(() => upsertObligation(world.actors.m1Coordinator, { ...base(), deadlineAmount: "0", deadlineUnit: "HOURS" }), "invalid");
  });

  it("one obligation per referral milestone and version", async () => {
    const error = await expectRefused(
      () => upsertObligation(world.actors.m1Coordinator, { ...base(), deadlineAmount: "5", deadlineUnit: "WORKING_DAYS", referralMilestone: "RECEIPT" }),
      "invalid",
    );
    expect(error.fieldErrors.referralMilestone).toEqual(["validation.agreements.milestoneTaken"]);
    // …but the obligation that has it keeps it when saved again
    const saved = await upsertObligation(world.actors.m1Coordinator, {
      ...base(),
      obligationId: draft.obligation.id,
      version: "1",
      deadlineAmount: "5",
      deadlineUnit: "WORKING_DAYS",
      referralMilestone: "RECEIPT",
    });
    expect(saved.deadlineAmount).toBe(5);
  });

  it("a stale obligation save is refused with the current values; delete needs the current version too", async () => {
    await upsertObligation(world.actors.m1Coordinator, { ...base(), obligationId: draft.obligation.id, version: "1", deadlineAmount: "4", deadlineUnit: "WORKING_DAYS" });
    const error = await expectRefused(
      () => upsertObligation(world.actors.m2Coordinator, { ...base(), obligationId: draft.obligation.id, version: "1", deadlineAmount: "7", deadlineUnit: "WORKING_DAYS" }),
      "conflict",
      "agreements.conflict.row",
    );
    expect((error as ConflictError).current).toMatchObject({ kind: "row", version: 2, values: { deadlineAmount: "4" } });
    await expectRefused(() => deleteObligation(world.actors.m2Coordinator, { obligationId: draft.obligation.id, version: "1" }), "conflict");
    await deleteObligation(world.actors.m2Coordinator, { obligationId: draft.obligation.id, version: "2" });
    expect(await db.obligation.count({ where: { id: draft.obligation.id } })).toBe(0);
    expect(await auditCount("obligation.delete")).toBe(1);
  });

  it("refused: a GP and a caseworker; an obligation of another version", async () => {
    await expectRefused(() => upsertObligation(world.actors.gp, base()), "not_found");
    await expectRefused(() => upsertObligation(world.actors.m1Caseworker, base()), "not_found");
    // An obligation of another agreement, addressed through this version's section: not found.
    const created = await createDraft(world.actors.regionCoordinator, { regionId: world.region.id, title: "Anden", periodStart: "2040-01-01", periodEnd: "2043-12-31", generation: 9 });
    const s = await addSection(world.actors.regionCoordinator, { versionId: created.id, kind: "SECTION", number: "1", title: "A", layer: "ADMINISTRATIVE", area: "GENERAL" });
    const foreign = await upsertObligation(world.actors.regionCoordinator, { sectionId: s.id, responsibleParty: "REGION", action: "a", trigger: "t", modality: "MUST" });
    await expectRefused(() => upsertObligation(world.actors.regionCoordinator, { ...base(), obligationId: foreign.id, version: "1" }), "not_found");
  });
});

describe("goals, indicators and measurements", () => {
  it("a goal with an indicator (baseline, target, unit, method, source, frequency, forum) and measurements over time", async () => {
    const forum = await db.forum.create({ data: { regionId: world.region.id, name: "Den administrative styregruppe", kind: "ADMINISTRATIVE_FORUM" } });
    const goal = await upsertGoal(world.actors.m1Coordinator, {
      versionId: draft.versionId,
      kind: "BENCHMARK",
      number: "P3",
      statement: "Færre forebyggelige indlæggelser",
      direction: "DECREASE",
      sectionId: draft.section.id,
    });
    const indicator = await upsertIndicator(world.actors.m1Coordinator, {
      goalId: goal.id,
      name: "Forebyggelige indlæggelser pr. 1.000 ældre",
      baseline: "1.234,5",
      baselineYear: "2014",
      target: "40",
      targetYear: "2018",
      unit: "pr. 1.000",
      method: "Opgjort efter Sundhedsdatastyrelsens definition",
      dataSource: "Landspatientregistret",
      frequency: "QUARTERLY",
      responsibleForumId: forum.id,
    });
    expect(indicator).toMatchObject({ baseline: "1234.5", target: "40", frequency: "QUARTERLY", responsibleForumId: forum.id });
    await recordMeasurement(world.actors.regionCoordinator, { indicatorId: indicator.id, measuredOn: "2015-03-31", value: "50,2" });
    const corrected = await recordMeasurement(world.actors.regionCoordinator, { indicatorId: indicator.id, measuredOn: "2015-03-31", value: "49,8", note: "Rettet" });
    expect(corrected.value).toBe("49.8");
    expect(await db.measurement.count({ where: { indicatorId: indicator.id } })).toBe(1);
    expect(await auditCount("measurement.correct")).toBe(1);

    const updated = await upsertGoal(world.actors.m2Coordinator, {
      goalId: goal.id,
      version: "1",
      versionId: draft.versionId,
      kind: "BENCHMARK",
      number: "P3",
      statement: "Færre forebyggelige indlæggelser",
      direction: "DECREASE",
      midTermStatus: "Midtvejsstatus: faldet 5 %",
    });
    expect(updated).toMatchObject({ version: 2, midTermStatus: "Midtvejsstatus: faldet 5 %", sectionId: null });
    await expectRefused(
      () => upsertGoal(world.actors.m2Coordinator, { goalId: goal.id, version: "1", versionId: draft.versionId, kind: "GOAL", number: "P3", statement: "x", direction: "INCREASE" }),
      "conflict",
    );
    // A forum of another region is not a valid responsible forum.
    const foreign = await db.forum.create({ data: { regionId: world.region2.id, name: "Fremmed forum", kind: "NETWORK" } });
    await expectRefused(
      () => upsertIndicator(world.actors.m1Coordinator, { goalId: goal.id, name: "X", unit: "%", frequency: "ANNUAL", responsibleForumId: foreign.id }),
      "invalid",
    );
    await expectRefused(() => upsertIndicator(world.actors.m1Coordinator, { goalId: goal.id, name: "X", unit: "%", frequency: "ANNUAL", baseline: "mange" }), "invalid");

    // Measurements are follow-up: recorded while the agreement is in force, not on a superseded version.
    await setStatus(draft.versionId, "IN_FORCE");
    await recordMeasurement(world.actors.m1Coordinator, { indicatorId: indicator.id, measuredOn: "2016-03-31", value: "45" });
    await expectRefused(() => recordMeasurement(world.actors.gp, { indicatorId: indicator.id, measuredOn: "2016-06-30", value: "44" }), "forbidden", "agreements.reason.coordinatorsOnly");
    await setStatus(draft.versionId, "SUPERSEDED");
    await expectRefused(
      () => recordMeasurement(world.actors.m1Coordinator, { indicatorId: indicator.id, measuredOn: "2016-06-30", value: "44" }),
      "forbidden",
      "agreements.reason.superseded",
    );
  });
});

describe("the requirement checklist", () => {
  it("assesses a sub-point (met / partly / missing) with linked sections and a comment; later changes carry the version", async () => {
    const item = world.requirementItems[0];
    const first = await assessRequirement(world.actors.m1Coordinator, {
      versionId: draft.versionId,
      itemId: item.id,
      status: "PARTLY",
      comment: "Henvisningen er beskrevet, samtykke mangler.",
      sectionIds: [draft.section.id, draft.chapter.id],
    });
    expect(first).toMatchObject({ status: "PARTLY", version: 1 });
    const second = await assessRequirement(world.actors.regionCoordinator, { versionId: draft.versionId, itemId: item.id, version: "1", status: "MET", sectionIds: draft.section.id });
    expect(second).toMatchObject({ status: "MET", version: 2, sectionIds: [draft.section.id] });
    const links = await db.requirementAssessmentSection.findMany({ where: { assessmentId: first.id } });
    expect(links.map((l) => l.sectionId)).toEqual([draft.section.id]);

    await expectRefused(() => assessRequirement(world.actors.m2Coordinator, { versionId: draft.versionId, itemId: item.id, version: "1", status: "MISSING" }), "conflict");
    await expectRefused(() => assessRequirement(world.actors.m2Coordinator, { versionId: draft.versionId, itemId: item.id, status: "MISSING" }), "conflict");
    await expectRefused(() => assessRequirement(world.actors.m2Coordinator, { versionId: draft.versionId, itemId: item.id, version: "2", status: "GREAT" }), "invalid");
    await expectRefused(() => assessRequirement(world.actors.gp, { versionId: draft.versionId, itemId: item.id, version: "2", status: "MET" }), "not_found");
    await expectRefused(
      () => assessRequirement(world.actors.m2Coordinator, { versionId: draft.versionId, itemId: world.requirementItems[1].id, status: "MET", sectionIds: ["not-a-section"] }),
      "invalid",
    );
  });
});

describe("version details and the edit view", () => {
  it("changes label and start date with the version; stale is a conflict", async () => {
    const updated = await updateVersionDetails(world.actors.m1Coordinator, { versionId: draft.versionId, version: "1", label: "Udkast 2", inForceFrom: "2024-02-01" });
    expect(updated.version).toBe(2);
    await expectRefused(() => updateVersionDetails(world.actors.m2Coordinator, { versionId: draft.versionId, version: "1", label: "Andet" }), "conflict");
  });

  it("the edit view says whether the actor may edit, and offers parents outside the section's own subtree", async () => {
    const view = await getSectionForEdit(world.actors.m1Coordinator, { sectionId: draft.chapter.id });
    expect(view.canEdit).toEqual({ allowed: true });
    expect(view.possibleParents).toEqual([]); // 1.1 is below the chapter
    const sectionView = await getSectionForEdit(world.actors.m1Coordinator, { sectionId: draft.section.id });
    expect(sectionView.possibleParents.map((p) => p.number)).toEqual(["1"]);
    await setStatus(draft.versionId, "IN_FORCE");
    expect((await getSectionForEdit(world.actors.m1Coordinator, { sectionId: draft.section.id })).canEdit).toEqual({ allowed: false, reason: "agreements.reason.frozen" });
    expect((await getSectionForEdit(world.actors.gp, { sectionId: draft.section.id })).canEdit).toEqual({ allowed: false, reason: "agreements.reason.coordinatorsOnly" });
  });
});
