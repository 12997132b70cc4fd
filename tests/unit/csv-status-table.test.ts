/**
 * lib/domain/initiatives/status-table.ts: headers (Danish, English, shortened), one row → an
 * initiative with decision, focus periods and resources, and the export cells.
 */
import { describe, expect, it } from "vitest";
import { parseExcelCsv, serialiseExcelCsv } from "@/lib/csv/excel";
import {
  DANISH_HEADERS,
  ENGLISH_HEADERS,
  interpretStatusRow,
  mapHeader,
  parseFocusPeriods,
  parseResourceTags,
  statusRowCells,
  statusTableHeader,
} from "@/lib/domain/initiatives/status-table";

describe("mapHeader", () => {
  it("knows the Danish headers of seed 003, with an optional forum column", () => {
    const header = ["Følgegruppe", DANISH_HEADERS.title, DANISH_HEADERS.description, DANISH_HEADERS.justification, DANISH_HEADERS.focus, DANISH_HEADERS.resources];
    expect(mapHeader(header)).toEqual({
      columns: { forum: 0, title: 1, description: 2, justification: 3, focus: 4, resources: 5 },
      unknown: [],
      problems: [],
    });
  });

  it("knows the English equivalents and short forms, in any order", () => {
    const header = [ENGLISH_HEADERS.resources, ENGLISH_HEADERS.title, "Decision", ENGLISH_HEADERS.justification, ENGLISH_HEADERS.focus, ENGLISH_HEADERS.description, "Notes"];
    expect(mapHeader(header)).toEqual({
      columns: { resources: 0, title: 1, decision: 2, justification: 3, focus: 4, description: 5 },
      unknown: ["Notes"],
      problems: [],
    });
    expect(mapHeader(["Navn på indsatsen", "Beskrivelse", "Begrundelse", "Periode", "Ressourcer"]).columns).toEqual({
      title: 0,
      description: 1,
      justification: 2,
      focus: 3,
      resources: 4,
    });
    expect(mapHeader(["group", "initiative", "decision"]).columns).toEqual({ forum: 0, title: 1, decision: 2 });
  });

  it("a file without a title column, or with a column twice, is refused", () => {
    expect(mapHeader(["Beskrivelse"]).problems).toEqual([{ rowNumber: 1, code: "initiatives.import.file.titleColumnMissing" }]);
    expect(mapHeader(["Navn på indsats", "Indsats"]).problems).toEqual([{ rowNumber: 1, code: "initiatives.import.file.duplicateColumn.title" }]);
  });
});

describe("parseFocusPeriods", () => {
  const table: [string, unknown[]][] = [
    ["2. halvår 2020", [{ year: 2020, half: "H2", activity: null }]],
    ["1. halvår af 2021: implementering", [{ year: 2021, half: "H1", activity: "implementering" }]],
    ["2020-2022", [2020, 2021, 2022].map((year) => ({ year, half: null, activity: null }))],
    [
      "2021: evaluering\nH2 2020: opstart",
      [
        { year: 2020, half: "H2", activity: "opstart" },
        { year: 2021, half: null, activity: "evaluering" },
      ],
    ],
    ["Første halvår 2022 og 2023", [{ year: 2022, half: "H1", activity: null }, { year: 2023, half: null, activity: null }]],
    ["First half of 2024", [{ year: 2024, half: "H1", activity: null }]],
    ["Hele perioden", []],
    ["Løbende", []],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => expect(parseFocusPeriods(text)).toEqual(expected));
  }
});

describe("parseResourceTags", () => {
  const table: [string, string[]][] = [
    ["Arbejdsgruppe og en temadag", ["WORKING_GROUP", "THEME_DAY"]],
    ["Sekretariatsbistand samt midler til pilotprojekt", ["SECRETARIAT", "BUDGET", "PILOT"]],
    ["Ingen", ["NONE"]],
    ["Ingen ekstra ressourcer", ["NONE"]],
    ["Kan ikke vurderes på nuværende tidspunkt", ["CANNOT_BE_ASSESSED"]],
    ["Workshop for medarbejdere", ["WORKSHOP", "STAFF"]],
    ["", []],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => expect(parseResourceTags(text)).toEqual(expected));
  }
});

const danish = mapHeader(statusTableHeader(true));
const row = (cells: string[], rowNumber = 2) => interpretStatusRow({ rowNumber, cells }, danish);

describe("interpretStatusRow", () => {
  it("takes the decision from the first word of the justification", () => {
    const r = row(["FG", "  Ammepolitikken ", "Beskrivelse", "Videreføres. Der mangler evaluering", "2. halvår 2020", "Arbejdsgruppe"]);
    expect(r).toMatchObject({
      forumName: "FG",
      title: "Ammepolitikken",
      importKey: "ammepolitikken",
      decision: "CONTINUE",
      justification: "Der mangler evaluering",
      focusText: "2. halvår 2020",
      focusPeriods: [{ year: 2020, half: "H2", activity: null }],
      resourceTags: ["WORKING_GROUP"],
      errors: [],
      warnings: [],
    });
  });

  it("a separate decision column wins; an unknown word is an error", () => {
    const map = mapHeader(["Navn på indsats", "Beslutning", "Begrundelse"]);
    expect(interpretStatusRow({ rowNumber: 2, cells: ["A", "Afvikles", "Opgaven er løst"] }, map)).toMatchObject({ decision: "WIND_DOWN", justification: "Opgaven er løst", errors: [] });
    expect(interpretStatusRow({ rowNumber: 2, cells: ["A", "Måske", "x"] }, map).errors).toEqual(["initiatives.import.row.decisionUnknown"]);
    expect(interpretStatusRow({ rowNumber: 2, cells: ["A", "Videreføres", "Afvikles, den er slut"] }, map)).toMatchObject({
      decision: "CONTINUE",
      justification: "Afvikles, den er slut",
      warnings: ["initiatives.import.row.contradiction"],
    });
  });

  it("warns about a decision without justification and a justification that says the opposite", () => {
    expect(row(["", "A", "", "Videreføres", "", ""]).warnings).toEqual(["initiatives.import.row.missingJustification"]);
    expect(row(["", "A", "", "Videreføres ikke, målet er nået", "", ""])).toMatchObject({ decision: "CONTINUE", warnings: ["initiatives.import.row.contradiction"] });
    expect(row(["", "A", "", "Vi ved det ikke endnu", "", ""])).toMatchObject({ decision: null, warnings: ["initiatives.import.row.noDecision"] });
  });

  it("errors: missing title, over-long title, and the CSV problems of the row", () => {
    expect(row(["", "  ", "", "", "", ""]).errors).toEqual(["initiatives.import.row.titleMissing"]);
    expect(row(["", "x".repeat(501), "", "", "", ""]).errors).toEqual(["initiatives.import.row.titleTooLong|max=500"]);
    expect(interpretStatusRow({ rowNumber: 7, cells: ["", "A"] }, danish, ["csv.tooFewCells"]).errors).toEqual(["csv.tooFewCells"]);
  });
});

describe("export cells", () => {
  it("the five columns, decision first in the justification cell, and they import back to the same row", () => {
    const source = {
      forumName: "Følgegruppen for forebyggelse",
      title: "Rygestop",
      description: "Linje 1\nLinje 2",
      decision: "WIND_DOWN" as const,
      justification: "Overgår til drift",
      focusText: null,
      focusPeriods: [{ year: 2020, half: "H2" as const, activity: "evaluering" }],
      resourcesText: "Ingen",
    };
    const cells = statusRowCells(source, true);
    expect(cells).toEqual(["Følgegruppen for forebyggelse", "Rygestop", "Linje 1\nLinje 2", "Afvikles. Overgår til drift", "2. halvår 2020: evaluering", "Ingen"]);
    const parsed = parseExcelCsv(serialiseExcelCsv(statusTableHeader(true), [cells]));
    const back = interpretStatusRow(parsed.rows[0], mapHeader(parsed.header));
    expect(back).toMatchObject({
      forumName: source.forumName,
      title: source.title,
      description: source.description,
      decision: "WIND_DOWN",
      justification: "Overgår til drift",
      focusPeriods: source.focusPeriods,
      resourceTags: ["NONE"],
      errors: [],
      warnings: [],
    });
  });
});
