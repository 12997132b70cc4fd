import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { searchSectionsInput } from "./schemas";
import { visibleVersionsWhere } from "./scope";

/** Marks around the matched words in a snippet; the page turns them into <mark> (React escapes the rest). */
export const HIGHLIGHT_START = "\u27e6";
export const HIGHLIGHT_END = "\u27e7";

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Markdown punctuation is noise in a snippet (the snippet is shown as plain text). */
function plainSnippet(snippet: string): string {
  return snippet.replace(/[*_`#>|]+/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\s+/g, " ").trim();
}

export type SectionHit = { id: string; lineageId: string; number: string; title: string; rank: number; snippet: string };

/**
 * Builds a prefix query from plain words ("rygest kvitt" → 'rygest:* & kvitt:*'), so a search finds
 * words as they are typed. Only letters and digits survive: nothing the user types becomes tsquery
 * syntax. Queries with operators (quotes, -, or) are left to websearch_to_tsquery alone.
 */
export function prefixQuery(q: string): string | null {
  if (/["]|(^|\s)-|\bor\b/i.test(q)) return null;
  const words = q
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((w) => w.length >= 2)
    .slice(0, 8);
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

/**
 * Danish full-text search within one version: the trigger-kept Section.searchVector (number and
 * title weight A, body B) against websearch_to_tsquery('danish', q) — stemming, quotes, "-word" —
 * or the prefix query; ranked with ts_rank, with ts_headline snippets.
 */
export async function searchSections(actor: Actor | null, input: unknown): Promise<SectionHit[]> {
  const data = parseInput(searchSectionsInput, input);
  const version = await db.agreementVersion.findFirst({ where: { AND: [{ id: data.versionId }, visibleVersionsWhere(actor)] }, select: { id: true } }); // scoped
  if (!version) throw new NotFoundError();
  if (!data.q) return [];
  const prefix = prefixQuery(data.q);

  const rows = await db.$queryRaw<{ id: string; lineageId: string; number: string; title: string; rank: number; snippet: string }[]>`
    WITH q AS (
      SELECT CASE WHEN ${prefix}::text IS NULL
                  THEN websearch_to_tsquery('danish', ${data.q})
                  ELSE websearch_to_tsquery('danish', ${data.q}) || to_tsquery('danish', ${prefix}::text) END AS query
    )
    SELECT s.id, s."lineageId", s.number, s.title,
           ts_rank(s."searchVector", q.query)::float8 AS rank,
           ts_headline('danish', s.body, q.query, ${HEADLINE_OPTIONS}) AS snippet
    FROM "Section" s, q
    WHERE s."versionId" = ${version.id} AND s."searchVector" @@ q.query
    ORDER BY rank DESC, s.number
    LIMIT 50`;
  return rows.map((r) => ({ ...r, rank: Number(r.rank), snippet: plainSnippet(r.snippet) }));
}
