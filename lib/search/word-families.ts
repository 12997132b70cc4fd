/**
 * The forgiving-lookup machinery shared by the offer lookup (lib/offers/thesaurus.ts) and the aids
 * lookup (lib/aids/thesaurus.ts): a small domain thesaurus of concepts, the words that name each
 * (terms), what each expands to in a Danish full-text query (expansion), and which of those words mean
 * the same thing (families). PostgreSQL's Danish snowball stemmer does not split compounds
 * (docs/decisions/005 and 015), so matching a word to a term is done here, by prefix and suffix.
 *
 * Pure: a thesaurus is data; `wordFamilies(entries)` gives the three questions a lookup asks of it.
 */

export type ThesaurusEntry<C> = {
  concept: C;
  /**
   * Words that name the concept (lower case). A search word matches an entry when it *starts with*
   * one of these (compounds: "rygestopkursus" starts with "rygestop"), ends with one of 5 letters or
   * more (Danish compounds put the thing last: "brystkræft"), or — for words of 4 letters or more —
   * when one of these starts with it (typing in progress: "rygn" → "rygning"). Terms of 3 letters or
   * fewer ("kol") must match whole, with a Danish ending at most, so "kolde" is not COPD.
   */
  terms: readonly string[];
  /** What the concept expands to in the full-text query: word stems searched as prefixes. */
  expansion: readonly string[];
  /**
   * The words that mean the *same thing* as a term, in families (direct vs related matches). Without
   * families the whole expansion is one family.
   */
  families?: readonly (readonly string[])[];
};

/** Danish endings a short term takes ("knæ" → "knæet", "knæene"); longer terms match as prefixes anyway. */
const SHORT_TERM_ENDINGS = ["", "e", "en", "et", "er", "ene", "erne"];

export function termMatches(word: string, term: string): boolean {
  if (term.length <= 3) return SHORT_TERM_ENDINGS.some((ending) => word === term + ending);
  if (word.startsWith(term)) return true;
  if (term.length >= 5 && word.length > term.length && word.endsWith(term)) return true;
  return word.length >= 4 && term.startsWith(word);
}

/** Lower case, phrases joined, split on anything that is not a letter or digit; at most 8 distinct words. */
export function tokenizeWith(query: string, phrases: readonly [RegExp, string][] = []): string[] {
  let text = query.toLowerCase().normalize("NFC");
  for (const [pattern, replacement] of phrases) text = text.replace(pattern, replacement);
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && w.length <= 60);
  return [...new Set(words)].slice(0, 8);
}

/** A prefix query term for to_tsquery; stems of 3 letters or fewer must match exactly ("kol" is not "kolde"). */
export const prefixTerm = (stem: string) => (stem.length <= 3 ? stem : `${stem}:*`);

/** A tsquery text with every term restricted to the given weights ("rygning:*" → "rygning:*AB"). */
export const weightedQuery = (tsquery: string, weights: string) =>
  tsquery.replace(/([\p{L}\p{N}]+)(:\*)?/gu, (_, term: string, star?: string) => `${term}:${star ? "*" : ""}${weights}`);

export type WordFamilies<C> = {
  /** The concepts a search word names (usually zero or one). */
  conceptsFor(word: string): C[];
  /** The full-text expansion of a search word's concepts (empty when the word names no concept). */
  expansionFor(word: string): string[];
  /** The words that mean the same as `word`: its own concept's family when it names one, else nothing. */
  familyFor(word: string): string[];
};

export function wordFamilies<C>(entries: readonly ThesaurusEntry<C>[]): WordFamilies<C> {
  const matching = (word: string) => entries.filter((entry) => entry.terms.some((term) => termMatches(word, term)));
  return {
    conceptsFor: (word) => matching(word).map((entry) => entry.concept),
    expansionFor: (word) => [...new Set(matching(word).flatMap((entry) => entry.expansion))],
    familyFor(word) {
      const result = new Set<string>();
      for (const entry of matching(word)) {
        const matched = entry.terms.filter((term) => termMatches(word, term));
        // Without families the expansion is the family (its words were chosen not to collide).
        const families = entry.families ?? [entry.expansion];
        for (const family of families) if (!entry.families || family.some((f) => matched.includes(f) || termMatches(word, f))) family.forEach((f) => result.add(f));
      }
      return [...result];
    },
  };
}
