/**
 * The lookup's search document (decision 021) is kept by the database on every write of an offer:
 * `searchVector` (Danish tsvector), `searchTitle` (the title as a typed word is matched against it)
 * and `sortTitle` (Danish order) follow the offer when it is created and edited through the domain
 * operations, and a write of the document's own columns cannot leave it stale. Without the trigger of
 * migrations search_vectors / offer_search_document these fail (the columns stay NULL or old).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { forgetGeography } from "@/lib/domain/offers/list-municipalities";
import { createOffer } from "@/lib/domain/offers/create-offer";
import { updateOffer } from "@/lib/domain/offers/update-offer";
import { publishOffer } from "@/lib/domain/offers/publish-offer";
import { archiveOffer } from "@/lib/domain/offers/archive-offer";
import { searchOffers } from "@/lib/domain/offers/search-offers";

process.env.OFFERS_LOOKUP_CACHE_SECONDS = "0";

const input = (overrides: Record<string, unknown> = {}) => ({
  title: "Æblekursus: Svømning for seniorer",
  summary: "Vandtræning i små hold.",
  description: "Svømning otte gange i svømmehallen med en instruktør.",
  riskFactors: ["EXERCISE"],
  targetAgeMin: "65",
  targetAgeMax: "",
  targetGroup: "Seniorer",
  formats: ["GROUP"],
  sessions: "8",
  durationWeeks: "8",
  schedule: "Mandage kl. 10",
  languages: ["da"],
  contactName: "Sundhedscentret",
  contactPhone: "46 31 30 00",
  contactEmail: "sundhed@roskilde.dk",
  referralRoute: "CLARIFYING_CONVERSATION",
  entryPointLocationNumber: "5790001234565",
  capacity: "OPEN",
  reviewIntervalDays: "180",
  locations: [{ name: "Roskilde Svømmehal", address: "Bymarken 37", postalCode: "4000", city: "Roskilde" }],
  ...overrides,
});

type Document = { searchTitle: string | null; sortTitle: string | null; vector: string | null };
const documentOf = async (id: string) =>
  (await db.$queryRaw<Document[]>`SELECT "searchTitle", "sortTitle", "searchVector"::text AS vector FROM "Offer" WHERE id = ${id}`)[0];
const found = async (q: string) => (await searchOffers({ q, kommune: "265" })).items.map((i) => ({ title: i.title, related: i.related }));

let coordinator: Actor;
beforeEach(async () => {
  forgetGeography();
  const region = await createOrganisation("REGION", { name: "Region Sjælland", code: "1085" });
  const roskilde = await db.organisation.create({ data: { kind: "MUNICIPALITY", name: "Roskilde Kommune", code: "265", regionId: region.id } });
  coordinator = await actorFor((await createUser([{ organisationId: roskilde.id, role: "COORDINATOR" }])).id);
});

describe("the search document follows the offer", () => {
  it("is written when an offer is created, rewritten when it is edited, and an archived offer is no longer found", async () => {
    const draft = await createOffer(coordinator, input());
    expect(await documentOf(draft.id)).toEqual({
      searchTitle: " æblekursus  svømning for seniorer",
      sortTitle: "{blekursus: svømning for seniorer".replace("ø", "|"),
      vector: expect.stringContaining("'svømning':2A"),
    });
    const published = await publishOffer(coordinator, { offerId: draft.id, version: draft.version, standardsConfirmed: true });
    expect(await found("svømning")).toEqual([{ title: "Æblekursus: Svømning for seniorer", related: false }]);

    const edited = await updateOffer(coordinator, input({ offerId: draft.id, version: published.version, title: "Vandgymnastik for seniorer", summary: "Bevægelse i varmt vand." }));
    const document = await documentOf(draft.id);
    expect(document.searchTitle).toBe(" vandgymnastik for seniorer");
    expect(document.sortTitle).toBe("vandgymnastik for seniorer");
    expect(document.vector).toContain("'vandgymnastik':1A");
    expect(document.vector).not.toContain("'svømning':2A"); // the old title is gone from the title weight
    expect(await found("vandgymnastik")).toEqual([{ title: "Vandgymnastik for seniorer", related: false }]);
    // "svømning" is still in the description (weight C): found, but no longer said by the title or summary.
    expect(await found("svømning")).toEqual([{ title: "Vandgymnastik for seniorer", related: true }]);

    await archiveOffer(coordinator, { offerId: draft.id, version: edited.version });
    expect(await found("vandgymnastik")).toEqual([]);
    expect((await documentOf(draft.id)).searchTitle).toBe(" vandgymnastik for seniorer");
  });

  it("cannot be written stale: a write of the document's own columns is replaced by the title's", async () => {
    const offer = await createOffer(coordinator, input({ title: "Gåture i Ø-parken" }));
    await db.$executeRaw`UPDATE "Offer" SET "searchTitle" = ' noget andet', "sortTitle" = 'a', "searchVector" = NULL WHERE id = ${offer.id}`;
    expect(await documentOf(offer.id)).toEqual({
      searchTitle: " gåture i ø parken",
      sortTitle: "g}ture i |-parken",
      vector: expect.stringContaining("'gåtur':1A"),
    });
  });
});
