/**
 * The agreement lifecycle against a real PostgreSQL: DRAFT → CONSULTATION → APPROVED → IN_FORCE →
 * SUPERSEDED / EXPIRED, amendments, and reading. Every allowed transition writes its audit row; every
 * refused one (by role, organisation and state) leaves all rows unchanged and writes no audit row.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { agreementWorld, approveAllDirectly, auditCount, draftWithContent, expectRefused, setStatus, type World } from "./agreements-fixtures";
import { createDraft } from "@/lib/domain/agreements/create-draft";
import { sendToConsultation } from "@/lib/domain/agreements/send-to-consultation";
import { recordConsultationResponse } from "@/lib/domain/agreements/record-consultation-response";
import { decideConsultationResponse } from "@/lib/domain/agreements/decide-consultation-response";
import { approveForParty } from "@/lib/domain/agreements/approve-for-party";
import { bringIntoForce } from "@/lib/domain/agreements/bring-into-force";
import { expireVersion } from "@/lib/domain/agreements/expire-version";
import { startAmendment } from "@/lib/domain/agreements/start-amendment";
import { updateSection } from "@/lib/domain/agreements/update-section";
import { addSection } from "@/lib/domain/agreements/add-section";
import { moveSection } from "@/lib/domain/agreements/move-section";
import { upsertObligation } from "@/lib/domain/agreements/upsert-obligation";
import { deleteObligation } from "@/lib/domain/agreements/delete-obligation";
import { upsertGoal } from "@/lib/domain/agreements/upsert-goal";
import { assessRequirement } from "@/lib/domain/agreements/assess-requirement";
import { updateVersionDetails } from "@/lib/domain/agreements/update-version-details";
import { getVersionDocument } from "@/lib/domain/agreements/get-version-document";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import { todayInDenmark } from "@/lib/domain/agreements/dates";

let world: World;
let draft: Awaited<ReturnType<typeof draftWithContent>>;
const TODAY = todayInDenmark();

beforeEach(async () => {
  world = await agreementWorld();
  draft = await draftWithContent(world);
});

const status = async (versionId = draft.versionId) => (await db.agreementVersion.findUniqueOrThrow({ where: { id: versionId } })).status;
const approve = (actor: World["actors"][keyof World["actors"]] | null, organisationId: string, versionId = draft.versionId) =>
  approveForParty(actor, { versionId, organisationId, decidedOn: "2024-06-01" });

describe("create a draft", () => {
  it("a region coordinator creates an agreement: version 1 DRAFT with the region and all its municipalities as parties", async () => {
    const before = await auditCount("agreement.create");
    const created = await createDraft(world.actors.regionCoordinator, {
      regionId: world.region.id,
      title: "Næste aftale",
      periodStart: "2028-01-01",
      periodEnd: "2031-12-31",
      generation: 5,
    });
    expect(created).toMatchObject({ number: 1, status: "DRAFT" });
    const parties = await db.agreementParty.findMany({ where: { versionId: created.id } });
    expect(parties.map((p) => [p.organisationId, p.partyKind, p.approvingBody]).sort()).toEqual(
      [
        [world.region.id, "REGION", "Regionsrådet"],
        [world.m1.id, "MUNICIPALITY", "Kommunalbestyrelsen"],
        [world.m2.id, "MUNICIPALITY", "Kommunalbestyrelsen"],
      ].sort(),
    );
    expect(await auditCount("agreement.create")).toBe(before + 1);
  });

  const input = () => ({ regionId: world.region.id, title: "X", periodStart: "2030-01-01", periodEnd: "2033-12-31", generation: 6 });
  it("refused: a municipality's coordinator", () =>
    expectRefused(() => createDraft(world.actors.m1Coordinator, input()), "forbidden", "agreements.reason.regionCoordinatorOnly"));
  it("refused: another region's coordinator", () =>
    expectRefused(() => createDraft(world.actors.region2Coordinator, input()), "forbidden", "agreements.reason.regionCoordinatorOnly"));
  it("refused: a GP", () => expectRefused(() => createDraft(world.actors.gp, input()), "forbidden", "agreements.reason.coordinatorsOnly"));
  it("refused: a region reader", () => expectRefused(() => createDraft(world.actors.regionReader, input()), "forbidden", "agreements.reason.coordinatorsOnly"));
  it("refused: signed out", () => expectRefused(() => createDraft(null, input()), "forbidden", "errors.signInRequired"));
  it("refused: the same period twice", () =>
    expectRefused(
      () => createDraft(world.actors.regionCoordinator, { ...input(), periodStart: "2024-01-01", periodEnd: "2027-12-31" }),
      "invalid",
      "errors.invalid",
    ));
  it("refused: a period that ends before it starts", () =>
    expectRefused(() => createDraft(world.actors.regionCoordinator, { ...input(), periodEnd: "2029-01-01" }), "invalid"));
});

describe("send to consultation", () => {
  it("a region coordinator sends a draft: CONSULTATION with start and deadline, audited", async () => {
    const result = await sendToConsultation(world.actors.regionCoordinator, { versionId: draft.versionId, consultationEndsAt: "2030-03-01" });
    expect(result.status).toBe("CONSULTATION");
    const row = await db.agreementVersion.findUniqueOrThrow({ where: { id: draft.versionId } });
    expect(row.consultationStartedAt).not.toBeNull();
    expect(row.consultationEndsAt?.toISOString().slice(0, 10)).toBe("2030-03-01");
    expect(await auditCount("agreementVersion.sendToConsultation")).toBe(1);
  });
  it("refused: a municipality's coordinator (a party, but not the region)", () =>
    expectRefused(() => sendToConsultation(world.actors.m1Coordinator, { versionId: draft.versionId }), "forbidden", "agreements.reason.regionCoordinatorOnly"));
  it("refused: a GP — the draft is not even visible", () =>
    expectRefused(() => sendToConsultation(world.actors.gp, { versionId: draft.versionId }), "not_found"));
  it("refused: another region's coordinator — not visible", () =>
    expectRefused(() => sendToConsultation(world.actors.region2Coordinator, { versionId: draft.versionId }), "not_found"));
  it("refused: signed out", () => expectRefused(() => sendToConsultation(null, { versionId: draft.versionId }), "forbidden", "errors.signInRequired"));
  for (const [state, reason] of [
    ["CONSULTATION", "agreements.reason.alreadyInConsultation"],
    ["APPROVED", "agreements.reason.notDraft"],
    ["IN_FORCE", "agreements.reason.notDraft"],
    ["EXPIRED", "agreements.reason.notDraft"],
    ["SUPERSEDED", "agreements.reason.notDraft"],
  ] as const) {
    it(`refused: from ${state}`, async () => {
      await setStatus(draft.versionId, state);
      await expectRefused(() => sendToConsultation(world.actors.regionCoordinator, { versionId: draft.versionId }), "forbidden", reason);
    });
  }
});

describe("consultation responses", () => {
  const response = () => ({ versionId: draft.versionId, respondent: "Danske Patienter", sectionId: draft.section.id, text: "Fristen bør være kortere.", receivedOn: "2024-05-01" });

  it("a party's coordinator records a response in consultation; the region decides its outcome with a comment", async () => {
    await setStatus(draft.versionId, "CONSULTATION");
    const recorded = await recordConsultationResponse(world.actors.m1Coordinator, response());
    expect(recorded.outcome).toBe("PENDING");
    const decided = await decideConsultationResponse(world.actors.regionCoordinator, {
      responseId: recorded.id,
      version: String(recorded.version),
      outcome: "NOTED",
      comment: "Taget til efterretning; fristen fastholdes.",
    });
    expect(decided.outcome).toBe("NOTED");
    const row = await db.consultationResponse.findUniqueOrThrow({ where: { id: recorded.id } });
    expect(row).toMatchObject({ outcome: "NOTED", comment: "Taget til efterretning; fristen fastholdes.", sectionId: draft.section.id });
    expect(await auditCount("consultationResponse.record")).toBe(1);
    expect(await auditCount("consultationResponse.decide")).toBe(1);
  });

  it("refused: recording a response on a draft", () =>
    expectRefused(() => recordConsultationResponse(world.actors.m1Coordinator, response()), "forbidden", "agreements.reason.notInConsultation"));
  it("refused: recording a response by a caseworker", async () => {
    await setStatus(draft.versionId, "CONSULTATION");
    await expectRefused(() => recordConsultationResponse(world.actors.m1Caseworker, response()), "not_found");
  });
  it("refused: recording a response on an approved version", async () => {
    await setStatus(draft.versionId, "APPROVED");
    await expectRefused(() => recordConsultationResponse(world.actors.m1Coordinator, response()), "forbidden", "agreements.reason.notInConsultation");
  });
  it("refused: a response on a section of another version", async () => {
    await setStatus(draft.versionId, "CONSULTATION");
    const other = await createDraft(world.actors.regionCoordinator, { regionId: world.region.id, title: "Y", periodStart: "2035-01-01", periodEnd: "2038-12-31", generation: 9 });
    await expectRefused(() => recordConsultationResponse(world.actors.m1Coordinator, { ...response(), versionId: other.id }), "forbidden", "agreements.reason.notInConsultation");
  });

  it("refused: a municipality deciding the outcome; a stale decision; deciding after approval", async () => {
    await setStatus(draft.versionId, "CONSULTATION");
    const recorded = await recordConsultationResponse(world.actors.m1Coordinator, response());
    const decide = (actor: World["actors"]["regionCoordinator"], version: number) =>
      decideConsultationResponse(actor, { responseId: recorded.id, version: String(version), outcome: "REJECTED", comment: "Afvist." });
    await expectRefused(() => decide(world.actors.m1Coordinator, recorded.version), "forbidden", "agreements.reason.regionCoordinatorOnly");
    await expectRefused(() => decide(world.actors.regionCoordinator, recorded.version + 1), "conflict");
    await setStatus(draft.versionId, "APPROVED");
    await expectRefused(() => decide(world.actors.regionCoordinator, recorded.version), "forbidden", "agreements.reason.notInConsultation");
  });
  it("refused: an outcome other than afvist / taget til efterretning", async () => {
    await setStatus(draft.versionId, "CONSULTATION");
    const recorded = await recordConsultationResponse(world.actors.m1Coordinator, response());
    await expectRefused(
      () => decideConsultationResponse(world.actors.regionCoordinator, { responseId: recorded.id, version: "1", outcome: "PENDING", comment: "x" }),
      "invalid",
    );
  });
});

describe("approval by every party", () => {
  beforeEach(async () => setStatus(draft.versionId, "CONSULTATION"));

  it("each party's coordinator approves for their own organisation; the last approval makes the version APPROVED", async () => {
    await approve(world.actors.m1Coordinator, world.m1.id);
    expect(await status()).toBe("CONSULTATION");
    await approve(world.actors.regionCoordinator, world.region.id);
    expect(await status()).toBe("CONSULTATION");
    const result = await approve(world.actors.m2Coordinator, world.m2.id);
    expect(result.status).toBe("APPROVED");
    const row = await db.agreementVersion.findUniqueOrThrow({ where: { id: draft.versionId }, include: { approvals: true } });
    expect(row.approvedAt).not.toBeNull();
    expect(row.approvals.map((a) => [a.organisationId, a.approvedById, a.decidedOn.toISOString().slice(0, 10)]).sort()).toEqual(
      [
        [world.m1.id, world.actors.m1Coordinator.userId, "2024-06-01"],
        [world.m2.id, world.actors.m2Coordinator.userId, "2024-06-01"],
        [world.region.id, world.actors.regionCoordinator.userId, "2024-06-01"],
      ].sort(),
    );
    expect(row.approvals.find((a) => a.organisationId === world.region.id)?.approvingBody).toBe("Regionsrådet");
    expect(await auditCount("partyApproval.record")).toBe(3);
    expect(await auditCount("agreementVersion.approve")).toBe(1);
  });

  it("parties approving at the same moment: all recorded, the version is APPROVED once", async () => {
    await Promise.all([
      approve(world.actors.m1Coordinator, world.m1.id),
      approve(world.actors.m2Coordinator, world.m2.id),
      approve(world.actors.regionCoordinator, world.region.id),
    ]);
    expect(await status()).toBe("APPROVED");
    expect(await auditCount("agreementVersion.approve")).toBe(1);
  });

  it("refused: a municipality's coordinator approving for another municipality", () =>
    expectRefused(() => approve(world.actors.m1Coordinator, world.m2.id), "forbidden", "agreements.reason.ownOrganisationOnly"));
  it("refused: a municipality's coordinator approving for the region", () =>
    expectRefused(() => approve(world.actors.m1Coordinator, world.region.id), "forbidden", "agreements.reason.ownOrganisationOnly"));
  it("refused: the region's coordinator approving for a municipality", () =>
    expectRefused(() => approve(world.actors.regionCoordinator, world.m1.id), "forbidden", "agreements.reason.ownOrganisationOnly"));
  it("refused: a GP (the version in consultation is not visible to them)", () => expectRefused(() => approve(world.actors.gp, world.m1.id), "not_found"));
  it("refused: a caseworker of the municipality", () => expectRefused(() => approve(world.actors.m1Caseworker, world.m1.id), "not_found"));
  it("refused: a coordinator of a municipality that is not a party", () =>
    expectRefused(() => approve(world.actors.m9Coordinator, world.m9.id), "not_found"));
  it("refused: signed out", () => expectRefused(() => approve(null, world.m1.id), "forbidden", "errors.signInRequired"));
  it("refused: approving twice", async () => {
    await approve(world.actors.m1Coordinator, world.m1.id);
    await expectRefused(() => approve(world.actors.m1Coordinator, world.m1.id), "forbidden", "agreements.reason.alreadyApproved");
  });
  it("refused: approving a draft (consultation first)", async () => {
    await setStatus(draft.versionId, "DRAFT");
    await expectRefused(() => approve(world.actors.m1Coordinator, world.m1.id), "forbidden", "agreements.reason.consultationFirst");
  });
  for (const state of ["APPROVED", "IN_FORCE", "EXPIRED", "SUPERSEDED"] as const) {
    it(`refused: approving a ${state} version`, async () => {
      await setStatus(draft.versionId, state);
      await expectRefused(() => approve(world.actors.m1Coordinator, world.m1.id), "forbidden", "agreements.reason.frozen");
    });
  }
  it("refused: while a consultation response waits for its outcome", async () => {
    await recordConsultationResponse(world.actors.m2Coordinator, { versionId: draft.versionId, respondent: "PLO", text: "Bemærkning.", receivedOn: "2024-05-02" });
    await expectRefused(() => approve(world.actors.m1Coordinator, world.m1.id), "forbidden", "agreements.reason.responsesPending");
  });
  it("refused: a decision date in the future", () =>
    expectRefused(() => approveForParty(world.actors.m1Coordinator, { versionId: draft.versionId, organisationId: world.m1.id, decidedOn: "2999-01-01" }), "invalid"));
});

describe("frozen: nobody edits an approved version, and edits stop once approvals begin", () => {
  for (const state of ["APPROVED", "IN_FORCE", "EXPIRED", "SUPERSEDED"] as const) {
    it(`${state}: every kind of edit is refused with the frozen message, for the region and the municipality`, async () => {
      await setStatus(draft.versionId, state);
      const [sectionRow, obligationRow] = await Promise.all([
        db.section.findUniqueOrThrow({ where: { id: draft.section.id } }),
        db.obligation.findUniqueOrThrow({ where: { id: draft.obligation.id } }),
      ]);
      for (const actor of [world.actors.regionCoordinator, world.actors.m1Coordinator]) {
        await expectRefused(
          () =>
            updateSection(actor, {
              sectionId: draft.section.id,
              version: String(sectionRow.version),
              kind: "SECTION",
              number: "1.1",
              title: "Ændret",
              body: "Ændret",
              layer: "ADMINISTRATIVE",
              area: "PREVENTION",
            }),
          "forbidden",
          "agreements.reason.frozen",
        );
        await expectRefused(
          () => addSection(actor, { versionId: draft.versionId, kind: "SECTION", number: "1.2", title: "Nyt", body: "", layer: "TOOLBOX", area: "GENERAL" }),
          "forbidden",
          "agreements.reason.frozen",
        );
        await expectRefused(() => moveSection(actor, { sectionId: draft.section.id, direction: "parent", parentId: "" }), "forbidden", "agreements.reason.frozen");
        await expectRefused(
          () =>
            upsertObligation(actor, {
              obligationId: draft.obligation.id,
              version: String(obligationRow.version),
              sectionId: draft.section.id,
              responsibleParty: "MUNICIPALITY",
              action: "sender kvittering",
              trigger: "henvisning modtaget",
              deadlineAmount: "5",
              deadlineUnit: "WORKING_DAYS",
              modality: "MUST",
            }),
          "forbidden",
          "agreements.reason.frozen",
        );
        await expectRefused(() => deleteObligation(actor, { obligationId: draft.obligation.id, version: "1" }), "forbidden", "agreements.reason.frozen");
        await expectRefused(
          () => upsertGoal(actor, { versionId: draft.versionId, kind: "GOAL", number: "M1", statement: "Mål", direction: "INCREASE" }),
          "forbidden",
          "agreements.reason.frozen",
        );
        const item = world.requirementItems[0];
        await expectRefused(() => assessRequirement(actor, { versionId: draft.versionId, itemId: item.id, status: "MET" }), "forbidden", "agreements.reason.frozen");
        await expectRefused(() => updateVersionDetails(actor, { versionId: draft.versionId, version: "1", label: "Ny" }), "forbidden", "agreements.reason.frozen");
      }
    });
  }

  it("in consultation, once a party has approved, the text is locked", async () => {
    await setStatus(draft.versionId, "CONSULTATION");
    await approve(world.actors.m2Coordinator, world.m2.id);
    const row = await db.section.findUniqueOrThrow({ where: { id: draft.section.id } });
    await expectRefused(
      () =>
        updateSection(world.actors.m1Coordinator, {
          sectionId: draft.section.id,
          version: String(row.version),
          kind: "SECTION",
          number: "1.1",
          title: "Ændret",
          body: "Ændret",
          layer: "ADMINISTRATIVE",
          area: "PREVENTION",
        }),
      "forbidden",
      "agreements.reason.approvalUnderway",
    );
  });
});

describe("bring into force, supersede, expire", () => {
  async function approvedVersion() {
    await setStatus(draft.versionId, "CONSULTATION");
    await approveAllDirectly(world, draft.versionId);
    await setStatus(draft.versionId, "APPROVED");
  }

  it("a region coordinator brings an approved version into force from its start date", async () => {
    await approvedVersion();
    const result = await bringIntoForce(world.actors.regionCoordinator, { versionId: draft.versionId });
    expect(result.status).toBe("IN_FORCE");
    const row = await db.agreementVersion.findUniqueOrThrow({ where: { id: draft.versionId } });
    expect(row.inForceFrom?.toISOString().slice(0, 10)).toBe("2024-01-01"); // the agreement's period start
    expect(await auditCount("agreementVersion.bringIntoForce")).toBe(1);
  });

  it("an amendment coming into force supersedes the version in force (in force to the day before)", async () => {
    await approvedVersion();
    await bringIntoForce(world.actors.regionCoordinator, { versionId: draft.versionId });
    const amendment = await startAmendment(world.actors.regionCoordinator, { versionId: draft.versionId, inForceFrom: "2025-03-01" });
    await setStatus(amendment.id, "CONSULTATION");
    await approveAllDirectly(world, amendment.id);
    await setStatus(amendment.id, "APPROVED");
    await bringIntoForce(world.actors.regionCoordinator, { versionId: amendment.id });
    const [v1, v2] = await Promise.all([
      db.agreementVersion.findUniqueOrThrow({ where: { id: draft.versionId } }),
      db.agreementVersion.findUniqueOrThrow({ where: { id: amendment.id } }),
    ]);
    expect([v1.status, v2.status]).toEqual(["SUPERSEDED", "IN_FORCE"]);
    expect(v1.inForceTo?.toISOString().slice(0, 10)).toBe("2025-02-28");
    expect(v2.inForceFrom?.toISOString().slice(0, 10)).toBe("2025-03-01");
    expect(await auditCount("agreementVersion.supersede")).toBe(1);
    expect(await db.agreementVersion.count({ where: { agreementId: draft.agreementId, status: "IN_FORCE" } })).toBe(1);
  });

  it("refused: before the start date", async () => {
    await approvedVersion();
    await db.agreementVersion.update({ where: { id: draft.versionId }, data: { inForceFrom: new Date("2999-01-01") } });
    await expectRefused(() => bringIntoForce(world.actors.regionCoordinator, { versionId: draft.versionId }), "forbidden", "agreements.reason.beforeStartDate");
  });
  it("refused: a municipality's coordinator", async () => {
    await approvedVersion();
    await expectRefused(() => bringIntoForce(world.actors.m1Coordinator, { versionId: draft.versionId }), "forbidden", "agreements.reason.regionCoordinatorOnly");
  });
  it("refused: a GP", async () => {
    await approvedVersion();
    await expectRefused(() => bringIntoForce(world.actors.gp, { versionId: draft.versionId }), "forbidden", "agreements.reason.coordinatorsOnly");
  });
  for (const [state, reason] of [
    ["DRAFT", "agreements.reason.notApproved"],
    ["CONSULTATION", "agreements.reason.notApproved"],
    ["IN_FORCE", "agreements.reason.alreadyInForce"],
    ["EXPIRED", "agreements.reason.notApproved"],
    ["SUPERSEDED", "agreements.reason.notApproved"],
  ] as const) {
    it(`refused: from ${state}`, async () => {
      await setStatus(draft.versionId, state);
      await expectRefused(() => bringIntoForce(world.actors.regionCoordinator, { versionId: draft.versionId }), "forbidden", reason);
    });
  }

  it("an in-force version expires after its period; not before; not by a municipality", async () => {
    await setStatus(draft.versionId, "IN_FORCE");
    await expectRefused(() => expireVersion(world.actors.regionCoordinator, { versionId: draft.versionId }), "forbidden", "agreements.reason.periodNotEnded");
    await db.agreement.update({ where: { id: draft.agreementId }, data: { periodStart: new Date("2015-01-01"), periodEnd: new Date("2018-12-31") } });
    await expectRefused(() => expireVersion(world.actors.m1Coordinator, { versionId: draft.versionId }), "forbidden", "agreements.reason.regionCoordinatorOnly");
    const result = await expireVersion(world.actors.regionCoordinator, { versionId: draft.versionId });
    expect(result.status).toBe("EXPIRED");
    expect(await auditCount("agreementVersion.expire")).toBe(1);
    await expectRefused(() => expireVersion(world.actors.regionCoordinator, { versionId: draft.versionId }), "forbidden", "agreements.reason.notInForce");
  });
});

describe("amendments", () => {
  it("copies an in-force version into a new DRAFT: same lineageIds, new ids, parties without approvals, revision 1 per section", async () => {
    await upsertGoal(world.actors.regionCoordinator, { versionId: draft.versionId, kind: "BENCHMARK", number: "P1", statement: "Færre genindlæggelser", direction: "DECREASE", sectionId: draft.section.id });
    await setStatus(draft.versionId, "CONSULTATION");
    await approveAllDirectly(world, draft.versionId);
    await setStatus(draft.versionId, "IN_FORCE");

    const amendment = await startAmendment(world.actors.regionCoordinator, { versionId: draft.versionId, label: "Tillæg om frister" });
    expect(amendment).toMatchObject({ number: 2, status: "DRAFT" });
    const [oldSections, newSections, oldObligations, newObligations, parties, approvals, revisions, goals] = await Promise.all([
      db.section.findMany({ where: { versionId: draft.versionId } }),
      db.section.findMany({ where: { versionId: amendment.id } }),
      db.obligation.findMany({ where: { section: { versionId: draft.versionId } } }),
      db.obligation.findMany({ where: { section: { versionId: amendment.id } } }),
      db.agreementParty.count({ where: { versionId: amendment.id } }),
      db.partyApproval.count({ where: { versionId: amendment.id } }),
      db.sectionRevision.findMany({ where: { section: { versionId: amendment.id } } }),
      db.goal.findMany({ where: { versionId: amendment.id } }),
    ]);
    expect(newSections.map((s) => s.lineageId).sort()).toEqual(oldSections.map((s) => s.lineageId).sort());
    expect(newSections.some((s) => oldSections.some((o) => o.id === s.id))).toBe(false);
    // The tree is rebuilt inside the new version.
    const newChapter = newSections.find((s) => s.number === "1")!;
    expect(newSections.find((s) => s.number === "1.1")!.parentId).toBe(newChapter.id);
    expect(newObligations.map((o) => o.lineageId)).toEqual(oldObligations.map((o) => o.lineageId));
    expect(newObligations[0].sectionId).toBe(newSections.find((s) => s.number === "1.1")!.id);
    expect(parties).toBe(3);
    expect(approvals).toBe(0);
    expect(revisions.map((r) => r.revision)).toEqual([1, 1]);
    expect(goals[0].sectionId).toBe(newSections.find((s) => s.number === "1.1")!.id);
    const row = await db.agreementVersion.findUniqueOrThrow({ where: { id: amendment.id } });
    expect(row).toMatchObject({ basedOnVersionId: draft.versionId, label: "Tillæg om frister" });
    expect(await auditCount("agreementVersion.amend")).toBe(1);
    // The amendment is a draft again: editable.
    const copy = newSections.find((s) => s.number === "1.1")!;
    await updateSection(world.actors.m1Coordinator, { sectionId: copy.id, version: "1", kind: "SECTION", number: "1.1", title: copy.title, body: "Ny tekst.", layer: "ADMINISTRATIVE", area: "PREVENTION" });
  });

  it("refused: a second open amendment", async () => {
    await setStatus(draft.versionId, "IN_FORCE");
    await startAmendment(world.actors.regionCoordinator, { versionId: draft.versionId });
    await expectRefused(() => startAmendment(world.actors.regionCoordinator, { versionId: draft.versionId }), "forbidden", "agreements.reason.openAmendmentExists");
  });
  it("refused: a municipality's coordinator", async () => {
    await setStatus(draft.versionId, "IN_FORCE");
    await expectRefused(() => startAmendment(world.actors.m1Coordinator, { versionId: draft.versionId }), "forbidden", "agreements.reason.regionCoordinatorOnly");
  });
  it("refused: a GP", async () => {
    await setStatus(draft.versionId, "IN_FORCE");
    await expectRefused(() => startAmendment(world.actors.gp, { versionId: draft.versionId }), "forbidden", "agreements.reason.coordinatorsOnly");
  });
  for (const state of ["DRAFT", "CONSULTATION", "EXPIRED", "SUPERSEDED"] as const) {
    it(`refused: amending a ${state} version`, async () => {
      await setStatus(draft.versionId, state);
      await expectRefused(() => startAmendment(world.actors.regionCoordinator, { versionId: draft.versionId }), "forbidden", "agreements.reason.amendOnlyCurrent");
    });
  }
});

describe("reading", () => {
  const read = (actor: World["actors"]["gp"] | null) => getVersionDocument(actor, { agreementId: draft.agreementId, number: "1" });

  it("a draft is visible to the parties' coordinators only", async () => {
    expect((await read(world.actors.regionCoordinator)).sections.map((s) => s.number)).toEqual(["1", "1.1"]);
    expect((await read(world.actors.m1Coordinator)).version.status).toBe("DRAFT");
    for (const actor of [null, world.actors.gp, world.actors.m1Caseworker, world.actors.regionReader, world.actors.m9Coordinator, world.actors.region2Coordinator]) {
      await expect(read(actor)).rejects.toMatchObject({ kind: "not_found" });
    }
    const anonymousList = await listAgreements(null);
    expect(anonymousList.regions.flatMap((r) => r.agreements)).toEqual([]);
    const coordinatorList = await listAgreements(world.actors.m1Coordinator);
    expect(coordinatorList.regions.flatMap((r) => r.agreements).map((a) => a.id)).toEqual([draft.agreementId]);
  });

  it("an in-force version is public, with its sections, obligations and parties", async () => {
    await setStatus(draft.versionId, "IN_FORCE");
    for (const actor of [null, world.actors.gp, world.actors.m9Coordinator]) {
      const doc = await read(actor);
      expect(doc.sections.map((s) => [s.number, s.depth])).toEqual([
        ["1", 0],
        ["1.1", 1],
      ]);
      expect(doc.sections[1].obligations[0]).toMatchObject({ deadlineAmount: 3, deadlineUnit: "WORKING_DAYS", referralMilestone: "RECEIPT" });
      expect(doc.parties[0].partyKind).toBe("REGION");
    }
    const list = await listAgreements(null);
    expect(list.regions.find((r) => r.id === world.region.id)?.agreements[0].current.status).toBe("IN_FORCE");
    expect(list.creatableRegions).toEqual([]);
    expect((await listAgreements(world.actors.regionCoordinator)).creatableRegions.map((r) => r.id)).toEqual([world.region.id]);
  });

  it(`today (${TODAY}) is a Danish calendar day`, () => {
    expect(TODAY).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
