/**
 * The aids lookup's thesaurus (issue 14): the words nurses, therapists and citizens use for aids,
 * grouped by kind, so "rollator" finds the catalogue's "gangredskab" and "iltkoncentrator" finds
 * "iltbehandling". Same machinery as the offer lookup (lib/search/word-families.ts).
 *
 * Words that say *which use* is meant ("midlertidigt", "varigt") are not searched: they choose the
 * answer line (temporary or permanent need).
 *
 * Expansion words are stems searched as prefixes in the Danish configuration; chosen so their stems
 * do not collide with other groups ("pen" alone is not used: it would find "pension").
 */
import { tokenizeWith, wordFamilies, type ThesaurusEntry } from "@/lib/search/word-families";

export type AidGroup =
  | "WALKING"
  | "WHEELCHAIR"
  | "OXYGEN"
  | "COMPRESSION"
  | "STOMA"
  | "BED"
  | "DIABETES"
  | "TRAINING"
  | "INCONTINENCE"
  | "BATH_TOILET"
  | "LIFT"
  | "BREATHING"
  | "ORTHOSIS"
  | "PROSTHESIS"
  | "HEARING"
  | "NUTRITION"
  | "PRESSURE_SORE";

export const AID_THESAURUS: readonly ThesaurusEntry<AidGroup>[] = [
  {
    concept: "WALKING",
    terms: ["rollator", "gangredskab", "gangstativ", "gangbuk", "gangvogn", "albuestok", "albuestokke", "krykke", "krykker", "stok", "prækestol", "talerstol", "walker"],
    expansion: ["rollator", "gangredskab", "gangstativ", "gangbuk", "gangvogn", "albuestok", "krykke", "prækestol"],
  },
  {
    concept: "WHEELCHAIR",
    terms: ["kørestol", "rullestol", "elkørestol", "transportkørestol", "komfortkørestol", "wheelchair"],
    expansion: ["kørestol", "rullestol"],
  },
  {
    concept: "OXYGEN",
    terms: ["ilt", "iltapparat", "iltkoncentrator", "iltbehandling", "iltflaske", "oxygen", "koncentrator"],
    expansion: ["ilt", "iltbehandling", "iltkoncentrator", "iltflask", "oxygen"],
  },
  {
    concept: "COMPRESSION",
    terms: ["kompression", "kompressionsstrømpe", "kompressionsstrømper", "støttestrømpe", "støttestrømper", "strømpe", "strømper", "lymfødem", "ødem"],
    expansion: ["kompression", "støttestrømp", "strømp", "lymfødem"],
  },
  {
    concept: "STOMA",
    terms: ["stomi", "stomipose", "stomiposer", "kolostomi", "ileostomi", "urostomi", "stoma"],
    expansion: ["stomi", "kolostomi", "ileostomi", "urostomi"],
  },
  {
    concept: "BED",
    terms: ["seng", "senge", "plejeseng", "hospitalsseng", "sygeseng", "el-seng", "elseng"],
    expansion: ["plejeseng", "seng", "hospitalsseng"],
  },
  {
    concept: "DIABETES",
    terms: ["insulin", "insulinpen", "insulinpenne", "insulinpumpe", "diabetes", "blodsukker", "blodsukkerapparat", "glukosemåler", "cgm", "sensor", "kanyle", "kanyler"],
    expansion: ["insulin", "insulinpen", "insulinpump", "diabetes", "blodsukker", "glukos", "sensor", "kanyl"],
    families: [["insulin", "insulinpen", "insulinpump", "kanyl"], ["blodsukker", "glukos", "sensor"], ["diabetes"]],
  },
  {
    concept: "TRAINING",
    terms: ["træning", "genoptræning", "træningsredskab", "træningsredskaber", "træningselastik", "elastik", "motionscykel", "theraband", "vægtmanchet"],
    expansion: ["træningsredskab", "genoptræning", "træning", "elastik", "motionscykel"],
  },
  {
    concept: "INCONTINENCE",
    terms: ["inkontinens", "ble", "bleer", "kateter", "katetre", "urinpose", "inkontinenshjælpemidler"],
    expansion: ["inkontinens", "ble", "kateter", "urinpos"],
  },
  {
    concept: "BATH_TOILET",
    terms: ["badebænk", "badestol", "toiletforhøjer", "toiletstol", "bad", "toilet", "bækkenstol"],
    expansion: ["badebænk", "badestol", "toiletforhøj", "toiletstol", "bækkenstol"],
  },
  {
    concept: "LIFT",
    terms: ["lift", "personløfter", "loftlift", "mobillift", "forflytning", "glidestykke", "vendelagen"],
    expansion: ["lift", "personløft", "loftlift", "forflytning", "vendelagen"],
  },
  {
    concept: "BREATHING",
    terms: ["cpap", "respirator", "inhalator", "forstøver", "pep", "pepfløjte", "søvnapnø", "ventilator"],
    expansion: ["cpap", "respirator", "inhalator", "forstøver", "pep", "søvnapnø", "ventilator"],
  },
  {
    concept: "ORTHOSIS",
    terms: ["ortose", "ortoser", "skinne", "bandage", "korset", "halskrave", "bandager", "støtteskinne"],
    expansion: ["ortos", "skinn", "bandag", "korset", "halskrav"],
  },
  {
    concept: "PROSTHESIS",
    terms: ["protese", "proteser", "benprotese", "armprotese", "brystprotese", "amputation"],
    expansion: ["protes", "benprotes", "armprotes", "brystprotes", "amputation"],
  },
  {
    concept: "HEARING",
    terms: ["høreapparat", "høreapparater", "cochlear", "høretab", "hørelse"],
    expansion: ["høreapparat", "cochlear", "høretab"],
  },
  {
    concept: "NUTRITION",
    terms: ["sonde", "sondemad", "ernæringspumpe", "sondeernæring", "peg", "ernæring"],
    expansion: ["sond", "ernæringspump", "ernæring"],
  },
  {
    concept: "PRESSURE_SORE",
    terms: ["tryksår", "madras", "madrasser", "trykaflastning", "hælaflaster", "siddepude", "pude"],
    expansion: ["tryksår", "madras", "trykaflastning", "siddepud"],
  },
];

/** Which need the searcher means, if any word says so. */
export type AidUse = "TEMPORARY" | "PERMANENT";

const USE_WORDS: readonly [AidUse, readonly string[]][] = [
  ["TEMPORARY", ["midlertidig", "midlertidigt", "midlertidige", "kortvarig", "kortvarigt", "udlån", "lån", "låne", "temporary", "temporarily"]],
  ["PERMANENT", ["varig", "varigt", "varige", "permanent", "permanente", "livslang", "livslangt"]],
];

const families = wordFamilies(AID_THESAURUS);
export const aidGroupsFor = families.conceptsFor;
export const aidExpansionFor = families.expansionFor;
export const aidFamilyFor = families.familyFor;

/** The search text as its words (need words taken out) and the need it names. */
export function readAidQuery(query: string): { words: string[]; use: AidUse | null } {
  const all = tokenizeWith(query, [[/\bel-/g, "el"]]);
  let use: AidUse | null = null;
  const words = all.filter((word) => {
    const found = USE_WORDS.find(([, list]) => list.includes(word));
    if (!found) return true;
    use = use === null || use === found[0] ? found[0] : use;
    return false;
  });
  return { words, use };
}
