/**
 * The SQL of the aids lookup: one parameterised statement over one region's catalogue. The
 * catalogue is small (tens to a few hundred aids per region), so the Danish document is computed in
 * the statement (name and synonyms weight A, description B, notes and legal bases C) rather than
 * kept by a trigger — docs/decisions/027-aids-lookup.md.
 *
 * As forgiving as the offer lookup (lib/offers/search-query.ts), with the same shared machinery
 * (lib/search/word-families.ts):
 * - a word that names a group of aids ("rollator" → WALKING) matches any of the group's words as a
 *   stemmed prefix ("gangredskab:* | rollator:* | …"); any other word matches as a stemmed prefix,
 *   or — 5 letters or more — by trigram similarity to the name and synonyms (typos);
 * - words no aid matches are dropped: the aids matching the *most* words are the result;
 * - aids whose name or synonyms say the word (or its family) come first; then the full-text rank,
 *   then Danish alphabetical order.
 *
 * Pure: builds the statement; lib/domain/aids/search-aids.ts runs it.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { prefixTerm, weightedQuery } from "@/lib/search/word-families";
import { aidExpansionFor, aidFamilyFor, aidGroupsFor, readAidQuery, type AidGroup, type AidUse } from "./thesaurus";

export type AidSearchWord = { word: string; tsquery: string; family: string; fuzzy: boolean; groups: AidGroup[] };

/** Trigram word similarity above which a word counts as a typo of a name or synonym. */
export const AID_FUZZY_THRESHOLD = 0.55;

export function aidSearchWords(q: string): { words: AidSearchWord[]; use: AidUse | null } {
  const { words, use } = readAidQuery(q);
  return {
    use,
    words: words.map((word) => {
      const groups = aidGroupsFor(word);
      const expansion = aidExpansionFor(word);
      return {
        word,
        groups,
        tsquery: groups.length ? [...new Set([word, ...expansion])].map(prefixTerm).join(" | ") : prefixTerm(word),
        family: groups.length ? [...new Set([word, ...aidFamilyFor(word)])].map(prefixTerm).join(" | ") : prefixTerm(word),
        fuzzy: groups.length === 0 && word.length >= 5 && !/^\d+$/.test(word),
      };
    }),
  };
}

const DOCUMENT = Prisma.sql`(
  setweight(to_tsvector('danish', i.name || ' ' || i.synonyms), 'A') ||
  setweight(to_tsvector('danish', i.description), 'B') ||
  setweight(to_tsvector('danish', i.notes || ' ' || i."temporaryLegalBasis" || ' ' || i."permanentLegalBasis"), 'C'))`;
const NAME_TEXT = Prisma.sql`(i.name || ' ' || i.synonyms)`;

/** Danish alphabetical order without ICU (the databases use the C collation): æ, ø, å after "z". */
const DANISH_NAME_ORDER = Prisma.sql`translate(lower(i.name), 'æøåäö', '{|}{|')`;

function wordMatch(w: AidSearchWord): Prisma.Sql {
  const parts = [Prisma.sql`doc @@ to_tsquery('danish', ${w.tsquery})`];
  if (w.fuzzy) parts.push(Prisma.sql`word_similarity(${w.word}, name_text) >= ${AID_FUZZY_THRESHOLD}`);
  return Prisma.sql`(numnode(to_tsquery('danish', ${w.tsquery})) > 0 AND (${Prisma.join(parts, " OR ")}))`;
}

function wordDirect(w: AidSearchWord): Prisma.Sql {
  const parts = [Prisma.sql`doc @@ to_tsquery('danish', ${weightedQuery(w.family, "A")})`];
  if (w.fuzzy) parts.push(Prisma.sql`word_similarity(${w.word}, name_text) >= ${AID_FUZZY_THRESHOLD}`);
  return Prisma.sql`(numnode(to_tsquery('danish', ${w.tsquery})) > 0 AND (${Prisma.join(parts, " OR ")}))`;
}

export type AidSearchRow = { id: string; matched: number; direct: boolean; rank: number };

/** The ids of the aids of one catalogue that answer the search, best first (at most `limit`). */
export function aidSearchSql(catalogueId: string, words: AidSearchWord[], limit: number): Prisma.Sql {
  if (words.length === 0) {
    return Prisma.sql`SELECT i.id, 0 AS matched, true AS direct, 0::float8 AS rank FROM "AidItem" i
      WHERE i."catalogueId" = ${catalogueId} ORDER BY i.number, i.id LIMIT ${limit}`;
  }
  const matched = Prisma.join(words.map((w) => Prisma.sql`(CASE WHEN ${wordMatch(w)} THEN 1 ELSE 0 END)`), " + ");
  const direct = Prisma.join(words.map(wordDirect), " OR ");
  const all = words.map((w) => `(${w.tsquery})`).join(" | ");
  return Prisma.sql`
    WITH docs AS (
      SELECT i.id, ${DOCUMENT} AS doc, ${NAME_TEXT} AS name_text, ${DANISH_NAME_ORDER} AS sort_name FROM "AidItem" i WHERE i."catalogueId" = ${catalogueId}
    ), scored AS (
      SELECT id, sort_name, (${matched})::int AS matched, (${direct}) AS direct, ts_rank_cd(doc, to_tsquery('danish', ${all}), 1)::float8 AS rank FROM docs
    )
    SELECT id, matched, direct, rank FROM scored
    WHERE matched > 0 AND matched = (SELECT max(matched) FROM scored)
    ORDER BY direct DESC, rank DESC, sort_name, id
    LIMIT ${limit}`;
}
