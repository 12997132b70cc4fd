/**
 * Maintaining offers through the domain pipeline against a real PostgreSQL: create, edit, publish,
 * archive, reopen, confirm, partner arrangements, the worklist — and every cross-organisation change
 * refused with the row unchanged and no audit row.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createAdmin, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { DomainError } from "@/lib/domain/errors";
import { forgetGeography } from "@/lib/domain/offers/list-municipalities";
import { createOffer } from "@/lib/domain/offers/create-offer";
import { updateOffer } from "@/lib/domain/offers/update-offer";
import { publishOffer } from "@/lib/domain/offers/publish-offer";
import { archiveOffer } from "@/lib/domain/offers/archive-offer";
import { reopenOffer } from "@/lib/domain/offers/reopen-offer";
import { confirmOffer } from "@/lib/domain/offers/confirm-offer";
import { getOffer } from "@/lib/domain/offers/get-offer";
import { addPartnerArrangement } from "@/lib/domain/offers/add-partner-arrangement";
import { removePartnerArrangement } from "@/lib/domain/offers/remove-partner-arrangement";
import { listOwnOffers } from "@/lib/domain/offers/list-own-offers";
import { offerFormInput } from "@/lib/domain/offers/form-input";
import { searchOffers } from "@/lib/domain/offers/search-offers";
import { forgetOfferSearches } from "@/lib/domain/offers/search-cache";

// ── fixtures ────────────────────────────────────────────────────────────────────────────────────

async function geography() {
  forgetGeography();
  const region = await createOrganisation("REGION", { name: "Region Sjælland", code: "1085" });
  const roskilde = await db.organisation.create({ data: { kind: "MUNICIPALITY", name: "Roskilde Kommune", code: "265", regionId: region.id } });
  const lejre = await db.organisation.create({ data: { kind: "MUNICIPALITY", name: "Lejre Kommune", code: "350", regionId: region.id } });
  const clinic = await createOrganisation("GP_CLINIC", { name: "Lægerne i Roskilde" });
  return { region, roskilde, lejre, clinic };
}

async function member(organisationId: string, role: "COORDINATOR" | "CASEWORKER" | "READER" | "CLINICIAN" = "COORDINATOR") {
  return actorFor((await createUser([{ organisationId, role }])).id);
}

function complete(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Rygestopkursus i grupper",
    summary: "Seks mødegange med andre, der vil holde op med at ryge.",
    description: "Et gruppeforløb med en rygestopinstruktør og nikotinerstatning.",
    riskFactors: ["SMOKING"],
    targetAgeMin: "18",
    targetAgeMax: "",
    targetGroup: "Voksne rygere",
    formats: ["GROUP"],
    sessions: "6",
    durationWeeks: "6",
    schedule: "Tirsdage kl. 16–18",
    languages: ["da", "ar"],
    afterHours: "on",
    contactName: "Rygestopteamet",
    contactPhone: "46 31 30 00",
    contactEmail: "rygestop@roskilde.dk",
    referralRoute: "CLARIFYING_CONVERSATION",
    entryPointLocationNumber: "5790001234565",
    capacity: "OPEN",
    reviewIntervalDays: "180",
    locations: [{ name: "Sundhedscenter Roskilde", address: "Køgevej 80", postalCode: "4000", city: "Roskilde" }],
    ...overrides,
  };
}

/** The whole row as stored (searchVector excluded: Prisma cannot read it), with its locations and partners. */
async function snapshot(offerId: string) {
  return db.offer.findUnique({ where: { id: offerId }, include: { locations: true, partnerArrangements: true } });
}

async function expectRefused(promise: Promise<unknown>, kind: DomainError["kind"] | DomainError["kind"][]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected the operation to be refused").toBeInstanceOf(DomainError);
  const kinds = Array.isArray(kind) ? kind : [kind];
  expect(kinds).toContain((error as DomainError).kind);
  return error as DomainError;
}

let g: Awaited<ReturnType<typeof geography>>;
let roskildeCoordinator: Actor;

beforeEach(async () => {
  g = await geography();
  roskildeCoordinator = await member(g.roskilde.id);
});

// ── tests ───────────────────────────────────────────────────────────────────────────────────────

describe("create, publish, edit, confirm, archive, reopen", () => {
  it("a coordinator creates a draft with every field; only the owner's members can see it", async () => {
    const offer = await createOffer(roskildeCoordinator, complete({ diagnoses: ["COPD"], relativesWelcome: "on", evidenceBase: "Sundhedsstyrelsens anbefalinger" }));
    expect(offer).toMatchObject({
      status: "DRAFT",
      owner: { id: g.roskilde.id },
      riskFactors: ["SMOKING"],
      diagnoses: ["COPD"],
      targetAgeMin: 18,
      targetAgeMax: null,
      formats: ["GROUP"],
      languages: ["da", "ar"],
      afterHours: true,
      relativesWelcome: true,
      referralRoute: "CLARIFYING_CONVERSATION",
      version: 1,
    });
    expect(offer.locations).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { entityId: offer.id, action: "offer.create" } })).toBe(1);

    await expect(getOffer(roskildeCoordinator, { offerId: offer.id })).resolves.toMatchObject({ id: offer.id });
    await expect(getOffer(await member(g.roskilde.id, "CASEWORKER"), { offerId: offer.id })).resolves.toMatchObject({ id: offer.id });
    await expectRefused(getOffer(null, { offerId: offer.id }), "not_found");
    await expectRefused(getOffer(await member(g.lejre.id), { offerId: offer.id }), "not_found");
    await expectRefused(getOffer(await member(g.clinic.id, "CLINICIAN"), { offerId: offer.id }), "not_found");
  });

  it("the form's FormData becomes the same input (checkbox groups, location rows)", async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(complete({ locations: undefined }))) {
      if (Array.isArray(value)) value.forEach((v) => form.append(key, String(v)));
      else if (value !== undefined) form.append(key, String(value));
    }
    form.append("locations.0.name", "Sundhedscenter Roskilde");
    form.append("locations.0.address", "Køgevej 80");
    form.append("locations.0.postalCode", "4000");
    form.append("locations.0.city", "Roskilde");
    form.append("locations.1.name", "");
    form.append("locations.1.address", "");
    const offer = await createOffer(roskildeCoordinator, offerFormInput(form));
    expect(offer.languages).toEqual(["da", "ar"]);
    expect(offer.locations.map((l) => l.city)).toEqual(["Roskilde"]);
  });

  it("publishing needs the standards confirmation and the mandatory fields; then it is public", async () => {
    const draft = await createOffer(roskildeCoordinator, complete({ schedule: "", formats: [] }));
    const noConfirmation = await expectRefused(publishOffer(roskildeCoordinator, { offerId: draft.id, version: 1 }), "invalid");
    expect(noConfirmation.fieldErrors.standardsConfirmed).toEqual(["validation.offerStandardsRequired"]);

    const missing = await expectRefused(publishOffer(roskildeCoordinator, { offerId: draft.id, version: 1, standardsConfirmed: "on" }), "invalid");
    expect(missing.messageKey).toBe("offers.error.missingToPublish");
    expect(missing.fieldErrors).toMatchObject({ schedule: ["offers.validation.requiredToPublish"], formats: ["offers.validation.chooseOneToPublish"] });
    expect((await snapshot(draft.id))?.status).toBe("DRAFT");

    const fixed = await updateOffer(roskildeCoordinator, complete({ offerId: draft.id, version: 1 }));
    const published = await publishOffer(roskildeCoordinator, { offerId: draft.id, version: fixed.version, standardsConfirmed: "on" });
    expect(published).toMatchObject({ status: "PUBLISHED", stale: false });
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.standardsConfirmedAt).toBeInstanceOf(Date);
    await expect(getOffer(null, { offerId: draft.id })).resolves.toMatchObject({ status: "PUBLISHED" });
    expect(await db.auditEvent.findMany({ where: { entityId: draft.id }, select: { action: true }, orderBy: { id: "asc" } })).toEqual([
      { action: "offer.create" },
      { action: "offer.update" },
      { action: "offer.publish" },
    ]);
  });

  it("a published offer keeps its mandatory fields on edit", async () => {
    const draft = await createOffer(roskildeCoordinator, complete());
    const published = await publishOffer(roskildeCoordinator, { offerId: draft.id, version: draft.version, standardsConfirmed: true });
    const before = await snapshot(draft.id);
    const error = await expectRefused(updateOffer(roskildeCoordinator, complete({ offerId: draft.id, version: published.version, schedule: "" })), "invalid");
    expect(error.fieldErrors.schedule).toEqual(["offers.validation.requiredToPublish"]);
    expect(await snapshot(draft.id)).toEqual(before);
  });

  it("a stale version is refused (optimistic concurrency)", async () => {
    const draft = await createOffer(roskildeCoordinator, complete());
    await updateOffer(roskildeCoordinator, complete({ offerId: draft.id, version: 1, title: "Første ændring" }));
    const before = await snapshot(draft.id);
    await expectRefused(updateOffer(roskildeCoordinator, complete({ offerId: draft.id, version: 1, title: "Anden ændring" })), "conflict");
    expect(await snapshot(draft.id)).toEqual(before);
  });

  it("archive, edits refused while archived, reopen as draft", async () => {
    const draft = await createOffer(roskildeCoordinator, complete());
    const published = await publishOffer(roskildeCoordinator, { offerId: draft.id, version: draft.version, standardsConfirmed: true });
    const archived = await archiveOffer(roskildeCoordinator, { offerId: draft.id, version: published.version });
    expect(archived.status).toBe("ARCHIVED");
    await expectRefused(getOffer(null, { offerId: draft.id }), "not_found");
    const error = await expectRefused(updateOffer(roskildeCoordinator, complete({ offerId: draft.id, version: archived.version })), "conflict");
    expect(error.messageKey).toBe("offers.reason.archived");
    const reopened = await reopenOffer(roskildeCoordinator, { offerId: draft.id, version: archived.version });
    expect(reopened).toMatchObject({ status: "DRAFT", archivedAt: null, standardsConfirmedAt: null });
  });

  it("freshness: an overdue offer is on the worklist; one click confirms it", async () => {
    const draft = await createOffer(roskildeCoordinator, complete({ reviewIntervalDays: "30" }));
    const published = await publishOffer(roskildeCoordinator, { offerId: draft.id, version: draft.version, standardsConfirmed: true });
    await db.offer.update({ where: { id: draft.id }, data: { lastConfirmedAt: new Date(Date.now() - 40 * 86_400_000) } });

    const worklist = await listOwnOffers(roskildeCoordinator);
    expect(worklist.organisations[0].overdue.map((o) => o.id)).toEqual([draft.id]);
    // Ten days past due: the owner's worklist has it, the public does not see the mark yet (14 days' grace).
    expect((await getOffer(null, { offerId: draft.id })).stale).toBe(false);
    await db.offer.update({ where: { id: draft.id }, data: { lastConfirmedAt: new Date(Date.now() - 45 * 86_400_000) } });
    expect((await getOffer(null, { offerId: draft.id })).stale).toBe(true);

    const confirmed = await confirmOffer(roskildeCoordinator, { offerId: draft.id, version: published.version });
    expect(confirmed.stale).toBe(false);
    expect((await listOwnOffers(roskildeCoordinator)).organisations[0].overdue).toEqual([]);
    expect(await db.auditEvent.count({ where: { entityId: draft.id, action: "offer.confirm" } })).toBe(1);
  });
});

describe("the lookup's micro-cache", () => {
  it("repeats a search from memory, and every offer change on this server empties it", async () => {
    process.env.OFFERS_LOOKUP_CACHE_SECONDS = "60";
    try {
      forgetOfferSearches();
      const draft = await createOffer(roskildeCoordinator, complete());
      const search = async () => (await searchOffers({ q: "rygestop", kommune: "265" })).items.map((i) => i.id);
      expect(await search()).toEqual([]);
      // A row written behind the domain's back is not seen while the answer is cached …
      await db.offer.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
      expect(await search()).toEqual([]);
      await db.offer.update({ where: { id: draft.id }, data: { status: "DRAFT", version: 1 } });
      // … but a change through the domain is seen at once.
      await publishOffer(roskildeCoordinator, { offerId: draft.id, version: 1, standardsConfirmed: true });
      expect(await search()).toEqual([draft.id]);
      await archiveOffer(roskildeCoordinator, { offerId: draft.id, version: 2 });
      expect(await search()).toEqual([]);
    } finally {
      delete process.env.OFFERS_LOOKUP_CACHE_SECONDS;
      forgetOfferSearches();
    }
  });
});

describe("who may own a disease-specific offer", () => {
  const conditions = { conditionPatientBase: "on", conditionNoSpecialistDoctor: "on", conditionNoSpecialisedTeam: "on", conditionNoHospitalEquipment: "on" };

  it("a municipality only with all four conditions confirmed", async () => {
    const three = { ...conditions, conditionNoHospitalEquipment: undefined };
    const error = await expectRefused(createOffer(roskildeCoordinator, complete({ scope: "DISEASE_SPECIFIC", diagnoses: ["COPD"], ...three })), "invalid");
    expect(error.fieldErrors.specialisedConditions).toEqual(["offers.reason.specialisedConditionsMissing"]);
    expect(await db.offer.count()).toBe(0);

    const offer = await createOffer(roskildeCoordinator, complete({ scope: "DISEASE_SPECIFIC", diagnoses: ["COPD"], ...conditions }));
    expect(offer.specialisedConditionsConfirmedAt).toBeInstanceOf(Date);
    await expect(publishOffer(roskildeCoordinator, { offerId: offer.id, version: 1, standardsConfirmed: true })).resolves.toMatchObject({ status: "PUBLISHED" });
  });

  it("the region: disease-specific only", async () => {
    const regionCoordinator = await member(g.region.id);
    const error = await expectRefused(createOffer(regionCoordinator, complete({ scope: "GENERAL" })), "invalid");
    expect(error.fieldErrors.scope).toEqual(["offers.reason.regionDiseaseSpecificOnly"]);
    await expect(createOffer(regionCoordinator, complete({ scope: "DISEASE_SPECIFIC", diagnoses: ["COPD"] }))).resolves.toMatchObject({
      owner: { id: g.region.id },
    });
  });
});

describe("partner arrangements", () => {
  it("the owner shares an offer with Lejre; both municipalities see it", async () => {
    const draft = await createOffer(roskildeCoordinator, complete());
    await publishOffer(roskildeCoordinator, { offerId: draft.id, version: 1, standardsConfirmed: true });
    const arrangement = await addPartnerArrangement(roskildeCoordinator, { offerId: draft.id, citizenMunicipalityId: g.lejre.id, note: "Aftale 2026" });
    expect(arrangement.citizenMunicipality.name).toBe("Lejre Kommune");

    const ownSide = await listOwnOffers(roskildeCoordinator);
    expect(ownSide.organisations[0].offers[0].partnerNames).toEqual(["Lejre Kommune"]);
    const partnerSide = await listOwnOffers(await member(g.lejre.id));
    expect(partnerSide.organisations[0].sharedWithUs).toMatchObject([{ offerId: draft.id, ownerName: "Roskilde Kommune" }]);

    const duplicate = await expectRefused(addPartnerArrangement(roskildeCoordinator, { offerId: draft.id, citizenMunicipalityId: g.lejre.id }), "invalid");
    expect(duplicate.fieldErrors.citizenMunicipalityId).toEqual(["offers.validation.partnerExists"]);
    const self = await expectRefused(addPartnerArrangement(roskildeCoordinator, { offerId: draft.id, citizenMunicipalityId: g.roskilde.id }), "invalid");
    expect(self.fieldErrors.citizenMunicipalityId).toEqual(["offers.reason.partnerSelf"]);

    await removePartnerArrangement(roskildeCoordinator, { arrangementId: arrangement.id });
    expect(await db.partnerArrangement.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: { in: ["offer.partner.add", "offer.partner.remove"] } } })).toBe(2);
  });
});

describe("every cross-organisation change is refused with the row unchanged and no audit row", () => {
  type Outsider = { name: string; actor: () => Promise<Actor | null> };
  const outsiders: Outsider[] = [
    { name: "Lejre's coordinator", actor: () => member(g.lejre.id) },
    { name: "the region's coordinator", actor: () => member(g.region.id) },
    { name: "Roskilde's caseworker", actor: () => member(g.roskilde.id, "CASEWORKER") },
    { name: "Roskilde's reader", actor: () => member(g.roskilde.id, "READER") },
    { name: "a GP", actor: () => member(g.clinic.id, "CLINICIAN") },
    { name: "the administrator", actor: async () => (await createAdmin()).actor },
    { name: "nobody (signed out)", actor: async () => null },
  ];
  type Operation = { name: string; run: (actor: Actor | null, offerId: string, version: number) => Promise<unknown> };
  const operations: Operation[] = [
    { name: "edit", run: (a, offerId, version) => updateOffer(a, complete({ offerId, version, title: "Kapret titel" })) },
    { name: "publish", run: (a, offerId, version) => publishOffer(a, { offerId, version, standardsConfirmed: true }) },
    { name: "archive", run: (a, offerId, version) => archiveOffer(a, { offerId, version }) },
    { name: "confirm", run: (a, offerId, version) => confirmOffer(a, { offerId, version }) },
    { name: "reopen", run: (a, offerId, version) => reopenOffer(a, { offerId, version }) },
    { name: "add a partner", run: (a, offerId) => addPartnerArrangement(a, { offerId, citizenMunicipalityId: g.lejre.id }) },
  ];

  for (const status of ["DRAFT", "PUBLISHED", "ARCHIVED"] as const) {
    for (const operation of operations) {
      it(`${operation.name} of Roskilde's ${status} offer`, async () => {
        const draft = await createOffer(roskildeCoordinator, complete());
        if (status !== "DRAFT") await publishOffer(roskildeCoordinator, { offerId: draft.id, version: 1, standardsConfirmed: true });
        if (status === "ARCHIVED") await archiveOffer(roskildeCoordinator, { offerId: draft.id, version: 2 });
        const before = await snapshot(draft.id);
        const audits = await db.auditEvent.count();

        for (const outsider of outsiders) {
          const actor = await outsider.actor();
          // Signed out → forbidden before anything is read; a draft or archived offer of another
          // organisation is not found; a published one is found and refused.
          await expectRefused(operation.run(actor, draft.id, before!.version), ["forbidden", "not_found"]);
          expect(await snapshot(draft.id), `${outsider.name} changed the row`).toEqual(before);
          expect(await db.auditEvent.count(), `${outsider.name} left an audit row`).toBe(audits);
        }
      });
    }
  }

  it("removing another municipality's partner arrangement", async () => {
    const draft = await createOffer(roskildeCoordinator, complete());
    await publishOffer(roskildeCoordinator, { offerId: draft.id, version: 1, standardsConfirmed: true });
    const arrangement = await addPartnerArrangement(roskildeCoordinator, { offerId: draft.id, citizenMunicipalityId: g.lejre.id });
    const audits = await db.auditEvent.count();
    // Lejre is the partner — it sees the arrangement but cannot end it.
    await expectRefused(removePartnerArrangement(await member(g.lejre.id), { arrangementId: arrangement.id }), "forbidden");
    expect(await db.partnerArrangement.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("creating an offer for another municipality", async () => {
    await expectRefused(createOffer(await member(g.lejre.id), complete({ ownerId: g.roskilde.id })), "not_found");
    await expectRefused(createOffer(await member(g.clinic.id, "CLINICIAN"), complete()), "not_found");
    expect(await db.offer.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("the worklist is for coordinators only", async () => {
    await expectRefused(listOwnOffers(await member(g.clinic.id, "CLINICIAN")), "forbidden");
    await expectRefused(listOwnOffers(null), "forbidden");
  });
});
