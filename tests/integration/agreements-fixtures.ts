/**
 * A small agreement world for the agreement integration tests: region R with municipalities M1 and
 * M2 (the parties), a GP clinic in R, an outside region R2 with municipality M9, one user per kind
 * of person, and helpers to put a version in any state and to prove that a refused operation
 * changed nothing.
 */
import { expect } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { DomainError } from "@/lib/domain/errors";
import { createDraft } from "@/lib/domain/agreements/create-draft";
import { addSection } from "@/lib/domain/agreements/add-section";
import { upsertObligation } from "@/lib/domain/agreements/upsert-obligation";

export async function agreementWorld() {
  const region = await createOrganisation("REGION", { name: "Region Testland" });
  const m1 = await createOrganisation("MUNICIPALITY", { name: "Aby Kommune", regionId: region.id });
  const m2 = await createOrganisation("MUNICIPALITY", { name: "Bby Kommune", regionId: region.id });
  const gpClinic = await createOrganisation("GP_CLINIC", { name: "Lægehuset", regionId: region.id });
  const region2 = await createOrganisation("REGION", { name: "Region Andetsted" });
  const m9 = await createOrganisation("MUNICIPALITY", { name: "Cby Kommune", regionId: region2.id });

  const person = async (organisationId: string, role: "COORDINATOR" | "CASEWORKER" | "CLINICIAN" | "READER", name: string) => {
    const user = await createUser([{ organisationId, role }], { name });
    return actorFor(user.id);
  };
  const actors = {
    regionCoordinator: await person(region.id, "COORDINATOR", "Rita Region"),
    m1Coordinator: await person(m1.id, "COORDINATOR", "Mads Aby"),
    m2Coordinator: await person(m2.id, "COORDINATOR", "Mia Bby"),
    m1Caseworker: await person(m1.id, "CASEWORKER", "Sara Sagsbehandler"),
    regionReader: await person(region.id, "READER", "Rene Læser"),
    gp: await person(gpClinic.id, "CLINICIAN", "Dr. Gert"),
    region2Coordinator: await person(region2.id, "COORDINATOR", "Ole Andetsted"),
    m9Coordinator: await person(m9.id, "COORDINATOR", "Nina Cby"),
  };
  const requirement = await db.requirement.create({
    data: {
      code: "5.2",
      title: "Henvisning og informationsudveksling",
      position: 1,
      items: {
        create: [
          { code: "5.2.a", text: "Det fremgår, hvordan der henvises.", position: 0 },
          { code: "5.2.b", text: "Der er aftalt elektronisk kommunikation.", position: 1 },
        ],
      },
    },
    include: { items: { orderBy: { position: "asc" } } },
  });
  return { region, m1, m2, gpClinic, region2, m9, actors, requirementItems: requirement.items };
}
export type World = Awaited<ReturnType<typeof agreementWorld>>;

/** A draft agreement of region R with a chapter 1, a section 1.1 under it and one obligation in 1.1. */
export async function draftWithContent(world: World) {
  const created = await createDraft(world.actors.regionCoordinator, {
    regionId: world.region.id,
    title: "Sundhedsaftale for Testland",
    periodStart: "2024-01-01",
    periodEnd: "2027-12-31",
    generation: 4,
  });
  const chapter = await addSection(world.actors.regionCoordinator, {
    versionId: created.id,
    kind: "CHAPTER",
    number: "1",
    title: "Forebyggelse",
    body: "Kapitlet om forebyggelse.",
    layer: "POLITICAL",
    area: "PREVENTION",
  });
  const section = await addSection(world.actors.regionCoordinator, {
    versionId: created.id,
    parentId: chapter.id,
    kind: "SECTION",
    number: "1.1",
    title: "Henvisning til forebyggelsestilbud",
    body: "Den praktiserende læge henviser borgeren. Kommunen sender kvittering for henvisningen.",
    layer: "ADMINISTRATIVE",
    area: "PREVENTION",
  });
  const obligation = await upsertObligation(world.actors.regionCoordinator, {
    sectionId: section.id,
    responsibleParty: "MUNICIPALITY",
    action: "sender kvittering for modtaget henvisning",
    trigger: "en henvisning er modtaget",
    deadlineAmount: "3",
    deadlineUnit: "WORKING_DAYS",
    channel: "MEDCOM_RECEIPT",
    modality: "MUST",
    source: "Afsnit 1.1",
    referralMilestone: "RECEIPT",
  });
  return { versionId: created.id, agreementId: created.agreementId, chapter, section, obligation };
}

/** Puts a version straight into a state (test setup, not a transition under test). */
export async function setStatus(versionId: string, status: AgreementStatus, extra: { inForceFrom?: Date | null } = {}) {
  await db.agreementVersion.update({ where: { id: versionId }, data: { status, ...extra } });
}

/** Every party's approval recorded directly (setup). */
export async function approveAllDirectly(world: World, versionId: string, except: string[] = []) {
  const parties = await db.agreementParty.findMany({ where: { versionId } });
  for (const p of parties) {
    if (except.includes(p.organisationId)) continue;
    await db.partyApproval.create({
      data: { versionId, organisationId: p.organisationId, approvedById: world.actors.regionCoordinator.userId, decidedOn: new Date("2024-01-01"), approvingBody: p.approvingBody },
    });
  }
}

export async function auditCount(action?: string) {
  return db.auditEvent.count({ where: action ? { action } : undefined });
}

/** Everything an agreement operation could touch, to prove a refusal changed nothing. */
export async function snapshot() {
  const [versions, sections, revisions, obligations, goals, indicators, measurements, assessments, links, responses, approvals, parties, audit] = await Promise.all([
    db.agreementVersion.findMany({ orderBy: { id: "asc" } }),
    db.section.findMany({ orderBy: { id: "asc" } }),
    db.sectionRevision.findMany({ orderBy: { id: "asc" } }),
    db.obligation.findMany({ orderBy: { id: "asc" } }),
    db.goal.findMany({ orderBy: { id: "asc" } }),
    db.indicator.findMany({ orderBy: { id: "asc" } }),
    db.measurement.findMany({ orderBy: { id: "asc" } }),
    db.requirementAssessment.findMany({ orderBy: { id: "asc" } }),
    db.requirementAssessmentSection.findMany({ orderBy: [{ assessmentId: "asc" }, { sectionId: "asc" }] }),
    db.consultationResponse.findMany({ orderBy: { id: "asc" } }),
    db.partyApproval.findMany({ orderBy: { id: "asc" } }),
    db.agreementParty.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
  return JSON.parse(
    JSON.stringify({ versions, sections, revisions, obligations, goals, indicators, measurements, assessments, links, responses, approvals, parties, audit }),
  );
}

/**
 * Runs an operation that must be refused: it fails with the expected kind (and reason, if given) and
 * leaves every agreement row exactly as it was, with no audit row added.
 */
export async function expectRefused(run: () => Promise<unknown>, kind: DomainError["kind"], messageKey?: string) {
  const before = await snapshot();
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(caught, "the operation should have been refused").toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect({ kind: error.kind, messageKey: messageKey ? error.messageKey : undefined }).toEqual({ kind, messageKey });
  expect(await snapshot()).toEqual(before);
  return error;
}

export type { Actor };
