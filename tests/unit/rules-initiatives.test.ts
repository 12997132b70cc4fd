/**
 * lib/rules/initiatives.ts: decision words, the decision-in-the-justification cell, consistency
 * warnings and staleness — as tables of inputs and expected answers.
 */
import { describe, expect, it } from "vitest";
import {
  decisionWarnings,
  importRunsInQueue,
  IMPORT_INLINE_MAX_BYTES,
  IMPORT_INLINE_MAX_WRITES,
  isStale,
  justificationCell,
  justificationContradicts,
  parseDecisionWord,
  splitDecisionFromJustification,
} from "@/lib/rules/initiatives";

describe("parseDecisionWord", () => {
  const table: [string, string | null][] = [
    ["Videreføres", "CONTINUE"],
    ["videreføres.", "CONTINUE"],
    ["VIDEREFØRES", "CONTINUE"],
    ["Videreføres: fordi", "CONTINUE"],
    ["Fortsættes", "CONTINUE"],
    ["Continue", "CONTINUE"],
    ["Afvikles", "WIND_DOWN"],
    ["afvikles – i drift", "WIND_DOWN"],
    ["Wind down", "WIND_DOWN"],
    ["Wind downs", null],
    ["Discontinued", "WIND_DOWN"],
    ["", null],
    ["Måske", null],
    ["Indsatsen videreføres", null], // only the first word counts
    ["Videreførelse", null],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => expect(parseDecisionWord(text)).toBe(expected));
  }
});

describe("splitDecisionFromJustification (decision as the first word of the cell)", () => {
  const table: [string, { decision: string | null; justification: string }][] = [
    ["Videreføres. Indsatsen er ikke færdig.", { decision: "CONTINUE", justification: "Indsatsen er ikke færdig." }],
    ["Afvikles: overgår til drift", { decision: "WIND_DOWN", justification: "overgår til drift" }],
    ["Videreføres\nDer mangler evaluering", { decision: "CONTINUE", justification: "Der mangler evaluering" }],
    ["Afvikles – opgaven er løst", { decision: "WIND_DOWN", justification: "opgaven er løst" }],
    ["Videreføres", { decision: "CONTINUE", justification: "" }],
    ["  Videreføres.  ", { decision: "CONTINUE", justification: "" }],
    // A plain space continues the sentence: the word stays part of the justification.
    ["Videreføres ikke, da målet er nået", { decision: "CONTINUE", justification: "Videreføres ikke, da målet er nået" }],
    ["Afvikles som projekt og overgår til drift", { decision: "WIND_DOWN", justification: "Afvikles som projekt og overgår til drift" }],
    ["Indsatsen er i gang", { decision: null, justification: "Indsatsen er i gang" }],
  ];
  for (const [cell, expected] of table) {
    it(JSON.stringify(cell), () => expect(splitDecisionFromJustification(cell)).toEqual(expected));
  }

  it("justificationCell writes the word first and round-trips through the split", () => {
    for (const [decision, justification] of [
      ["CONTINUE", "Der mangler evaluering"],
      ["WIND_DOWN", ""],
      ["CONTINUE", "Videreføres ikke, da målet er nået"],
      ["WIND_DOWN", "Afvikles som projekt"],
    ] as const) {
      const cell = justificationCell(decision, justification);
      expect(splitDecisionFromJustification(cell)).toEqual({ decision, justification });
    }
    expect(justificationCell("CONTINUE", "fordi")).toBe("Videreføres. fordi");
    expect(justificationCell(null, "fordi")).toBe("fordi");
  });
});

describe("justificationContradicts", () => {
  const table: [string, string, boolean][] = [
    ["CONTINUE", "Videreføres ikke, da målet er nået", true],
    ["CONTINUE", "Indsatsen skal ikke videreføres.", true],
    ["CONTINUE", "Det anbefales ikke at videreføre indsatsen", true],
    ["CONTINUE", "Afvikles. Opgaven er løst", true],
    ["CONTINUE", "It should not be continued", true],
    ["CONTINUE", "Indsatsen videreføres, da den ikke er færdig", false],
    ["CONTINUE", "Den gamle aftale afvikles og erstattes; indsatsen videreføres", false],
    ["CONTINUE", "", false],
    ["WIND_DOWN", "Afvikles ikke før evalueringen", true],
    ["WIND_DOWN", "Indsatsen bør ikke afvikles", true],
    ["WIND_DOWN", "Videreføres: den er vigtig", true],
    ["WIND_DOWN", "Afvikles som projekt og videreføres i drift", false],
    ["WIND_DOWN", "Opgaven er løst", false],
  ];
  for (const [decision, text, expected] of table) {
    it(`${decision} + ${JSON.stringify(text)} → ${expected}`, () =>
      expect(justificationContradicts(decision as "CONTINUE" | "WIND_DOWN", text)).toBe(expected));
  }
});

describe("decisionWarnings", () => {
  it("no decision: no warnings", () => expect(decisionWarnings(null)).toEqual([]));
  it("a decision without justification", () => {
    expect(decisionWarnings({ decision: "CONTINUE", justification: "" })).toEqual(["missingJustification"]);
    expect(decisionWarnings({ decision: "CONTINUE", justification: "  " })).toEqual(["missingJustification"]);
    expect(decisionWarnings({ decision: "WIND_DOWN", justification: "Afvikles." })).toEqual(["missingJustification"]);
  });
  it("a justification that says the opposite", () => {
    expect(decisionWarnings({ decision: "CONTINUE", justification: "Videreføres ikke" })).toEqual(["contradiction"]);
  });
  it("a consistent decision", () => {
    expect(decisionWarnings({ decision: "CONTINUE", justification: "Der mangler evaluering" })).toEqual([]);
  });
});

describe("isStale: six months without an update", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  it("just under six months is fresh, just over is stale", () => {
    expect(isStale(new Date("2026-05-23T12:00:00Z"), now)).toBe(false);
    expect(isStale(new Date("2026-05-22T11:59:59Z"), now)).toBe(true);
    expect(isStale(now, now)).toBe(false);
  });
});

describe("where an import's heavy step runs (decision 033)", () => {
  it("queues a large preview or confirmation only while a worker runs; small ones stay in the request", () => {
    expect(importRunsInQueue({ step: "preview", bytes: IMPORT_INLINE_MAX_BYTES }, true)).toEqual({ queue: false, reason: "initiatives.import.run.small" });
    expect(importRunsInQueue({ step: "preview", bytes: IMPORT_INLINE_MAX_BYTES + 1 }, true)).toEqual({ queue: true, reason: "initiatives.import.run.large" });
    expect(importRunsInQueue({ step: "preview", bytes: IMPORT_INLINE_MAX_BYTES + 1 }, false)).toEqual({ queue: false, reason: "initiatives.import.run.noWorker" });
    expect(importRunsInQueue({ step: "confirm", writes: IMPORT_INLINE_MAX_WRITES }, true).queue).toBe(false);
    expect(importRunsInQueue({ step: "confirm", writes: IMPORT_INLINE_MAX_WRITES + 1 }, true).queue).toBe(true);
    expect(importRunsInQueue({ step: "confirm", writes: 5_000 }, false).queue).toBe(false);
  });
});
