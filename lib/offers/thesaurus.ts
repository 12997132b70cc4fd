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
import { tokenizeWith, wordFamilies, type ThesaurusEntry } from "@/lib/search/word-families";

/** A risk factor or diagnosis (an offer's tags), or a topic that only widens the text search (no tag). */
export type Concept = { kind: "riskFactor"; value: RiskFactor } | { kind: "diagnosis"; value: Diagnosis } | { kind: "topic"; value: Topic };
export type Topic = "LIFESTYLE";

type Entry = ThesaurusEntry<Concept>;

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
export const tokenize = (query: string): string[] => tokenizeWith(query, PHRASES);

const families = wordFamilies(THESAURUS);

/** The concepts a search word names (usually zero or one). */
export const conceptsFor = families.conceptsFor;

/** The full-text expansion of a search word's concepts (empty when the word names no concept). */
export const expansionFor = families.expansionFor;

/**
 * The words that mean the same as `word` (its family, `families` above): the word's own concept words
 * when it names a concept, else nothing. Used to tell a direct match (title or summary says it) from a
 * related one (only the concept's tag or another family's word).
 */
export const familyFor = families.familyFor;
