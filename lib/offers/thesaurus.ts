/**
 * A small domain thesaurus for the GP lookup: the words GPs and citizens use for the KRAM risk factors
 * and the diagnoses, mapped to the structured tags of an offer (Offer.riskFactors / Offer.diagnoses).
 *
 * Why (measured on PostgreSQL 15 and PGlite 0.4.4; decision 005): PostgreSQL's Danish snowball
 * stemmer does not split compounds — `rygning`, `rygestop` and `rygestopkursus` are three different
 * lexemes. Prefix queries cover compounds that *start* with the search word (`rygestop:*` finds
 * `rygestopkursus`); this thesaurus covers the rest (`rygestop` → SMOKING → `rygning:*`, and every offer
 * tagged SMOKING even if its text never says the word).
 *
 * Pure and shared by the search query builder and the tests.
 */
import type { Diagnosis, RiskFactor } from "@/lib/generated/prisma/enums";

/** A risk factor or diagnosis (an offer's tags), or a topic that only widens the text search (no tag). */
export type Concept = { kind: "riskFactor"; value: RiskFactor } | { kind: "diagnosis"; value: Diagnosis } | { kind: "topic"; value: Topic };
export type Topic = "LIFESTYLE";

type Entry = {
  concept: Concept;
  /**
   * Words that name the concept (lower case). A search word matches an entry when it *starts with*
   * one of these (compounds: "rygestopkursus" starts with "rygestop"), or — for words of 4 letters or
   * more — when one of these starts with it (typing in progress: "rygn" → "rygning"). Terms of 3 letters
   * or fewer ("kol") must match exactly, so "kolde" is not COPD.
   */
  terms: readonly string[];
  /**
   * What the concept expands to in the full-text query: word stems searched as prefixes in the Danish
   * configuration. Chosen so their Danish stems do not collide with other concepts (never "ryger",
   * whose stem "ryg" would also match "rygsmerter", back pain).
   */
  expansion: readonly string[];
  /**
   * For ranking (search-query.ts): the words that mean the *same thing* as a term, in families. An
   * offer whose title or summary holds a word of the search word's family is a direct match; one
   * that matches only through the concept (its tag, or another family's word in its text) is
   * related. Without families the whole expansion is one family (every smoking word is about
   * smoking; but "søvn" and "stress" are both mental health, and not the same thing). Family words
   * are searched as prefixes like the expansion, so they obey the same rule (no colliding stems).
   */
  families?: readonly (readonly string[])[];
};

const risk = (value: RiskFactor): Concept => ({ kind: "riskFactor", value });
const diagnosis = (value: Diagnosis): Concept => ({ kind: "diagnosis", value });
const topic = (value: Topic): Concept => ({ kind: "topic", value });

export const THESAURUS: readonly Entry[] = [
  {
    concept: risk("SMOKING"),
    terms: ["rygning", "rygestop", "ryger", "rygere", "røg", "røgfri", "smøg", "smøger", "nikotin", "tobak", "cigaret", "snus", "vape", "dampning", "smoking"],
    expansion: ["rygning", "rygestop", "røgfri", "smøg", "nikotin", "tobak", "cigaret", "snus"],
  },
  {
    concept: risk("ALCOHOL"),
    terms: ["alkohol", "druk", "drikker", "drikkeri", "spiritus", "antabus", "alcohol"],
    expansion: ["alkohol", "druk", "spiritus"],
  },
  {
    concept: risk("DIET"),
    terms: ["kost", "ernæring", "madvaner", "mad", "diæt", "måltid", "diet"],
    expansion: ["kost", "ernæring", "madvane", "diæt", "måltid"],
  },
  {
    concept: risk("EXERCISE"),
    terms: ["motion", "træning", "træne", "bevægelse", "fysisk", "idræt", "fitness", "aktivitet", "exercise"],
    expansion: ["motion", "træning", "bevægelse", "idræt", "fysisk"],
  },
  {
    concept: risk("OVERWEIGHT"),
    terms: ["overvægt", "vægttab", "fedme", "vægt", "slank", "bmi", "tabe", "overvægtig"],
    expansion: ["overvægt", "vægttab", "fedme", "vægt"],
  },
  {
    concept: risk("DRUGS"),
    terms: ["stoffer", "stofmisbrug", "hash", "cannabis", "narko", "rusmidler", "rusmiddel", "misbrug", "drugs"],
    expansion: ["stofmisbrug", "hash", "cannabis", "rusmiddel", "misbrug"],
  },
  {
    concept: risk("MENTAL_HEALTH"),
    terms: ["mental", "trivsel", "mistrivsel", "stress", "udbrændt", "psykisk", "ensom", "ensomhed", "søvn", "mindfulness"],
    expansion: ["mental", "trivsel", "mistrivsel", "stress", "psykisk", "ensomhed", "søvn"],
    families: [["søvn"], ["stress", "udbrændt", "mindfulness"], ["ensom", "ensomhed"], ["mental", "trivsel", "mistrivsel", "psykisk"]],
  },
  {
    concept: risk("SEXUAL_HEALTH"),
    terms: ["seksuel", "sex", "prævention", "kønssygdom", "klamydia"],
    expansion: ["seksuel", "prævention", "kønssygdom", "klamydia"],
  },
  {
    concept: diagnosis("COPD"),
    terms: ["kol", "copd", "lunge", "lunger", "lungesygdom", "lungerehabilitering", "åndenød", "bronkitis"],
    expansion: ["kol", "lunge", "åndenød"],
  },
  {
    concept: diagnosis("TYPE2_DIABETES"),
    terms: ["diabetes", "diabetiker", "sukkersyge", "type2", "blodsukker", "t2d"],
    expansion: ["diabetes", "diabetiker", "sukkersyge", "blodsukker"],
  },
  {
    concept: diagnosis("HEART_DISEASE"),
    terms: ["hjerte", "hjertesygdom", "hjertekar", "hjertesvigt", "blodprop", "hjerterehabilitering", "iskæmisk"],
    expansion: ["hjerte", "blodprop"],
  },
  {
    concept: diagnosis("CANCER"),
    terms: ["kræft", "cancer", "kræftramt", "onkologi", "tumor"],
    expansion: ["kræft", "cancer"],
  },
  {
    concept: diagnosis("DEPRESSION_ANXIETY"),
    terms: ["depression", "depressiv", "angst", "nedtrykt", "tristhed", "anxiety"],
    expansion: ["depression", "depressiv", "angst"],
    families: [["depression", "depressiv", "nedtrykt", "tristhed"], ["angst", "anxiety"]],
  },
  {
    concept: diagnosis("MUSCULOSKELETAL"),
    terms: ["rygsmerter", "rygproblemer", "lænd", "lændesmerter", "led", "ledsmerter", "knæ", "hofte", "artrose", "slidgigt", "gigt", "muskel", "bevægeapparat", "nakke", "skulder"],
    expansion: ["rygsmert", "lænd", "ledsmert", "knæ", "hofte", "artrose", "slidgigt", "gigt", "muskel", "bevægeapparat"],
    families: [
      ["rygsmerter", "rygproblemer", "rygsmert", "lænd", "lændesmerter"],
      ["knæ", "hofte", "artrose", "slidgigt", "gigt", "led", "ledsmerter", "ledsmert"],
      ["muskel", "bevægeapparat"],
      ["nakke", "skulder"],
    ],
  },
  {
    concept: topic("LIFESTYLE"),
    terms: ["livsstil", "vaner", "levevis", "lifestyle"],
    expansion: ["livsstil", "vane", "levevis"],
  },
];

/** Multi-word phrases joined before splitting, so "type 2 diabetes" is one term. */
const PHRASES: readonly [RegExp, string][] = [
  [/\btype\s*2\b/g, "type2"],
  [/\be-cigaret/g, "cigaret"],
  [/\btabe\s+sig\b/g, "vægttab"],
];

/** Lower case, phrases joined, split on anything that is not a letter or digit; at most 8 words. */
export function tokenize(query: string): string[] {
  let text = query.toLowerCase().normalize("NFC");
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && w.length <= 60);
  return [...new Set(words)].slice(0, 8);
}

/** Danish endings a short term takes ("knæ" → "knæet", "knæene"); longer terms match as prefixes anyway. */
const SHORT_TERM_ENDINGS = ["", "e", "en", "et", "er", "ene", "erne"];

/**
 * A search word matches a term when it starts with it (compounds: "rygestopkursus" starts with
 * "rygestop"), ends with it (Danish compounds put the thing last: "brystkræft", "knæartrose" — for
 * terms of 5 letters or more), or — for words of 4 letters or more — when the term starts with it
 * (typing in progress: "rygn" → "rygning"). Terms of 3 letters or fewer ("kol", "knæ") must match
 * whole, with a Danish ending at most, so "kolde" is not COPD.
 */
function termMatches(word: string, term: string): boolean {
  if (term.length <= 3) return SHORT_TERM_ENDINGS.some((ending) => word === term + ending);
  if (word.startsWith(term)) return true;
  if (term.length >= 5 && word.length > term.length && word.endsWith(term)) return true;
  return word.length >= 4 && term.startsWith(word);
}

/** The concepts a search word names (usually zero or one). */
export function conceptsFor(word: string): Concept[] {
  return THESAURUS.filter((entry) => entry.terms.some((term) => termMatches(word, term))).map((entry) => entry.concept);
}

/** The full-text expansion of a search word's concepts (empty when the word names no concept). */
export function expansionFor(word: string): string[] {
  const result = new Set<string>();
  for (const entry of THESAURUS) {
    if (entry.terms.some((term) => termMatches(word, term))) entry.expansion.forEach((e) => result.add(e));
  }
  return [...result];
}

/**
 * The words that mean the same as `word` (its family, lib/offers/thesaurus.ts `families`): the word's
 * own concept words when it names a concept, else nothing. Used to tell a direct match (title or
 * summary says it) from a related one (only the concept's tag or another family's word).
 */
export function familyFor(word: string): string[] {
  const result = new Set<string>();
  for (const entry of THESAURUS) {
    const matched = entry.terms.filter((term) => termMatches(word, term));
    if (!matched.length) continue;
    // Without families the expansion is the family (its words were chosen not to collide: never "ryger").
    const families = entry.families ?? [entry.expansion];
    for (const family of families) if (!entry.families || family.some((f) => matched.includes(f) || termMatches(word, f))) family.forEach((f) => result.add(f));
  }
  return [...result];
}
