/**
 * The lookup's vocabulary: the thesaurus maps the words GPs type to the structured tags and to
 * full-text prefixes (the Danish stemmer does not split compounds), and the query words are safe.
 */
import { describe, expect, it } from "vitest";
import { conceptsFor, expansionFor, familyFor, tokenize } from "@/lib/offers/thesaurus";
import { searchWords } from "@/lib/offers/search-query";
import { conceptFromTaxonomyTermId, diagnosisFromSlug, riskFactorFromSlug, taxonomyTermId, RISK_FACTORS, DIAGNOSES } from "@/lib/offers/vocabulary";

const values = (word: string) => conceptsFor(word).map((c) => c.value);

describe("conceptsFor", () => {
  it.each([
    ["rygestop", ["SMOKING"]],
    ["rygning", ["SMOKING"]],
    ["ryger", ["SMOKING"]],
    ["rygere", ["SMOKING"]],
    ["smøg", ["SMOKING"]],
    ["smøger", ["SMOKING"]],
    ["nikotin", ["SMOKING"]],
    ["rygestopkursus", ["SMOKING"]],
    ["rygn", ["SMOKING"]], // typing in progress
    ["kol", ["COPD"]],
    ["lungesygdom", ["COPD"]],
    ["lunger", ["COPD"]],
    ["diabetes", ["TYPE2_DIABETES"]],
    ["type2", ["TYPE2_DIABETES"]],
    ["alkoholbehandling", ["ALCOHOL"]],
    ["motionerer", ["EXERCISE"]],
    ["rygsmerter", ["MUSCULOSKELETAL"]],
    ["angst", ["DEPRESSION_ANXIETY"]],
  ])("%s → %j", (word, expected) => {
    expect(values(word)).toEqual(expected);
  });

  it.each(["kolde", "ryg", "hverdag", "sund", "led2"])("%s names no concept", (word) => {
    expect(values(word)).toEqual([]);
  });
});

describe("expansionFor", () => {
  it("rygestop expands to the smoking words, never to the bare stem 'ryg' (back pain)", () => {
    const expansion = expansionFor("rygestop");
    expect(expansion).toEqual(expect.arrayContaining(["rygning", "rygestop", "smøg", "nikotin"]));
    expect(expansion).not.toContain("ryg");
    expect(expansion).not.toContain("ryger");
  });
});

describe("tokenize and searchWords", () => {
  it("lower-cases, joins 'type 2', drops punctuation and tsquery syntax, at most 8 words", () => {
    expect(tokenize("Rygestop & KOL | (type 2) 'diabetes':*")).toEqual(["rygestop", "kol", "type2", "diabetes"]);
    expect(tokenize("a b c d e f g h i j")).toHaveLength(8);
    expect(tokenize("   ")).toEqual([]);
  });

  it("a concept word becomes an OR of prefixes plus its tags; other words a prefix with typo tolerance", () => {
    const [smoking, course] = searchWords("rygestop kursus");
    expect(smoking).toMatchObject({ word: "rygestop", riskFactors: ["SMOKING"], diagnoses: [], fuzzy: false });
    expect(smoking.tsquery.split(" | ")).toEqual(expect.arrayContaining(["rygning:*", "rygestop:*"]));
    expect(course).toMatchObject({ word: "kursus", tsquery: "kursus:*", riskFactors: [], fuzzy: true });
  });

  it("short stems match exactly (kol is not kolde)", () => {
    expect(searchWords("kol")[0].tsquery.split(" | ")).toContain("kol");
    expect(searchWords("kol")[0].tsquery.split(" | ")).not.toContain("kol:*");
  });

  it("every tsquery is only letters, digits, ':*' and ' | '", () => {
    for (const w of searchWords("rygestop; DROP TABLE \"Offer\"; -- kol' & ! <-> 5790")) {
      expect(w.tsquery).toMatch(/^[\p{L}\p{N}]+(:\*)?( \| [\p{L}\p{N}]+(:\*)?)*$/u);
    }
  });
});

describe("vocabulary slugs and taxonomy term ids round-trip", () => {
  it("every risk factor and diagnosis", () => {
    for (const r of RISK_FACTORS) expect(conceptFromTaxonomyTermId(taxonomyTermId.riskFactor(r))).toEqual({ riskFactor: r });
    for (const d of DIAGNOSES) expect(conceptFromTaxonomyTermId(taxonomyTermId.diagnosis(d))).toEqual({ diagnosis: d });
    expect(riskFactorFromSlug("rygning")).toBe("SMOKING");
    expect(diagnosisFromSlug("kol")).toBe("COPD");
    expect(conceptFromTaxonomyTermId("risikofaktor-ukendt")).toBeNull();
  });
});

describe("issue 16: compounds, short terms with endings, families", () => {
  it("a compound that ends with a term names its concept (Danish puts the thing last)", () => {
    expect(conceptsFor("brystkræft")).toEqual([{ kind: "diagnosis", value: "CANCER" }]);
    expect(conceptsFor("knæartrose")).toEqual([{ kind: "diagnosis", value: "MUSCULOSKELETAL" }]);
  });
  it("a short term takes a Danish ending, and nothing else", () => {
    expect(conceptsFor("knæet")).toEqual([{ kind: "diagnosis", value: "MUSCULOSKELETAL" }]);
    expect(conceptsFor("kolde")).toEqual([]);
  });
  it("the family of a word: all smoking words are one; sleep is not stress", () => {
    expect(familyFor("smøger")).toEqual(expect.arrayContaining(["rygning", "rygestop", "nikotin"]));
    expect(familyFor("søvnproblemer")).toEqual(["søvn"]);
    expect(familyFor("stresset")).toEqual(["stress", "udbrændt", "mindfulness"]);
    expect(familyFor("gruppe")).toEqual([]);
  });
  it("\"tabe sig\" is weight loss", () => {
    expect(tokenize("vil gerne tabe sig")).toEqual(["vil", "gerne", "vægttab"]);
  });
});
