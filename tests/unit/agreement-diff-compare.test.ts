/**
 * lib/domain/agreements/diff.ts: word diffs rebuild both sides exactly, and version comparisons match
 * by lineageId and report obligation changes (party, deadline, modality…) apart from text changes.
 */
import { describe, expect, it } from "vitest";
import {
  compareVersionContents,
  diffText,
  hasChanges,
  sideOf,
  type ObligationSnapshot,
  type SectionSnapshot,
  type VersionSnapshot,
} from "@/lib/domain/agreements/diff";

describe("diffText", () => {
  it("marks changed words and rebuilds both sides exactly", () => {
    const before = "Kommunen sender kvittering inden 3 hverdage.\n\nDerefter afklaring.";
    const after = "Kommunen sender en kvittering inden 5 hverdage.\n\nDerefter afklaring.";
    const parts = diffText(before, after);
    expect(sideOf(parts, "before")).toBe(before);
    expect(sideOf(parts, "after")).toBe(after);
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toContain("3");
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(expect.arrayContaining(["5"]));
    expect(hasChanges(parts)).toBe(true);
  });

  it("a rewritten sentence reads as one deletion and one insertion, not word by word", () => {
    const before = "Hver kommune har én indgang for henvisninger til forebyggelsestilbud.";
    const after = "Roskildes forslag: kommunen kvitterer straks til lægen.";
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.kind === "removed")).toHaveLength(1);
    expect(parts.filter((p) => p.kind === "added")).toHaveLength(1);
    expect(sideOf(parts, "before")).toBe(before);
    expect(sideOf(parts, "after")).toBe(after);
  });

  it("a small change inside a sentence stays small", () => {
    const parts = diffText("Kommunen kvitterer inden 3 hverdage efter modtagelsen.", "Kommunen kvitterer inden 5 hverdage efter modtagelsen.");
    expect(parts).toEqual([
      { kind: "same", text: "Kommunen kvitterer inden " },
      { kind: "removed", text: "3" },
      { kind: "added", text: "5" },
      { kind: "same", text: " hverdage efter modtagelsen." },
    ]);
  });

  it("identical texts have no changes", () => {
    expect(hasChanges(diffText("samme tekst", "samme tekst"))).toBe(false);
    expect(diffText("", "")).toEqual([]);
  });

  it("a new paragraph is an added line break, not lost", () => {
    const parts = diffText("Første.", "Første.\n\nAnden.");
    expect(sideOf(parts, "after")).toBe("Første.\n\nAnden.");
    expect(parts.some((p) => p.kind === "added" && p.text.includes("Anden"))).toBe(true);
  });

  it("from and to empty", () => {
    expect(diffText("", "ny")).toEqual([{ kind: "added", text: "ny" }]);
    expect(diffText("gammel", "")).toEqual([{ kind: "removed", text: "gammel" }]);
  });
});

const section = (lineageId: string, over: Partial<SectionSnapshot> = {}): SectionSnapshot => ({
  lineageId,
  parentLineageId: null,
  kind: "SECTION",
  number: lineageId,
  title: `Afsnit ${lineageId}`,
  body: `Tekst ${lineageId}`,
  layer: "ADMINISTRATIVE",
  area: "PREVENTION",
  position: 0,
  ...over,
});

const obligation = (lineageId: string, over: Partial<ObligationSnapshot> = {}): ObligationSnapshot => ({
  lineageId,
  sectionLineageId: "s1",
  sectionNumber: "2.1.1",
  responsibleParty: "MUNICIPALITY",
  action: "sender kvittering for modtaget henvisning",
  trigger: "henvisning modtaget",
  deadlineAmount: 3,
  deadlineUnit: "WORKING_DAYS",
  channel: "MEDCOM_RECEIPT",
  modality: "MUST",
  source: "Sundhedsaftalen 2015-2018, afsnit 2.1.1",
  referralMilestone: "RECEIPT",
  position: 0,
  ...over,
});

const base: VersionSnapshot = {
  sections: [section("s1", { position: 0 }), section("s2", { position: 1 }), section("s3", { position: 2 })],
  obligations: [obligation("o1"), obligation("o2", { sectionLineageId: "s2", responsibleParty: "REGION", position: 0 })],
};

describe("compareVersionContents", () => {
  it("identical versions → nothing changed", () => {
    const result = compareVersionContents(base, structuredClone(base));
    expect(result.sections).toEqual([]);
    expect(result.obligations).toEqual([]);
  });

  it("a changed deadline is an obligation change, not a text change", () => {
    const to = structuredClone(base);
    to.obligations[0].deadlineAmount = 5;
    const result = compareVersionContents(base, to);
    expect(result.sections).toEqual([]);
    expect(result.obligations).toHaveLength(1);
    expect(result.obligations[0]).toMatchObject({ lineageId: "o1", status: "changed", changedFields: ["deadline"] });
    expect(result.obligations[0].before?.deadlineAmount).toBe(3);
    expect(result.obligations[0].after?.deadlineAmount).toBe(5);
  });

  it("a deadline unit change (working days → calendar days) counts, and so does professional judgement", () => {
    const to = structuredClone(base);
    to.obligations[0].deadlineUnit = "CALENDAR_DAYS";
    to.obligations[1].deadlineUnit = "PROFESSIONAL_JUDGEMENT";
    to.obligations[1].deadlineAmount = null;
    const result = compareVersionContents(base, to);
    expect(result.obligations.map((o) => o.changedFields)).toEqual([["deadline"], ["deadline"]]);
  });

  it("party, modality and channel changes are each named", () => {
    const to = structuredClone(base);
    Object.assign(to.obligations[0], { responsibleParty: "JOINT", modality: "SHOULD", channel: "PHONE" });
    const [change] = compareVersionContents(base, to).obligations;
    expect(change.changedFields).toEqual(["responsibleParty", "modality", "channel"]);
  });

  it("action text changes come with a word diff", () => {
    const to = structuredClone(base);
    to.obligations[0].action = "sender elektronisk kvittering for modtaget henvisning";
    const [change] = compareVersionContents(base, to).obligations;
    expect(change.changedFields).toEqual(["action"]);
    expect(change.actionDiff?.some((p) => p.kind === "added" && p.text.includes("elektronisk"))).toBe(true);
  });

  it("added and removed obligations, in section order", () => {
    const to = structuredClone(base);
    to.obligations = [obligation("o3", { sectionLineageId: "s3" }), obligation("o1")];
    const result = compareVersionContents(base, to);
    expect(result.obligations.map((o) => [o.lineageId, o.status])).toEqual([
      ["o2", "removed"],
      ["o3", "added"],
    ]);
    expect(result.counts.obligations).toEqual({ added: 1, removed: 1, changed: 0 });
  });

  it("a section's text change is a section change with title and body diffs", () => {
    const to = structuredClone(base);
    to.sections[1].body = "Ny tekst s2";
    to.sections[1].title = "Nyt afsnit";
    const result = compareVersionContents(base, to);
    expect(result.obligations).toEqual([]);
    expect(result.sections).toHaveLength(1);
    expect(result.sections[0].changedFields).toEqual(["title", "body"]);
    expect(sideOf(result.sections[0].bodyDiff!, "after")).toBe("Ny tekst s2");
  });

  it("matches by lineageId, not number: a renumbered section is one change", () => {
    const to = structuredClone(base);
    to.sections[2].number = "9.9";
    const result = compareVersionContents(base, to);
    expect(result.sections.map((s) => [s.lineageId, s.status, s.changedFields])).toEqual([["s3", "changed", ["number"]]]);
  });

  it("moving a section among its siblings is a position change; a removed section follows its old predecessor", () => {
    const to: VersionSnapshot = {
      sections: [section("s2", { position: 0 }), section("s1", { position: 1 })],
      obligations: base.obligations,
    };
    const result = compareVersionContents(base, to);
    expect(result.sections.map((s) => [s.lineageId, s.status])).toEqual([
      ["s2", "changed"],
      ["s3", "removed"], // s3 used to follow s2
      ["s1", "changed"],
    ]);
    expect(result.sections[0].changedFields).toEqual(["position"]);
  });

  it("positions renumbered without changing the order are not a move", () => {
    const to = structuredClone(base);
    to.sections.forEach((s, i) => (s.position = (i + 1) * 10));
    expect(compareVersionContents(base, to).sections).toEqual([]);
  });

  it("an obligation moved to another section names the section change", () => {
    const to = structuredClone(base);
    to.obligations[0].sectionLineageId = "s3";
    to.obligations[0].sectionNumber = "s3";
    const [change] = compareVersionContents(base, to).obligations;
    expect(change.changedFields).toEqual(["section"]);
  });
});
