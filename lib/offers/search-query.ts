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

/** The word at the start of a word of the title, as typed (no stemming: "rygere" is not "rygsmerter"). */
const inTitle = (w: SearchWord) => Prisma.sql`(' ' || translate(lower(o.title), '-–(),.:/', '        ')) LIKE ${`% ${w.word}%`}`;

/** What a lookup word matches (text, tags, typo); a stop word matches nothing here and counts for nothing. */
function lookupWordMatch(w: SearchWord): Prisma.Sql {
  const { parts } = textAndTags(w);
  if (w.fuzzy) parts.push(Prisma.sql`word_similarity(${w.word}, o.title || ' ' || o.summary) >= ${FUZZY_THRESHOLD}`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/** A word the Danish configuration drops entirely ("og", "for", "med"); concept words never are. */
const isStopWord = (w: SearchWord) => (w.concepts.length ? Prisma.sql`false` : Prisma.sql`(numnode(to_tsquery('danish', ${w.tsquery})) = 0)`);

/** The title or summary says the word (its own words or its family's), or a typo of it. */
function lookupDirect(w: SearchWord): Prisma.Sql {
  const parts: Prisma.Sql[] = [inTitle(w), Prisma.sql`o."searchVector" @@ to_tsquery('danish', ${weighted(w.family, "AB")})`];
  if (w.fuzzy) parts.push(Prisma.sql`word_similarity(${w.word}, o.title || ' ' || o.summary) >= ${FUZZY_THRESHOLD}`);
  return Prisma.sql`(NOT ${isStopWord(w)} AND (${Prisma.join(parts, " OR ")}))`;
}

function lookupRank(words: SearchWord[], ownMunicipality: Prisma.Sql): Prisma.Sql {
  if (words.length === 0) return Prisma.sql`0::float8`;
  const all = words.map((w) => `(${w.tsquery})`).join(" | ");
  const parts: Prisma.Sql[] = [Prisma.sql`0.1 * ts_rank_cd(o."searchVector", to_tsquery('danish', ${all}), 1)`, Prisma.sql`(CASE WHEN ${ownMunicipality} THEN 0.05 ELSE 0 END)`];
  for (const w of words) {
    parts.push(Prisma.sql`(CASE WHEN ${isStopWord(w)} THEN 0 WHEN ${inTitle(w)} THEN 1.0
      WHEN o."searchVector" @@ to_tsquery('danish', ${weighted(w.family, "A")}) THEN 0.6
      WHEN o."searchVector" @@ to_tsquery('danish', ${weighted(w.family, "B")}) THEN 0.3 ELSE 0 END)`);
    if (w.riskFactors.length) parts.push(Prisma.sql`(CASE WHEN o."riskFactors" && ${riskArray(w.riskFactors)} THEN 0.1 ELSE 0 END)`);
    if (w.diagnoses.length) parts.push(Prisma.sql`(CASE WHEN o."diagnoses" && ${diagnosisArray(w.diagnoses)} THEN 0.1 ELSE 0 END)`);
    if (w.fuzzy) parts.push(Prisma.sql`(0.5 * word_similarity(${w.word}, o.title || ' ' || o.summary))`);
  }
  return Prisma.sql`(${Prisma.join(parts, " + ")})::float8`;
}

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

/**
 * The lookup statement: one page of results with the total in every row (count(*) OVER ()), and the
 * first location's town — joined once for the page (OfferLocation has no index on offerId). Each
 * offer is scored by the number of words it matches (`matched`) and whether its title or summary says
 * them (`direct`); the offers matching the most words are the result, direct ones first.
 */
export function offerSearchSql(filters: OfferSearchFilters, page: { limit: number; offset: number }): Prisma.Sql {
  const words = searchWords(filters.q);
  const { ctes, from } = sources(filters);
  const withMunicipality = filters.municipalityCode !== undefined;
  const viaPartner = withMunicipality ? Prisma.sql`(o."ownerId" <> m.id AND o."ownerId" IS DISTINCT FROM m."regionId")` : Prisma.sql`false`;
  const ownMunicipality = withMunicipality ? Prisma.sql`o."ownerId" = m.id` : Prisma.sql`ow.kind = 'MUNICIPALITY'`;
  const counted = words.map((w) => Prisma.sql`(CASE WHEN NOT ${isStopWord(w)} AND ${lookupWordMatch(w)} THEN 1 ELSE 0 END)`);
  const matched = counted.length ? Prisma.sql`(${Prisma.join(counted, " + ")})` : Prisma.sql`0`;
  // Only stop words (or nothing) typed: the text restricts nothing, as if it were empty.
  const onlyStopWords = words.length ? Prisma.sql`(${Prisma.join(words.map(isStopWord), " AND ")})` : Prisma.sql`true`;
  const direct = words.length ? Prisma.sql`(${onlyStopWords} OR ${Prisma.join(words.map(lookupDirect), " OR ")})` : Prisma.sql`true`;
  const scored = Prisma.sql`scored AS (
      SELECT o.id, o.title, o.summary, o."ownerId", ow.name AS "ownerName", ow.kind::text AS "ownerKind",
        ow."referralLocationNumber" AS "ownerReferralLocationNumber", ow.phone AS "ownerPhone",
        o."entryPointLocationNumber", o."referralRoute"::text AS "referralRoute", o.capacity::text AS capacity,
        o."waitingWeeksMin", o."waitingWeeksMax", o.formats::text[] AS formats, o.languages, o."afterHours",
        o."targetAgeMin", o."targetAgeMax", o."contactPhone", o."lastConfirmedAt", o."reviewIntervalDays",
        ${viaPartner} AS "viaPartner",
        ${matched} AS matched,
        ${direct} AS direct,
        ${lookupRank(words, ownMunicipality)} AS rank,
        ${DANISH_TITLE_ORDER} AS "sortTitle"
      ${from}
      WHERE ${Prisma.join(filterConditions(filters), " AND ")} AND (${onlyStopWords} OR ${matched} > 0)
    )`;
  const pageCte = Prisma.sql`page AS (
      SELECT b.*, count(*) OVER () AS total
      FROM (SELECT s.*, max(s.matched) OVER () AS best FROM scored s) b
      WHERE b.matched = b.best
      ORDER BY b.direct DESC, b.rank DESC, b."sortTitle", b.id
      LIMIT ${page.limit} OFFSET ${page.offset}
    )`;
  return Prisma.sql`
    WITH ${Prisma.join([...ctes, scored, pageCte], ", ")}
    SELECT p.*, l.city FROM page p
    LEFT JOIN (
      SELECT DISTINCT ON ("offerId") "offerId", city FROM "OfferLocation"
      WHERE "offerId" IN (SELECT id FROM page) ORDER BY "offerId", position, id
    ) l ON l."offerId" = p.id
    ORDER BY p.direct DESC, p.rank DESC, p."sortTitle", p.id`;
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
