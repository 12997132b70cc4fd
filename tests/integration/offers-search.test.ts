/**
 * The GP lookup and the coverage view against a real PostgreSQL: Danish full-text search with the
 * domain thesaurus and prefix queries, ranking, combined filters, partner and regional offers,
 * published-only, freshness.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { createOrganisation } from "./support/factories";
import type { Prisma } from "@/lib/generated/prisma/client";
import { forgetGeography } from "@/lib/domain/offers/list-municipalities";
import { searchOffers } from "@/lib/domain/offers/search-offers";
import { getCoverage, coverageKey } from "@/lib/domain/offers/get-coverage";

const DAY = 86_400_000;

// These tests write rows straight to the database between searches: no micro-cache here (its own test is in offers-domain).
process.env.OFFERS_LOOKUP_CACHE_SECONDS = "0";

async function geography() {
  forgetGeography();
  const region = await createOrganisation("REGION", { name: "Region Sjælland", code: "1085" });
  const otherRegion = await createOrganisation("REGION", { name: "Region Syddanmark", code: "1083" });
  const municipality = (name: string, code: string, regionId: string) =>
    db.organisation.create({ data: { kind: "MUNICIPALITY", name, code, regionId, referralLocationNumber: `5790000000${code}` } });
  return {
    region,
    roskilde: await municipality("Roskilde Kommune", "265", region.id),
    lejre: await municipality("Lejre Kommune", "350", region.id),
    naestved: await municipality("Næstved Kommune", "370", region.id),
    odense: await municipality("Odense Kommune", "461", otherRegion.id),
  };
}

type Seed = Partial<Prisma.OfferUncheckedCreateInput> & { ownerId: string; title: string };
async function offer(seed: Seed) {
  return db.offer.create({
    data: {
      summary: "Et forebyggelsestilbud.",
      status: "PUBLISHED",
      publishedAt: new Date(),
      formats: ["GROUP"],
      languages: ["da"],
      ...seed,
    },
  });
}

const titles = async (input: Record<string, string>) => (await searchOffers(input)).items.map((i) => i.title).sort();

let g: Awaited<ReturnType<typeof geography>>;
beforeEach(async () => {
  g = await geography();
});

describe("Danish full-text search: \"rygestop\" finds \"rygning\" and \"rygestopkursus\"", () => {
  beforeEach(async () => {
    // No tags on the first two: they must be found by their text alone.
    await offer({ ownerId: g.roskilde.id, title: "Hjælp til at stoppe med rygning" });
    await offer({ ownerId: g.roskilde.id, title: "Rygestopkursus i grupper" });
    // Tagged SMOKING, but the text never names it: found through the thesaurus' tag match.
    await offer({ ownerId: g.roskilde.id, title: "Bliv fri af tobakken", riskFactors: ["SMOKING"] });
    await offer({ ownerId: g.roskilde.id, title: "Træning mod rygsmerter", diagnoses: ["MUSCULOSKELETAL"] });
    await offer({ ownerId: g.roskilde.id, title: "Motion for seniorer", riskFactors: ["EXERCISE"] });
  });

  it("rygestop", async () => {
    expect(await titles({ q: "rygestop" })).toEqual(["Bliv fri af tobakken", "Hjælp til at stoppe med rygning", "Rygestopkursus i grupper"]);
  });

  it("other words for the same thing: rygning, rygere, smøger, nikotin, RYGESTOPKURSUS", async () => {
    for (const q of ["rygning", "rygere", "smøger", "nikotin", "RYGESTOPKURSUS"]) {
      expect(await titles({ q }), q).toEqual(["Bliv fri af tobakken", "Hjælp til at stoppe med rygning", "Rygestopkursus i grupper"]);
    }
  });

  it("back pain is not smoking (\"ryg\" is a stem of both)", async () => {
    expect(await titles({ q: "rygsmerter" })).toEqual(["Træning mod rygsmerter"]);
  });

  it("stemming: \"seniorerne\" finds \"seniorer\"; a stop word restricts nothing; every word must match", async () => {
    expect(await titles({ q: "seniorerne" })).toEqual(["Motion for seniorer"]);
    // "motionerer" names EXERCISE, whose words include "træning".
    expect(await titles({ q: "motionerer" })).toEqual(["Motion for seniorer", "Træning mod rygsmerter"]);
    expect(await titles({ q: "rygning og grupper" })).toEqual(["Rygestopkursus i grupper"]);
  });

  it("a typo is forgiven by trigram similarity", async () => {
    expect(await titles({ q: "seniorr" })).toEqual(["Motion for seniorer"]);
  });

  it("ranking: a word in the title ranks above the same word in the description", async () => {
    await db.offer.deleteMany();
    await offer({ ownerId: g.roskilde.id, title: "Sund hverdag", description: "Vi taler også om kost." });
    await offer({ ownerId: g.roskilde.id, title: "Kostvejledning", description: "Individuelle samtaler." });
    const result = await searchOffers({ q: "kostvejledning" });
    expect(result.items.map((i) => i.title)).toEqual(["Kostvejledning", "Sund hverdag"]);
  });
});

describe("the citizen's residence municipality: own, partner and regional offers", () => {
  beforeEach(async () => {
    const shared = await offer({ ownerId: g.roskilde.id, title: "Rygestop i Roskilde", riskFactors: ["SMOKING"] });
    await db.partnerArrangement.create({ data: { offerId: shared.id, citizenMunicipalityId: g.lejre.id } });
    const expired = await offer({ ownerId: g.roskilde.id, title: "Rygestop for unge i Roskilde", riskFactors: ["SMOKING"] });
    await db.partnerArrangement.create({ data: { offerId: expired.id, citizenMunicipalityId: g.lejre.id, validTo: new Date(Date.now() - 2 * DAY) } });
    await offer({ ownerId: g.lejre.id, title: "Rygestop i Lejre", riskFactors: ["SMOKING"] });
    await offer({ ownerId: g.naestved.id, title: "Rygestop i Næstved", riskFactors: ["SMOKING"] });
    await offer({ ownerId: g.region.id, title: "Specialiseret KOL-rehabilitering", diagnoses: ["COPD"], riskFactors: ["SMOKING"], scope: "DISEASE_SPECIFIC" });
  });

  it("a GP in Lejre finds Lejre's own offer, Roskilde's partner offer and the region's — not Næstved's", async () => {
    const result = await searchOffers({ q: "rygning", kommune: "350" });
    expect(result.municipality?.name).toBe("Lejre Kommune");
    expect(result.items.map((i) => [i.title, i.viaPartner]).sort()).toEqual([
      ["Rygestop i Lejre", false],
      ["Rygestop i Roskilde", true],
      ["Specialiseret KOL-rehabilitering", false],
    ]);
  });

  it("the partner offer is not available from a municipality without an arrangement", async () => {
    expect(await titles({ q: "rygning", kommune: "370" })).toEqual(["Rygestop i Næstved", "Specialiseret KOL-rehabilitering"]);
  });

  it("regional offers stay within their region", async () => {
    expect(await titles({ kommune: "461" })).toEqual([]);
  });

  it("an unknown municipality code finds nothing and says so", async () => {
    const result = await searchOffers({ kommune: "999" });
    expect(result).toMatchObject({ unknownMunicipality: true, total: 0 });
  });
});

describe("filters combine", () => {
  beforeEach(async () => {
    const base = { ownerId: g.roskilde.id, riskFactors: ["SMOKING" as const] };
    await offer({ ...base, title: "A hold dansk dag", formats: ["GROUP"], languages: ["da"], targetAgeMin: 18 });
    await offer({ ...base, title: "B hold arabisk aften", formats: ["GROUP"], languages: ["da", "ar"], afterHours: true, targetAgeMin: 18 });
    await offer({ ...base, title: "C individuelt arabisk aften direkte", formats: ["INDIVIDUAL"], languages: ["ar"], afterHours: true, referralRoute: "DIRECT_ACCESS" });
    await offer({ ...base, title: "D unge online", formats: ["ONLINE"], targetAgeMin: 15, targetAgeMax: 25 });
    await offer({ ownerId: g.roskilde.id, title: "E KOL hold", diagnoses: ["COPD"], formats: ["GROUP"] });
    await offer({ ownerId: g.lejre.id, title: "F Lejre hold", riskFactors: ["SMOKING"], formats: ["GROUP"] });
  });

  it("each filter narrows, and together they intersect", async () => {
    expect(await titles({ kommune: "265" })).toEqual(["A hold dansk dag", "B hold arabisk aften", "C individuelt arabisk aften direkte", "D unge online", "E KOL hold"]);
    expect(await titles({ kommune: "265", risikofaktor: "rygning" })).toHaveLength(4);
    expect(await titles({ kommune: "265", diagnose: "kol" })).toEqual(["E KOL hold"]);
    expect(await titles({ kommune: "265", risikofaktor: "rygning", format: "hold" })).toEqual(["A hold dansk dag", "B hold arabisk aften"]);
    expect(await titles({ kommune: "265", risikofaktor: "rygning", sprog: "ar" })).toEqual(["B hold arabisk aften", "C individuelt arabisk aften direkte"]);
    expect(await titles({ kommune: "265", risikofaktor: "rygning", sprog: "ar", aften: "1", format: "hold" })).toEqual(["B hold arabisk aften"]);
    expect(await titles({ kommune: "265", henvisning: "direkte" })).toEqual(["C individuelt arabisk aften direkte"]);
    expect(await titles({ kommune: "265", risikofaktor: "rygning", alder: "16" })).toEqual(["C individuelt arabisk aften direkte", "D unge online"]);
    expect(await titles({ kommune: "265", risikofaktor: "rygning", alder: "30" })).toEqual(["A hold dansk dag", "B hold arabisk aften", "C individuelt arabisk aften direkte"]);
    expect(await titles({ q: "rygestop", kommune: "265", format: "online" })).toEqual(["D unge online"]);
  });

  it("invalid query values are dropped, not errors (a shared link still works)", async () => {
    const result = await searchOffers({ kommune: "265", risikofaktor: "nonsens", alder: "ældre", side: "-1" });
    expect(result.query).toMatchObject({ kommune: "265", risikofaktor: undefined, alder: undefined, side: undefined });
    expect(result.total).toBe(5);
  });

  it("pages of 20 with the total", async () => {
    for (let i = 0; i < 25; i++) await offer({ ownerId: g.naestved.id, title: `Tilbud ${String(i).padStart(2, "0")}` });
    const first = await searchOffers({ kommune: "370" });
    const second = await searchOffers({ kommune: "370", side: "2" });
    expect([first.total, first.items.length, first.pageCount, second.items.length]).toEqual([25, 20, 2, 5]);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(25);
  });
});

describe("only current, published offers; stale ones are marked", () => {
  it("drafts, archived and expired offers are never found", async () => {
    await offer({ ownerId: g.roskilde.id, title: "Rygestop kladde", status: "DRAFT", publishedAt: null });
    await offer({ ownerId: g.roskilde.id, title: "Rygestop arkiveret", status: "ARCHIVED" });
    await offer({ ownerId: g.roskilde.id, title: "Rygestop udløbet", validTo: new Date(Date.now() - 2 * DAY) });
    await offer({ ownerId: g.roskilde.id, title: "Rygestop aktuelt" });
    expect(await titles({ q: "rygestop" })).toEqual(["Rygestop aktuelt"]);
  });

  it("an offer past its review interval is marked stale in the results", async () => {
    await offer({ ownerId: g.roskilde.id, title: "Rygestop frisk", lastConfirmedAt: new Date(Date.now() - 10 * DAY), reviewIntervalDays: 180 });
    await offer({ ownerId: g.roskilde.id, title: "Rygestop gammelt", lastConfirmedAt: new Date(Date.now() - 200 * DAY), reviewIntervalDays: 180 });
    const result = await searchOffers({ q: "rygestop" });
    expect(Object.fromEntries(result.items.map((i) => [i.title, i.stale]))).toEqual({ "Rygestop frisk": false, "Rygestop gammelt": true });
  });

  it("each result carries what the one-line referral needs", async () => {
    await offer({ ownerId: g.roskilde.id, title: "Rygestop", entryPointLocationNumber: "5790001234565", referralRoute: "CLARIFYING_CONVERSATION" });
    const [item] = (await searchOffers({ q: "rygestop" })).items;
    expect(item).toMatchObject({ ownerName: "Roskilde Kommune", entryPointLocationNumber: "5790001234565", referralRoute: "CLARIFYING_CONVERSATION", capacity: "OPEN" });
  });
});

describe("coverage: risk factors × diagnoses with fresh published offers; gaps", () => {
  it("per municipality: own, partner and regional offers count; stale ones do not", async () => {
    await offer({ ownerId: g.lejre.id, title: "Rygestop i Lejre", riskFactors: ["SMOKING"] });
    const shared = await offer({ ownerId: g.roskilde.id, title: "Motion i Roskilde", riskFactors: ["EXERCISE"] });
    await db.partnerArrangement.create({ data: { offerId: shared.id, citizenMunicipalityId: g.lejre.id } });
    await offer({ ownerId: g.region.id, title: "KOL-rehabilitering", diagnoses: ["COPD"], riskFactors: ["SMOKING"], scope: "DISEASE_SPECIFIC" });
    await offer({ ownerId: g.lejre.id, title: "Gammel kost", riskFactors: ["DIET"], lastConfirmedAt: new Date(Date.now() - 400 * DAY) });

    const coverage = (await getCoverage({ kommune: "350" }))!;
    expect(coverage.area).toEqual({ kind: "municipality", code: "350", name: "Lejre Kommune" });
    const cell = (r: Parameters<typeof coverageKey>[0], c: Parameters<typeof coverageKey>[1]) => coverage.cells[coverageKey(r, c)];
    expect(cell("SMOKING", null).offers.map((o) => o.title)).toEqual(["Rygestop i Lejre"]);
    expect(cell("EXERCISE", null).offers.map((o) => o.title)).toEqual(["Motion i Roskilde"]);
    expect(cell("SMOKING", "COPD").offers.map((o) => o.title)).toEqual(["KOL-rehabilitering"]);
    expect(cell("DIET", null)).toMatchObject({ offers: [], covered: 0, missing: ["Lejre Kommune"] }); // a gap: the only diet offer is stale
    expect(coverage.staleCount).toBe(1);
  });

  it("per region: how many municipalities each cell covers, and which are missing", async () => {
    await offer({ ownerId: g.lejre.id, title: "Rygestop i Lejre", riskFactors: ["SMOKING"] });
    await offer({ ownerId: g.roskilde.id, title: "Rygestop i Roskilde", riskFactors: ["SMOKING"] });
    const coverage = (await getCoverage({ region: "1085" }))!;
    expect(coverage.municipalityCount).toBe(3);
    expect(coverage.cells[coverageKey("SMOKING", null)]).toMatchObject({ covered: 2, missing: ["Næstved Kommune"] });
    expect(coverage.cells[coverageKey("ALCOHOL", null)]).toMatchObject({ covered: 0 });
  });

  it("no area chosen → nothing", async () => {
    expect(await getCoverage({})).toBeNull();
  });
});
