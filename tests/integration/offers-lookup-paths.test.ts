/**
 * The lookup function's two statements (migration offer_lookup_gin_one_word, docs/decisions/041-lookup-gin-one-word.md):
 * a residence municipality with at most one word (the word's facts as plain expressions, the page's
 * columns carried from the candidate scan), and everything else (the words as rows; without a
 * municipality the candidates come from the GIN indexes on the search document and the tags). Both
 * compute the full-text rank only for the tiers the page reaches.
 *
 * 1. For the judged relevance set and the edge cases (no text, only stop words, a typo, several words,
 *    filters, a second page), in the query's municipality and nationally, offer_lookup returns the same
 *    rows as the statement before decision 021 (bench/support/lookup-statement-before.ts, frozen):
 *    ids in order, direct, matched, best, total, rank to 1e-9, and every shown column.
 * 2. The lookup follows every write that changes what it finds: an edit (the search document and the
 *    GIN entries), an archive, a new tag, and the coverage (a partner arrangement added, and removed).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createUser } from "./support/factories";
import { seedOrganisations } from "@/prisma/seed/organisations";
import { seedOffers } from "@/prisma/seed/offers";
import { forgetGeography } from "@/lib/domain/offers/list-municipalities";
import { searchOffers } from "@/lib/domain/offers/search-offers";
import { archiveOffer } from "@/lib/domain/offers/archive-offer";
import { addPartnerArrangement } from "@/lib/domain/offers/add-partner-arrangement";
import { removePartnerArrangement } from "@/lib/domain/offers/remove-partner-arrangement";
import { offerSearchSql, type MunicipalityIds, type OfferSearchFilters, type OfferSearchRow } from "@/lib/offers/search-query";
import { offerSearchSqlBefore } from "@/bench/support/lookup-statement-before";
import { RELEVANCE_SET } from "../support/offer-relevance-set";

process.env.OFFERS_LOOKUP_CACHE_SECONDS = "0";

beforeEach(async () => {
  forgetGeography();
  await db.$transaction(async (tx) => seedOffers(tx, await seedOrganisations(tx, { demo: true }), new Date()), { timeout: 120_000 });
}, 120_000);

const municipalityIds = async (code: string): Promise<MunicipalityIds> =>
  (await db.organisation.findFirstOrThrow({ where: { kind: "MUNICIPALITY", code }, select: { id: true, regionId: true } }));

/** One row as both statements must agree on it (the rank compared apart, to 1e-9). */
const shown = ({ rank: _rank, total, ...row }: OfferSearchRow) => ({ ...row, total: Number(total) });

describe("offer_lookup answers as the statement before decision 021", () => {
  it("for the judged set and the edge cases, in the municipality and nationally, on the first and second page", async () => {
    const texts = [
      ...new Set(RELEVANCE_SET.map((judged) => judged.q)),
      "", "og", "og for", "efter", "genoptrænig", "genoptrænig og mindfulnes efter", "kronisk obstruktiv lungesygdom", "motion og kost", "xylofonundervisning",
    ];
    const codes = [...new Set(RELEVANCE_SET.map((judged) => judged.kommune))];
    const cases: OfferSearchFilters[] = [];
    for (const q of texts) {
      cases.push({ q }, ...codes.map((municipalityCode) => ({ q, municipalityCode })));
    }
    cases.push({ q: "rygning", municipalityCode: "265", age: 30 }, { q: "motion", riskFactor: "EXERCISE", age: 70 }, { q: "stress", format: "GROUP" }, { municipalityCode: "253", afterHours: true });

    let compared = 0;
    let rows = 0;
    for (const filters of cases) {
      const municipality = filters.municipalityCode ? await municipalityIds(filters.municipalityCode) : undefined;
      for (const page of [{ limit: 20, offset: 0 }, { limit: 5, offset: 5 }]) {
        const before = await db.$queryRaw<OfferSearchRow[]>(offerSearchSqlBefore(filters, page));
        const after = await db.$queryRaw<OfferSearchRow[]>(offerSearchSql(filters, page, municipality));
        const label = JSON.stringify({ filters, page });
        expect(after.map(shown), label).toEqual(before.map(shown));
        after.forEach((row, i) => expect(Math.abs(row.rank - before[i].rank), label).toBeLessThan(1e-9));
        compared += 1;
        rows += after.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(rows).toBeGreaterThan(500); // the cases find offers, not only empty lists
  }, 120_000);

  it("the national lookup's candidates have GIN indexes to come from (declared in the Prisma schema)", async () => {
    const indexes = await db.$queryRaw<{ indexname: string; indexdef: string }[]>`
      SELECT indexname::text AS indexname, indexdef FROM pg_indexes WHERE tablename = 'Offer' AND indexdef LIKE '%USING gin%' ORDER BY indexname`;
    expect(indexes.map((i) => i.indexname)).toEqual(["Offer_diagnoses_idx", "Offer_riskFactors_idx", "Offer_searchVector_idx"]);
  });
});

describe("the lookup follows the writes", () => {
  const titles = async (input: Record<string, unknown>) => (await searchOffers(input)).items.map((i) => ({ id: i.id, title: i.title, related: i.related, viaPartner: i.viaPartner }));

  it("an edited title is found by its new word (one word and several, in the municipality and nationally); an archived offer is gone", async () => {
    const offer = await db.offer.findFirstOrThrow({ where: { title: "Rygestopkursus i grupper" }, include: { owner: true } });
    const coordinator = await actorFor((await createUser([{ organisationId: offer.ownerId, role: "COORDINATOR" }])).id);
    expect(await titles({ q: "zebrakursus" })).toEqual([]);

    // A write of the title (the trigger keeps the document; the domain's edit is in offers-search-document.test.ts).
    const edited = await db.offer.update({ where: { id: offer.id }, data: { title: "Zebrakursus mod rygning", version: { increment: 1 } } });
    const expected = [{ id: offer.id, title: "Zebrakursus mod rygning", related: false, viaPartner: false }];
    expect(await titles({ q: "zebrakursus", kommune: offer.owner.code })).toEqual(expected); // one word, the municipality
    expect(await titles({ q: "zebrakursus" })).toEqual(expected); // nationally: the GIN index on the document
    expect(await titles({ q: "zebrakursus rygning", kommune: offer.owner.code })).toEqual(expected); // several words

    await archiveOffer(coordinator, { offerId: offer.id, version: edited.version });
    expect(await titles({ q: "zebrakursus", kommune: offer.owner.code })).toEqual([]);
    expect(await titles({ q: "zebrakursus" })).toEqual([]);
  });

  it("a new tag makes an offer a related match nationally (the GIN index on the tags)", async () => {
    const [{ id }] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Offer" WHERE status = 'PUBLISHED' AND NOT ('SMOKING' = ANY("riskFactors"))
      AND NOT "searchVector" @@ to_tsquery('danish', 'rygning:* | rygestop:* | røgfri:* | smøg:* | nikotin:* | tobak:* | cigaret:* | snus:*') ORDER BY id LIMIT 1`;
    const offer = await db.offer.findUniqueOrThrow({ where: { id } });
    const before = (await searchOffers({ q: "rygestop" })).total;
    await db.offer.update({ where: { id: offer.id }, data: { riskFactors: { set: [...offer.riskFactors, "SMOKING"] } } });
    const after = await searchOffers({ q: "rygestop" });
    expect(after.total).toBe(before + 1);
    expect(after.items.find((i) => i.id === offer.id)?.related ?? true).toBe(true); // found by its tag only: related
  });

  it("a partner arrangement brings another municipality's offer to its citizens' lookup, and its removal takes it away", async () => {
    const koege = await db.organisation.findFirstOrThrow({ where: { kind: "MUNICIPALITY", code: "259" } });
    const roskilde = await db.organisation.findFirstOrThrow({ where: { kind: "MUNICIPALITY", code: "265" } });
    const offer = await db.offer.findFirstOrThrow({ where: { ownerId: koege.id, status: "PUBLISHED", partnerArrangements: { none: { citizenMunicipalityId: roskilde.id } } }, orderBy: { title: "asc" } });
    const word = offer.title.toLowerCase().split(/[^\p{L}\p{N}]+/u).find((w) => w.length >= 5)!;
    const shared = { id: offer.id, title: offer.title, related: expect.any(Boolean), viaPartner: true };
    const inRoskilde = async (q: string) => (await titles({ q, kommune: "265" })).filter((i) => i.id === offer.id);
    expect(await inRoskilde(word)).toEqual([]);

    const coordinator = await actorFor((await createUser([{ organisationId: koege.id, role: "COORDINATOR" }])).id);
    const arrangement = await addPartnerArrangement(coordinator, { offerId: offer.id, citizenMunicipalityId: roskilde.id, validFrom: "", validTo: "", note: "" });
    expect(await inRoskilde(word)).toEqual([shared]); // one word
    expect(await inRoskilde(`${word} ${word}x`)).toEqual([shared]); // several words: the other statement

    await removePartnerArrangement(coordinator, { arrangementId: arrangement.id });
    expect(await inRoskilde(word)).toEqual([]);
    expect(await inRoskilde(`${word} ${word}x`)).toEqual([]);
  });
});
