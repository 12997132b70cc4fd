/**
 * The aids lookup's words (lib/aids/thesaurus.ts, lib/aids/search-query.ts) and its one-line answer
 * (lib/aids/answer.ts).
 */
import { describe, expect, it } from "vitest";
import { aidGroupsFor, readAidQuery } from "@/lib/aids/thesaurus";
import { aidSearchWords } from "@/lib/aids/search-query";
import { aidAnswers } from "@/lib/aids/answer";
import type { AidContent } from "@/lib/aids/fields";

describe("aids thesaurus", () => {
  it.each([
    ["rollator", "WALKING"],
    ["rollatoren", "WALKING"],
    ["gangstativ", "WALKING"],
    ["kørestol", "WHEELCHAIR"],
    ["elkørestol", "WHEELCHAIR"],
    ["iltkoncentrator", "OXYGEN"],
    ["støttestrømper", "COMPRESSION"],
    ["stomiposer", "STOMA"],
    ["plejeseng", "BED"],
    ["insulinpen", "DIABETES"],
    ["genoptræning", "TRAINING"],
  ])("%s names %s", (word, group) => {
    expect(aidGroupsFor(word)).toContain(group);
  });

  it("does not read unrelated words as aids", () => {
    expect(aidGroupsFor("pension")).toEqual([]);
    expect(aidGroupsFor("kommune")).toEqual([]);
  });

  it("takes the need out of the search words", () => {
    expect(readAidQuery("Rollator midlertidigt")).toEqual({ words: ["rollator"], use: "TEMPORARY" });
    expect(readAidQuery("varigt behov kørestol")).toEqual({ words: ["behov", "kørestol"], use: "PERMANENT" });
    expect(readAidQuery("seng")).toEqual({ words: ["seng"], use: null });
  });

  it("expands a group word to the catalogue's words, a plain word to its prefix", () => {
    const { words } = aidSearchWords("rollator hjemmet");
    expect(words[0].tsquery).toContain("gangredskab:*");
    expect(words[0].fuzzy).toBe(false);
    expect(words[1]).toMatchObject({ word: "hjemmet", tsquery: "hjemmet:*", fuzzy: true });
  });
});

describe("the one-line answer", () => {
  const item = {
    temporarySupply: "MUNICIPALITY",
    temporaryLegalBasis: "sundhedslovens §140",
    temporaryNote: "",
    permanentSupply: "MUNICIPALITY",
    permanentLegalBasis: "servicelovens §112",
    permanentNote: "",
  } as AidContent;

  it("answers the need the search named", () => {
    expect(aidAnswers(item, "PERMANENT")).toEqual([{ use: "PERMANENT", party: "MUNICIPALITY", legalBasis: "servicelovens §112", note: "" }]);
    expect(aidAnswers(item, "TEMPORARY").map((a) => a.legalBasis)).toEqual(["sundhedslovens §140"]);
  });

  it("answers both needs, temporary first, when the search names none", () => {
    expect(aidAnswers(item, null).map((a) => a.use)).toEqual(["TEMPORARY", "PERMANENT"]);
  });
});
