/**
 * The aids responsibility catalogue (issue 14, part 1) through the real domain operations: who reads
 * (region members, the public when the region chooses), who edits (coordinators in the aids council),
 * proposals from anyone who reads, decided by the council at its meeting; revisions, the diff, stale
 * versions, and an audit row with every change (none with a refusal).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import type { ForumPosition } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/domain/errors";
import { getAidCatalogue } from "@/lib/domain/aids/get-aid-catalogue";
import { getAidItem } from "@/lib/domain/aids/get-aid-item";
import { searchAids } from "@/lib/domain/aids/search-aids";
import { createAidItem } from "@/lib/domain/aids/create-aid-item";
import { updateAidItem } from "@/lib/domain/aids/update-aid-item";
import { proposeAidChange } from "@/lib/domain/aids/propose-aid-change";
import { decideAidProposal } from "@/lib/domain/aids/decide-aid-proposal";
import { setAidCataloguePublic } from "@/lib/domain/aids/set-aid-catalogue-public";
import { listAidProposals } from "@/lib/domain/aids/list-aid-proposals";

type Who = "regionCoordinatorInCouncil" | "municipalCoordinatorInCouncil" | "municipalCoordinator" | "nurse" | "hospitalClinician" | "gp" | "otherRegionCoordinator" | "councilChairNurse";
const people = {} as Record<Who, Actor>;
let catalogue: { id: string; regionId: string; version: number };
let council: { id: string };
let meeting: { id: string };
let otherMeeting: { id: string };
let walker: { id: string; version: number };

const walkerContent = {
  number: "2.01",
  name: "Gangredskab (gangstativ, gangbuk)",
  category: "SOCIAL_AID",
  description: "Gangredskaber til borgere med nedsat gangfunktion.",
  synonyms: "gangvogn",
  temporaryAssessment: "MUNICIPALITY",
  temporarySupply: "MUNICIPALITY",
  temporaryInstruction: "MUNICIPALITY",
  temporaryMaintenance: "MUNICIPALITY",
  temporaryLegalBasis: "sundhedslovens §140",
  temporaryNote: "",
  permanentAssessment: "MUNICIPALITY",
  permanentSupply: "MUNICIPALITY",
  permanentInstruction: "MUNICIPALITY",
  permanentMaintenance: "MUNICIPALITY",
  permanentLegalBasis: "servicelovens §112",
  permanentNote: "",
  notes: "",
} as const;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const auditCount = (action: string) => db.auditEvent.count({ where: { action } });

async function person(organisationId: string, role: "COORDINATOR" | "CASEWORKER" | "CLINICIAN", seat?: ForumPosition): Promise<Actor> {
  const user = await createUser([{ organisationId, role }]);
  if (seat) await db.forumMember.create({ data: { forumId: council.id, userId: user.id, name: user.name, party: "MUNICIPALITY", position: seat, periodFrom: new Date("2020-01-01") } });
  return actorFor(user.id);
}

beforeEach(async () => {
  const region = await createOrganisation("REGION", { name: "Region Sjælland" });
  const otherRegion = await createOrganisation("REGION", { name: "Region Syddanmark" });
  const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune", regionId: region.id });
  const hospital = await createOrganisation("HOSPITAL", { name: "Sjællands Universitetshospital", regionId: region.id });
  const clinic = await createOrganisation("GP_CLINIC", { name: "Lægerne i Roskilde", regionId: region.id });
  const odense = await createOrganisation("MUNICIPALITY", { name: "Odense Kommune", regionId: otherRegion.id });
  council = await db.forum.create({ data: { regionId: region.id, name: "Hjælpemiddelrådet", kind: "AIDS_COUNCIL" } });
  const otherForum = await db.forum.create({ data: { regionId: region.id, name: "Styregruppen", kind: "ADMINISTRATIVE_FORUM" } });
  meeting = await db.meeting.create({ data: { forumId: council.id, startsAt: new Date("2026-11-20T09:00:00Z"), status: "HELD" } });
  otherMeeting = await db.meeting.create({ data: { forumId: otherForum.id, startsAt: new Date("2026-11-21T09:00:00Z"), status: "HELD" } });
  catalogue = await db.aidCatalogue.create({ data: { regionId: region.id }, select: { id: true, regionId: true, version: true } });
  await db.aidCatalogue.create({ data: { regionId: otherRegion.id } });
  people.regionCoordinatorInCouncil = await person(region.id, "COORDINATOR", "MEMBER");
  people.municipalCoordinatorInCouncil = await person(roskilde.id, "COORDINATOR", "MEMBER");
  people.municipalCoordinator = await person(roskilde.id, "COORDINATOR");
  people.nurse = await person(roskilde.id, "CASEWORKER");
  people.councilChairNurse = await person(roskilde.id, "CASEWORKER", "CHAIR");
  people.hospitalClinician = await person(hospital.id, "CLINICIAN");
  people.gp = await person(clinic.id, "CLINICIAN");
  people.otherRegionCoordinator = await person(odense.id, "COORDINATOR");
  walker = await createAidItem(people.municipalCoordinatorInCouncil, { catalogueId: catalogue.id, ...walkerContent });
});

describe("reading", () => {
  it("region, hospital and municipality users read; general practice, another region and the public do not (404)", async () => {
    for (const who of ["nurse", "hospitalClinician", "municipalCoordinator"] as const) {
      const view = await getAidCatalogue(people[who], { regionId: catalogue.regionId });
      expect(view.items.map((i) => i.name)).toEqual([walkerContent.name]);
    }
    for (const actor of [people.gp, people.otherRegionCoordinator, null]) {
      expect((await refusal(getAidCatalogue(actor, { regionId: catalogue.regionId }))).kind).toBe("not_found");
      expect((await refusal(getAidItem(actor, { itemId: walker.id }))).kind).toBe("not_found");
      expect((await refusal(searchAids(actor, { regionId: catalogue.regionId, q: "rollator" }))).kind).toBe("not_found");
    }
  });

  it("the region makes its catalogue public: then everyone reads it; a municipality cannot", async () => {
    const forbidden = await refusal(setAidCataloguePublic(people.municipalCoordinatorInCouncil, { catalogueId: catalogue.id, version: 1, isPublic: "on" }));
    expect([forbidden.kind, forbidden.messageKey]).toEqual(["forbidden", "aids.reason.regionCoordinatorOnly"]);
    expect(await auditCount("aidCatalogue.setPublic")).toBe(0);
    await setAidCataloguePublic(people.regionCoordinatorInCouncil, { catalogueId: catalogue.id, version: 1, isPublic: "on" });
    expect(await auditCount("aidCatalogue.setPublic")).toBe(1);
    expect((await getAidCatalogue(null, { regionId: catalogue.regionId })).items).toHaveLength(1);
    expect((await getAidItem(people.gp, { itemId: walker.id })).item.id).toBe(walker.id);
    const stale = await refusal(setAidCataloguePublic(people.regionCoordinatorInCouncil, { catalogueId: catalogue.id, version: 1, isPublic: "" }));
    expect(stale.kind).toBe("conflict");
  });

  it("the lookup finds the walking aid for 'rollator' and answers for the temporary need in one line", async () => {
    const found = await searchAids(people.nurse, { regionId: catalogue.regionId, q: "rollator midlertidigt" });
    expect(found.use).toBe("TEMPORARY");
    expect(found.results.map((r) => r.item.id)).toEqual([walker.id]);
    expect(found.results[0].answers).toEqual([{ use: "TEMPORARY", party: "MUNICIPALITY", legalBasis: "sundhedslovens §140", note: "" }]);
    expect((await searchAids(people.nurse, { regionId: catalogue.regionId, q: "gangstatv" })).results.map((r) => r.item.id)).toEqual([walker.id]); // a typo
    expect((await searchAids(people.nurse, { regionId: catalogue.regionId, q: "iltkoncentrator" })).results).toEqual([]);
  });
});

describe("editing", () => {
  it("creating wrote revision 1 and one audit row", async () => {
    expect(await db.aidItemRevision.count({ where: { itemId: walker.id } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "aidItem.create", entityId: walker.id } });
    expect(audit.actorUserId).toBe(people.municipalCoordinatorInCouncil.userId);
  });

  it("a coordinator without a council seat, a council member who is no coordinator: forbidden, nothing written", async () => {
    for (const who of ["municipalCoordinator", "councilChairNurse"] as const) {
      const error = await refusal(updateAidItem(people[who], { itemId: walker.id, version: walker.version, ...walkerContent, name: "Ændret" }));
      expect([error.kind, error.messageKey]).toEqual(["forbidden", "aids.reason.councilCoordinatorOnly"]);
      const created = await refusal(createAidItem(people[who], { catalogueId: catalogue.id, ...walkerContent, number: "9.99" }));
      expect(created.kind).toBe("forbidden");
    }
    expect((await refusal(updateAidItem(people.otherRegionCoordinator, { itemId: walker.id, version: 1, ...walkerContent }))).kind).toBe("not_found");
    expect(await db.aidItem.findUniqueOrThrow({ where: { id: walker.id } })).toMatchObject({ name: walkerContent.name, version: 1 });
    expect(await auditCount("aidItem.update")).toBe(0);
    expect(await db.aidItem.count()).toBe(1);
  });

  it("a save is a revision with a diff; a stale version is a conflict and writes nothing", async () => {
    const saved = await updateAidItem(people.regionCoordinatorInCouncil, { itemId: walker.id, version: 1, ...walkerContent, temporarySupply: "REGION", temporaryNote: "Ved udskrivning udlåner sygehuset de første 14 dage." });
    expect(saved.version).toBe(2);
    const stale = await refusal(updateAidItem(people.municipalCoordinatorInCouncil, { itemId: walker.id, version: 1, ...walkerContent, name: "Mit navn" }));
    expect([stale.kind, stale.messageKey]).toEqual(["conflict", "aids.conflict"]);
    expect((await db.aidItem.findUniqueOrThrow({ where: { id: walker.id } })).name).toBe(walkerContent.name);
    expect(await auditCount("aidItem.update")).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "aidItem.update" } });
    expect(audit.before).toMatchObject({ temporarySupply: "MUNICIPALITY", version: 1 });
    expect(audit.after).toMatchObject({ temporarySupply: "REGION", version: 2 });

    const view = await getAidItem(people.nurse, { itemId: walker.id });
    expect(view.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(view.diff.map((c) => c.field)).toEqual(["temporarySupply", "temporaryNote"]);
    expect(view.diff[1].parts).toEqual([{ kind: "added", text: "Ved udskrivning udlåner sygehuset de første 14 dage." }]);
  });

  it("a number already used in the catalogue is a field error", async () => {
    const error = await refusal(createAidItem(people.regionCoordinatorInCouncil, { catalogueId: catalogue.id, ...walkerContent }));
    expect(error.kind).toBe("invalid");
    expect(error.fieldErrors.number).toEqual(["validation.aids.numberTaken"]);
  });
});

describe("proposals", () => {
  async function nurseProposes() {
    return proposeAidChange(people.nurse, {
      catalogueId: catalogue.id,
      itemId: walker.id,
      baseVersion: String(walker.version),
      ...walkerContent,
      synonyms: "gangvogn, rollator",
      justification: "Borgerne siger rollator.",
    });
  }

  it("anyone who reads proposes; general practice (catalogue not public) gets not-found", async () => {
    const proposal = await nurseProposes();
    expect(await db.aidProposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "PENDING", baseVersion: 1 });
    expect(await auditCount("aidProposal.create")).toBe(1);
    expect((await refusal(proposeAidChange(people.gp, { catalogueId: catalogue.id, ...walkerContent, number: "2.02", justification: "x" }))).kind).toBe("not_found");
    expect(await db.aidProposal.count()).toBe(1);
    const list = await listAidProposals(people.councilChairNurse, { regionId: catalogue.regionId });
    expect(list.mayDecide).toBe(true);
    expect(list.proposals[0].changes.map((c) => c.field)).toEqual(["synonyms"]);
  });

  it("a decision by someone outside the council is refused: proposal unchanged, no audit row", async () => {
    const proposal = await nurseProposes();
    for (const who of ["nurse", "municipalCoordinator", "hospitalClinician"] as const) {
      const error = await refusal(decideAidProposal(people[who], { proposalId: proposal.id, version: 1, outcome: "ACCEPTED", reason: "Fint", meetingId: meeting.id }));
      expect([error.kind, error.messageKey]).toEqual(["forbidden", "aids.reason.councilOnly"]);
    }
    expect(await db.aidProposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "PENDING", version: 1, decidedById: null });
    expect(await auditCount("aidProposal.decide")).toBe(0);
    expect((await db.aidItem.findUniqueOrThrow({ where: { id: walker.id } })).version).toBe(1);
  });

  it("the council accepts at its meeting: the aid gets the proposed text as a revision linked to the proposal", async () => {
    const proposal = await nurseProposes();
    const wrongMeeting = await refusal(decideAidProposal(people.councilChairNurse, { proposalId: proposal.id, version: 1, outcome: "ACCEPTED", reason: "Fint", meetingId: otherMeeting.id }));
    expect(wrongMeeting.fieldErrors.meetingId).toEqual(["validation.aids.meetingNotCouncil"]);
    const noReason = await refusal(decideAidProposal(people.councilChairNurse, { proposalId: proposal.id, version: 1, outcome: "ACCEPTED", reason: "", meetingId: meeting.id }));
    expect(noReason.fieldErrors.reason).toBeDefined();

    await decideAidProposal(people.councilChairNurse, { proposalId: proposal.id, version: 1, outcome: "ACCEPTED", reason: "Godkendt på rådets møde.", meetingId: meeting.id });
    expect(await db.aidProposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "ACCEPTED", version: 2, meetingId: meeting.id, decisionReason: "Godkendt på rådets møde." });
    const item = await db.aidItem.findUniqueOrThrow({ where: { id: walker.id } });
    expect([item.synonyms, item.version]).toEqual(["gangvogn, rollator", 2]);
    expect((await db.aidItemRevision.findFirstOrThrow({ where: { itemId: walker.id, revision: 2 } })).proposalId).toBe(proposal.id);
    expect(await auditCount("aidProposal.decide")).toBe(1);
    expect(await auditCount("aidItem.update")).toBe(1);

    const again = await refusal(decideAidProposal(people.regionCoordinatorInCouncil, { proposalId: proposal.id, version: 1, outcome: "REJECTED", reason: "Nej", meetingId: meeting.id }));
    expect(again.kind).toBe("conflict");
    const decided = await refusal(decideAidProposal(people.regionCoordinatorInCouncil, { proposalId: proposal.id, version: 2, outcome: "REJECTED", reason: "Nej", meetingId: meeting.id }));
    expect(decided.messageKey).toBe("aids.reason.alreadyDecided");
  });

  it("a proposed new aid, rejected with a reason, creates nothing; accepted, it becomes an aid", async () => {
    const newAid = { catalogueId: catalogue.id, ...walkerContent, number: "2.02", name: "Albuestokke", justification: "Mangler i kataloget." };
    const first = await proposeAidChange(people.hospitalClinician, newAid);
    await decideAidProposal(people.regionCoordinatorInCouncil, { proposalId: first.id, version: 1, outcome: "REJECTED", reason: "Dækket af 2.01.", meetingId: meeting.id });
    expect(await db.aidItem.count()).toBe(1);
    const second = await proposeAidChange(people.hospitalClinician, newAid);
    const decided = await decideAidProposal(people.regionCoordinatorInCouncil, { proposalId: second.id, version: 1, outcome: "ACCEPTED", reason: "Ja.", meetingId: meeting.id });
    expect((await db.aidItem.findUniqueOrThrow({ where: { id: decided.itemId! } })).name).toBe("Albuestokke");
    expect((await db.aidProposal.findUniqueOrThrow({ where: { id: second.id } })).itemId).toBe(decided.itemId);
  });
});

describe("the audit row is written in the change's transaction", () => {
  it("a failing audit write rolls back the save, the proposal and the decision", async () => {
    const proposal = await proposeAidChange(people.nurse, { catalogueId: catalogue.id, itemId: walker.id, ...walkerContent, synonyms: "rollator", justification: "Ordet." });
    const before = { audit: await db.auditEvent.count(), revisions: await db.aidItemRevision.count(), proposals: await db.aidProposal.count() };
    await db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_aid_audit() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit trail unavailable (test)'; END; $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_aid_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_refuse_aid_audit()`);
    try {
      await expect(updateAidItem(people.regionCoordinatorInCouncil, { itemId: walker.id, version: 1, ...walkerContent, name: "Rollator" })).rejects.toThrow(/audit trail unavailable/);
      await expect(proposeAidChange(people.nurse, { catalogueId: catalogue.id, ...walkerContent, number: "2.99", justification: "Ny." })).rejects.toThrow(/audit trail unavailable/);
      await expect(decideAidProposal(people.councilChairNurse, { proposalId: proposal.id, version: 1, outcome: "ACCEPTED", reason: "Ja.", meetingId: meeting.id })).rejects.toThrow(/audit trail unavailable/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_aid_audit ON "AuditEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_refuse_aid_audit()`);
    }
    expect(await db.aidItem.findUniqueOrThrow({ where: { id: walker.id } })).toMatchObject({ name: walkerContent.name, synonyms: walkerContent.synonyms, version: 1 });
    expect(await db.aidProposal.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({ status: "PENDING", version: 1 });
    expect({ audit: await db.auditEvent.count(), revisions: await db.aidItemRevision.count(), proposals: await db.aidProposal.count() }).toEqual(before);
  });
});
