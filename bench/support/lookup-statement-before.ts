/**
 * The GP lookup's statement as it was before decision 021 (decisions 005 and 015): every word's
 * tsquery, tag and title conditions evaluated per candidate row against the trigger-kept tsvector,
 * the owner joined for every candidate. Frozen here, unchanged, so bench/offers-lookup-sql.ts can run
 * the old statement next to the new one on the same data in one run and check they return the same
 * rows. Not used by the app.
 */
import { Prisma } from "../../lib/generated/prisma/client";
import { DANISH_TITLE_ORDER, FUZZY_THRESHOLD, searchWords, type OfferSearchFilters, type SearchWord } from "../../lib/offers/search-query";
const riskArray = (values: readonly string[]) => Prisma.sql`ARRAY[${Prisma.join(values)}]::"RiskFactor"[]`;
const diagnosisArray = (values: readonly string[]) => Prisma.sql`ARRAY[${Prisma.join(values)}]::"Diagnosis"[]`;

/** A word's text and tag conditions (the full-text match, the risk factors and diagnoses it names). */
function textAndTags(w: SearchWord): { tsq: Prisma.Sql; parts: Prisma.Sql[] } {
  const tsq = Prisma.sql`to_tsquery('danish', ${w.tsquery})`;
  const parts: Prisma.Sql[] = [Prisma.sql`o."searchVector" @@ ${tsq}`];
  if (w.riskFactors.length) parts.push(Prisma.sql`o."riskFactors" && ${riskArray(w.riskFactors)}`);
  if (w.diagnoses.length) parts.push(Prisma.sql`o."diagnoses" && ${diagnosisArray(w.diagnoses)}`);
  return { tsq, parts };
}

/** A tsquery text with every term restricted to the given weights ("rygning:*" → "rygning:*AB"). */
const weighted = (tsquery: string, weights: string) => tsquery.replace(/([\p{L}\p{N}]+)(:\*)?/gu, (_, term: string, star?: string) => `${term}:${star ? "*" : ""}${weights}`);

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

export function offerSearchSqlBefore(filters: OfferSearchFilters, page: { limit: number; offset: number }): Prisma.Sql {
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
