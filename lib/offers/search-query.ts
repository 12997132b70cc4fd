/**
 * The SQL of the GP lookup and of the open-data API: one statement, parameterised, over the
 * trigger-kept Danish tsvector `Offer.searchVector` (docs/decisions/005-search-without-gin.md).
 *
 * How a search text matches the open-data API (every word must match — words are ANDed):
 * - A word that names a KRAM risk factor or a diagnosis (lib/offers/thesaurus.ts) matches an offer
 *   tagged with that concept, or whose text contains one of the concept's words as a prefix
 *   ("rygestop" → SMOKING → `rygning:* | rygestop:* | …`).
 * - Any other word matches as a stemmed prefix (`kursus:*`), or — for typos, words of 5+ letters — by
 *   trigram word similarity to the title and summary (pg_trgm). Danish stop words are ignored.
 * The GP lookup (offerSearchSql) is more forgiving and says why an offer is there (issue 16):
 * - Words the catalogue does not know are dropped: an offer qualifies by the *number* of words it
 *   matches, and the offers matching the most words are shown — all words when some offer matches
 *   them all (the AND above), fewer when none does ("kronisk obstruktiv lungesygdom": "obstruktiv"
 *   is in no offer, so the COPD offers are shown for the other two).
 * - Direct before related: an offer whose title or summary says the word — its own words or the
 *   words of its family in the thesaurus (rygestop ≈ rygning ≈ smøger; but "søvn" is not "stress")
 *   — is a direct match; one that matches only through a risk factor or diagnosis tag, or another
 *   family's words, is related and listed after the direct ones (the page shows them under their own
 *   heading).
 * - Ranking within each: the word itself at the start of a title word, then its family in the
 *   title, then in the summary, a typo's trigram similarity, a tag; then ts_rank_cd (length-
 *   normalised) and the municipality's own offers before the region's; ties in Danish
 *   alphabetical order.
 *
 * Availability for a citizen's residence municipality: the municipality's own published offers, the
 * offers other municipalities share with it through a current partner arrangement, and the offers of
 * its region (specialised, disease-specific).
 *
 * The GP lookup's statement is a call of the PL/pgSQL function `offer_lookup` (planned once per
 * connection; docs/decisions/021-lookup-statement-search-document.md): this module turns the search
 * words into its arguments. The open-data statement (offerIdsSql) is built here in full.
 *
 * Pure: builds the statement; lib/domain/offers/search-offers.ts runs it.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Diagnosis, OfferFormat, ReferralRoute, RiskFactor } from "@/lib/generated/prisma/enums";
import { conceptsFor, expansionFor, familyFor, tokenize, type Concept } from "./thesaurus";
import { prefixTerm, weightedQuery } from "@/lib/search/word-families";

export type OfferSearchFilters = {
  q?: string;
  /** Official code of the citizen's residence municipality, e.g. "265" (Roskilde). */
  municipalityCode?: string;
  riskFactor?: RiskFactor;
  diagnosis?: Diagnosis;
  /** The citizen's age in years. */
  age?: number;
  format?: OfferFormat;
  /** ISO 639-1 code. */
  language?: string;
  afterHours?: boolean;
  referralRoute?: ReferralRoute;
  /** Open data: offers of one owner, offers changed after a moment, several taxonomy terms (ORed). */
  ownerId?: string;
  modifiedAfter?: Date;
  riskFactorsAny?: RiskFactor[];
  diagnosesAny?: Diagnosis[];
};

export type SearchWord = {
  word: string;
  /** The tsquery text for this word (already safe: letters, digits, `:*` and `|`). */
  tsquery: string;
  riskFactors: RiskFactor[];
  diagnoses: Diagnosis[];
  /** Whether trigram similarity may rescue a typo of this word. */
  fuzzy: boolean;
  /** The words that mean the same (its own, or its thesaurus family), as a tsquery without weights. */
  family: string;
  /** The concepts the word names (for the lookup's "related offers — about …" heading). */
  concepts: Concept[];
};

const prefix = prefixTerm;

/** The search text as words with their tsqueries and concepts (exported for the tests). */
export function searchWords(q: string | undefined): SearchWord[] {
  if (!q) return [];
  return tokenize(q).map((word) => {
    const concepts = conceptsFor(word);
    const expansion = expansionFor(word);
    return {
      word,
      tsquery: concepts.length > 0 ? [...new Set([...expansion])].map(prefix).join(" | ") : prefix(word),
      riskFactors: concepts.flatMap((c) => (c.kind === "riskFactor" ? [c.value] : [])),
      diagnoses: concepts.flatMap((c) => (c.kind === "diagnosis" ? [c.value] : [])),
      fuzzy: concepts.length === 0 && word.length >= 5 && !/^\d+$/.test(word),
      family: concepts.length > 0 ? [...new Set(familyFor(word))].map(prefix).join(" | ") || prefix(word) : prefix(word),
      concepts,
    };
  });
}

const riskArray = (values: readonly string[]) => Prisma.sql`ARRAY[${Prisma.join(values)}]::"RiskFactor"[]`;
const diagnosisArray = (values: readonly string[]) => Prisma.sql`ARRAY[${Prisma.join(values)}]::"Diagnosis"[]`;

/** Trigram word similarity above which a word counts as a typo of a title/summary word. */
export const FUZZY_THRESHOLD = 0.6;

/** A word's text and tag conditions (the full-text match, the risk factors and diagnoses it names). */
function textAndTags(w: SearchWord): { tsq: Prisma.Sql; parts: Prisma.Sql[] } {
  const tsq = Prisma.sql`to_tsquery('danish', ${w.tsquery})`;
  const parts: Prisma.Sql[] = [Prisma.sql`o."searchVector" @@ ${tsq}`];
  if (w.riskFactors.length) parts.push(Prisma.sql`o."riskFactors" && ${riskArray(w.riskFactors)}`);
  if (w.diagnoses.length) parts.push(Prisma.sql`o."diagnoses" && ${diagnosisArray(w.diagnoses)}`);
  return { tsq, parts };
}

function wordCondition(w: SearchWord): Prisma.Sql {
  const { tsq, parts } = textAndTags(w);
  if (w.riskFactors.length === 0 && w.diagnoses.length === 0) {
    parts.push(Prisma.sql`numnode(${tsq}) = 0`); // a Danish stop word ("og", "for") restricts nothing
  }
  if (w.fuzzy) parts.push(Prisma.sql`word_similarity(${w.word}, o.title || ' ' || o.summary) >= ${FUZZY_THRESHOLD}`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

function rankExpression(words: SearchWord[]): Prisma.Sql {
  if (words.length === 0) return Prisma.sql`0::float8`;
  const all = words.map((w) => `(${w.tsquery})`).join(" | ");
  const parts: Prisma.Sql[] = [Prisma.sql`ts_rank_cd(o."searchVector", to_tsquery('danish', ${all}))`];
  for (const w of words) {
    if (w.riskFactors.length) parts.push(Prisma.sql`(CASE WHEN o."riskFactors" && ${riskArray(w.riskFactors)} THEN 0.3 ELSE 0 END)`);
    if (w.diagnoses.length) parts.push(Prisma.sql`(CASE WHEN o."diagnoses" && ${diagnosisArray(w.diagnoses)} THEN 0.3 ELSE 0 END)`);
    if (w.fuzzy) parts.push(Prisma.sql`(0.1 * word_similarity(${w.word}, o.title || ' ' || o.summary))`);
  }
  return Prisma.sql`(${Prisma.join(parts, " + ")})::float8`;
}

const weighted = weightedQuery;

/**
 * Danish alphabetical order without ICU (the embedded PGlite has no ICU collations; the databases use
 * the C collation): æ, ø, å map to the three code points right after "z".
 */
export const DANISH_TITLE_ORDER = Prisma.sql`translate(lower(o.title), 'æøåäö', '{|}{|')`;

/** The WHERE conditions of a search (exported so the open-data API counts and pages the same set). */
export function searchConditions(filters: OfferSearchFilters, words: SearchWord[]): Prisma.Sql[] {
  return [...words.map(wordCondition), ...filterConditions(filters)];
}

/** The conditions of everything but the search text: published, current, the filters. */
function filterConditions(filters: OfferSearchFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [
    Prisma.sql`o.status = 'PUBLISHED'`,
    Prisma.sql`(o."validTo" IS NULL OR o."validTo" >= CURRENT_DATE)`,
  ];
  if (filters.riskFactor) where.push(Prisma.sql`o."riskFactors" @> ${riskArray([filters.riskFactor])}`);
  if (filters.diagnosis) where.push(Prisma.sql`o."diagnoses" @> ${diagnosisArray([filters.diagnosis])}`);
  if (filters.riskFactorsAny?.length || filters.diagnosesAny?.length) {
    const any: Prisma.Sql[] = [];
    if (filters.riskFactorsAny?.length) any.push(Prisma.sql`o."riskFactors" && ${riskArray(filters.riskFactorsAny)}`);
    if (filters.diagnosesAny?.length) any.push(Prisma.sql`o."diagnoses" && ${diagnosisArray(filters.diagnosesAny)}`);
    where.push(Prisma.sql`(${Prisma.join(any, " OR ")})`);
  }
  if (filters.age !== undefined) {
    where.push(Prisma.sql`(o."targetAgeMin" IS NULL OR o."targetAgeMin" <= ${filters.age})`);
    where.push(Prisma.sql`(o."targetAgeMax" IS NULL OR o."targetAgeMax" >= ${filters.age})`);
  }
  if (filters.format) where.push(Prisma.sql`o.formats @> ARRAY[${filters.format}]::"OfferFormat"[]`);
  if (filters.language) where.push(Prisma.sql`${filters.language} = ANY(o.languages)`);
  if (filters.afterHours) where.push(Prisma.sql`o."afterHours" = true`);
  if (filters.referralRoute) where.push(Prisma.sql`o."referralRoute" = ${filters.referralRoute}::"ReferralRoute"`);
  if (filters.ownerId) where.push(Prisma.sql`o."ownerId" = ${filters.ownerId}`);
  if (filters.modifiedAfter) where.push(Prisma.sql`o."updatedAt" > ${filters.modifiedAfter}`);
  return where;
}

/**
 * WITH and FROM. With a residence municipality, the offers available to its citizens are collected
 * first (by the owner index and the partner index: a few dozen rows), so the text match runs on those
 * only; an unknown code yields no rows.
 */
function sources(filters: OfferSearchFilters): { ctes: Prisma.Sql[]; from: Prisma.Sql } {
  const from = Prisma.sql`FROM "Offer" o JOIN "Organisation" ow ON ow.id = o."ownerId"`;
  if (filters.municipalityCode === undefined) return { ctes: [], from };
  return {
    ctes: [
      Prisma.sql`m AS (
        SELECT id, "regionId" FROM "Organisation" WHERE kind = 'MUNICIPALITY' AND code = ${filters.municipalityCode}
      )`,
      Prisma.sql`available AS (
        SELECT x.id FROM "Offer" x JOIN m ON x."ownerId" IN (m.id, m."regionId") WHERE x.status = 'PUBLISHED'
        UNION
        SELECT pa."offerId" FROM "PartnerArrangement" pa JOIN m ON pa."citizenMunicipalityId" = m.id
        WHERE (pa."validFrom" IS NULL OR pa."validFrom" <= CURRENT_DATE) AND (pa."validTo" IS NULL OR pa."validTo" >= CURRENT_DATE)
      )`,
    ],
    from: Prisma.sql`${from} JOIN available a ON a.id = o.id CROSS JOIN m`,
  };
}

/** One row of the lookup's result list: only the columns a result line shows. */
export type OfferSearchRow = {
  id: string;
  title: string;
  summary: string;
  ownerId: string;
  ownerName: string;
  ownerKind: string;
  ownerReferralLocationNumber: string | null;
  ownerPhone: string | null;
  entryPointLocationNumber: string | null;
  referralRoute: ReferralRoute;
  capacity: string;
  waitingWeeksMin: number | null;
  waitingWeeksMax: number | null;
  formats: string[];
  languages: string[];
  afterHours: boolean;
  targetAgeMin: number | null;
  targetAgeMax: number | null;
  contactPhone: string | null;
  lastConfirmedAt: Date;
  reviewIntervalDays: number;
  city: string | null;
  viaPartner: boolean;
  /** The title or summary says what was searched; false: found only through a tag or the thesaurus. */
  direct: boolean;
  matched: number;
  best: number;
  rank: number;
  total: bigint | number;
};

/** The ids of the citizen's residence municipality and its region (the lookup has them in memory). */
export type MunicipalityIds = { id: string; regionId: string | null };

/**
 * The lookup statement (decision 021): a call of the PL/pgSQL function `offer_lookup` (migration
 * offer_lookup_function), whose statements are planned once per connection. The search words go in as
 * arrays (element i is word i: as typed, its tsquery, its family restricted to the title and to the
 * summary, whether a typo may match, whether it names a concept, the risk factors and diagnoses it
 * names); the function returns one page of results with the total in every row, the offers matching
 * the most words, direct ones first (decision 015). With a residence municipality, `municipality`
 * carries its ids (the lookup has them in memory).
 */
export function offerSearchSql(filters: OfferSearchFilters, page: { limit: number; offset: number }, municipality?: MunicipalityIds): Prisma.Sql {
  if (filters.municipalityCode !== undefined && !municipality) throw new Error("offerSearchSql: the municipality's ids are needed with its code");
  const words = searchWords(filters.q);
  const texts = (pick: (w: SearchWord) => string) => Prisma.sql`${words.map(pick)}::text[]`;
  const flags = (pick: (w: SearchWord) => boolean) => Prisma.sql`${words.map(pick)}::boolean[]`;
  const nullable = (value: string | number | boolean | undefined, type: string) => Prisma.sql`${value ?? null}::${Prisma.raw(type)}`;
  return Prisma.sql`SELECT * FROM offer_lookup(
      ${nullable(municipality?.id, "text")}, ${nullable(municipality?.regionId ?? undefined, "text")},
      ${texts((w) => w.word)}, ${texts((w) => w.tsquery)}, ${texts((w) => weighted(w.family, "A"))}, ${texts((w) => weighted(w.family, "B"))},
      ${flags((w) => w.fuzzy)}, ${flags((w) => w.concepts.length > 0)}, ${texts((w) => w.riskFactors.join(","))}, ${texts((w) => w.diagnoses.join(","))},
      ${words.map((w) => `(${w.tsquery})`).join(" | ")}, ${FUZZY_THRESHOLD}::real,
      ${nullable(filters.riskFactor, "text")}, ${nullable(filters.diagnosis, "text")}, ${nullable(filters.age, "integer")}, ${nullable(filters.format, "text")},
      ${nullable(filters.language, "text")}, ${filters.afterHours === true}, ${nullable(filters.referralRoute, "text")},
      ${page.limit}::integer, ${page.offset}::integer
    )`;
}

/** The open-data statement: the ids of one page, in the same order, with the total. */
export function offerIdsSql(filters: OfferSearchFilters, page: { limit: number; offset: number }): Prisma.Sql {
  const words = searchWords(filters.q);
  const { ctes, from } = sources(filters);
  return Prisma.sql`
    ${ctes.length ? Prisma.sql`WITH ${Prisma.join(ctes, ", ")}` : Prisma.empty}
    SELECT o.id, count(*) OVER () AS total
    ${from}
    WHERE ${Prisma.join(searchConditions(filters, words), " AND ")}
    ORDER BY ${rankExpression(words)} DESC, ${DANISH_TITLE_ORDER}, o.id
    LIMIT ${page.limit} OFFSET ${page.offset}`;
}
