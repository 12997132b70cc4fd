import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { aidSearchSql, aidSearchWords, type AidSearchRow } from "@/lib/aids/search-query";
import { aidAnswers, type AidAnswer } from "@/lib/aids/answer";
import type { AidUse } from "@/lib/aids/thesaurus";
import { parseInput } from "@/lib/domain/pipeline";
import { searchAidsInput } from "./schemas";
import { chosenRegionId, readableCatalogue } from "./scope";
import { aidItemSelect, type AidItemDto } from "./dto";

export type AidSearchResult = { item: AidItemDto; answers: AidAnswer[]; direct: boolean };
export type AidSearch = { q: string; use: AidUse | null; results: AidSearchResult[] };

const LIMIT = 20;

/**
 * The aids lookup: "rollator midlertidigt" → the walking aids, each with its one-line answer for the
 * need the search names (lib/aids/answer.ts). Scoped like the catalogue: a region the actor does not
 * read is not found.
 */
export async function searchAids(actor: Actor | null, input: unknown): Promise<AidSearch> {
  const data = parseInput(searchAidsInput, input);
  const { catalogue } = await readableCatalogue(db, actor, { regionId: await chosenRegionId(db, actor, data.regionId) });
  const { words, use } = aidSearchWords(data.q);
  if (!data.q.trim() || words.length === 0) return { q: data.q, use, results: [] };
  const rows = await db.$queryRaw<AidSearchRow[]>(aidSearchSql(catalogue.id, words, LIMIT));
  const items = await db.aidItem.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: aidItemSelect });
  const byId = new Map(items.map((i) => [i.id, i]));
  return {
    q: data.q,
    use,
    results: rows.flatMap((r) => {
      const item = byId.get(r.id);
      return item ? [{ item, answers: aidAnswers(item, use), direct: r.direct }] : [];
    }),
  };
}
