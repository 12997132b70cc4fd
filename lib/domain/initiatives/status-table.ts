/**
 * The committees' status table (seed 003) as a file: its columns, Danish and English headers, and
 * how one row becomes an initiative with its decision, focus period and resources. Pure (no
 * database): the import (preview-initiative-import.ts) and the export (export-status-table.ts)
 * share it, and tests/unit/csv-status-table.test.ts pins it down.
 */
import type { InitiativeDecisionKind, ResourceTag, YearHalf } from "@/lib/generated/prisma/enums";
import { decisionWarnings, justificationCell, parseDecisionWord, splitDecisionFromJustification } from "@/lib/rules/initiatives";
import type { CsvProblem, CsvRow } from "@/lib/csv/excel";
import { normaliseImportKey } from "./import-key";

export type StatusColumn = "forum" | "title" | "description" | "decision" | "justification" | "focus" | "resources";

/** The headers of the export, in the five-column order committees use (plus the optional forum column). */
export const DANISH_HEADERS: Record<StatusColumn, string> = {
  forum: "Forum",
  title: "Navn på indsats",
  description: "Beskrivelse af indsatsen",
  decision: "Beslutning",
  justification: "Begrundelse for om indsatsen skal videreføres eller afvikles",
  focus: "Hvornår i aftaleperioden forventes indsatsen at kræve et særligt fokus (periode)",
  resources: "Beskrivelse af hvilke ressourcer det forventes, at en videreførelse kræver",
};

export const ENGLISH_HEADERS: Record<StatusColumn, string> = {
  forum: "Forum",
  title: "Name of initiative",
  description: "Description of the initiative",
  decision: "Decision",
  justification: "Justification for continuing or winding down the initiative",
  focus: "When in the agreement period the initiative needs special focus (period)",
  resources: "Resources a continuation is expected to require",
};

const normaliseHeader = (header: string) =>
  header
    .normalize("NFC")
    .toLocaleLowerCase("da-DK")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Recognising a header: the exact Danish and English headers, their usual shortenings, and the
 * start of the long Danish ones (committees trim or extend them: "Navn på indsatsen", "Begrundelse").
 * Checked in this order, so "Beskrivelse af hvilke ressourcer …" is resources, not description.
 */
const HEADER_PATTERNS: [StatusColumn, RegExp][] = [
  ["resources", /^(beskrivelse af hvilke ressourcer|ressource|resource)/],
  ["focus", /^(hvornår i aftaleperioden|fokusperiode|periode|særligt fokus|focus|when in the agreement period|period)/],
  ["justification", /^(begrundelse|justification|reason)/],
  ["description", /^(beskrivelse|description)/],
  ["decision", /^(beslutning|videreføres eller afvikles|videreføres afvikles|decision|continue or wind down)$/],
  ["title", /^(navn på indsats|indsats|initiativ|name of initiative|name of the initiative|initiative|title|titel|navn)/],
  ["forum", /^(forum|følgegruppe|gruppe|udvalg|group|committee)$/],
];

export type ColumnMapping = { columns: Partial<Record<StatusColumn, number>>; unknown: string[]; problems: CsvProblem[] };

/** Maps header cells to columns; the title column is required, a column may appear once. */
export function mapHeader(header: readonly string[]): ColumnMapping {
  const columns: Partial<Record<StatusColumn, number>> = {};
  const unknown: string[] = [];
  const problems: CsvProblem[] = [];
  header.forEach((raw, index) => {
    const name = normaliseHeader(raw);
    if (!name) return;
    const match = HEADER_PATTERNS.find(([, pattern]) => pattern.test(name));
    if (!match) {
      unknown.push(raw);
      return;
    }
    const [column] = match;
    if (columns[column] !== undefined) problems.push({ rowNumber: 1, code: `initiatives.import.file.duplicateColumn.${column}` });
    else columns[column] = index;
  });
  if (columns.title === undefined) problems.push({ rowNumber: 1, code: "initiatives.import.file.titleColumnMissing" });
  return { columns, unknown, problems };
}

export type FocusPeriodInput = { year: number; half: YearHalf | null; activity: string | null };

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
const validYear = (year: number) => year >= YEAR_MIN && year <= YEAR_MAX;

/**
 * Reads the structured periods out of a focus cell, line by line: "2. halvår 2020", "1. halvår af
 * 2021: implementering", "H2 2020", "2020-2022", "2021". The text after a colon on the same line is
 * the activity. What cannot be read ("Hele perioden", "Løbende") stays in the free text only.
 */
export function parseFocusPeriods(text: string): FocusPeriodInput[] {
  const result: FocusPeriodInput[] = [];
  const seen = new Set<string>();
  const add = (year: number, half: YearHalf | null, activity: string | null) => {
    if (!validYear(year)) return;
    const key = `${year}:${half ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ year, half, activity });
  };
  for (const rawLine of text.normalize("NFC").split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line) continue;
    const colon = line.indexOf(":");
    const activity = colon >= 0 ? line.slice(colon + 1).trim() || null : null;
    let rest = (colon >= 0 ? line.slice(0, colon) : line).toLocaleLowerCase("da-DK");
    const halves: [RegExp, (m: RegExpMatchArray) => [number, YearHalf]][] = [
      [/(1|2|første|andet|sidste)\.?\s*halvår\s*(?:af\s+|i\s+)?(\d{4})/gu, (m) => [Number(m[2]), m[1] === "1" || m[1] === "første" ? "H1" : "H2"]],
      [/\bh([12])\s*[-/ ]?\s*(\d{4})/gu, (m) => [Number(m[2]), m[1] === "1" ? "H1" : "H2"]],
      [/(\d{4})\s*[-/ ]?\s*h([12])\b/gu, (m) => [Number(m[1]), m[2] === "1" ? "H1" : "H2"]],
      [/(first|second)\s+half\s+(?:of\s+)?(\d{4})/gu, (m) => [Number(m[2]), m[1] === "first" ? "H1" : "H2"]],
    ];
    for (const [pattern, read] of halves) {
      rest = rest.replace(pattern, (...args) => {
        const [year, half] = read(args as unknown as RegExpMatchArray);
        add(year, half, activity);
        return " ";
      });
    }
    rest = rest.replace(/(\d{4})\s*[-–—]\s*(\d{4})/gu, (_, from: string, to: string) => {
      const start = Number(from);
      const end = Number(to);
      if (end >= start && end - start <= 10) for (let year = start; year <= end; year++) add(year, null, activity);
      return " ";
    });
    for (const match of rest.matchAll(/(?<!\d)(\d{4})(?!\d)/gu)) add(Number(match[1]), null, activity);
  }
  return result.sort((a, b) => a.year - b.year || (a.half ?? "").localeCompare(b.half ?? ""));
}

/** A focus period as the text a cell shows ("2. halvår 2020: implementering"). */
export function formatFocusPeriod(period: { year: number; half: YearHalf | null; activity: string | null }): string {
  const when = period.half ? `${period.half === "H1" ? 1 : 2}. halvår ${period.year}` : String(period.year);
  return period.activity ? `${when}: ${period.activity}` : when;
}

const word = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, "u");

/** Keywords for the resource tags, in Danish and English (matched on the lower-cased text). */
const RESOURCE_KEYWORDS: [ResourceTag, RegExp][] = [
  ["CANNOT_BE_ASSESSED", word("kan ikke vurderes|ikke muligt at vurdere|kan endnu ikke vurderes|uafklaret|cannot be assessed|not possible to assess")],
  ["NONE", word("ingen(?: ekstra| særlige| yderligere| nye)? ressourcer|ingen$|^ingen|none$|^none|no (?:additional |extra )?resources")],
  ["WORKING_GROUP", word("arbejdsgruppe|arbejdsgrupper|working group")],
  ["THEME_DAY", word("temadag|temadage|theme day")],
  ["WORKSHOP", word("workshop")],
  ["SECRETARIAT", word("sekretariat|secretariat")],
  ["STAFF", word("medarbejder|personale|årsværk|projektleder|tovholder|timer|staff")],
  ["BUDGET", word("budget|midler|økonomi|finansiering|kroner|kr\\.|funding|money")],
  ["PILOT", word("pilot")],
];

/** The resource tags a resources cell mentions (the text itself is kept as well). */
export function parseResourceTags(text: string): ResourceTag[] {
  const value = text.normalize("NFC").toLocaleLowerCase("da-DK").trim();
  if (!value) return [];
  const tags = RESOURCE_KEYWORDS.filter(([, pattern]) => pattern.test(value)).map(([tag]) => tag);
  // "Ingen" alongside a real need is a turn of phrase ("ingen ekstra midler, men en temadag"), not NONE.
  return tags.length > 1 ? tags.filter((t) => t !== "NONE") : tags;
}

export const TITLE_MAX = 500;
export const TEXT_MAX = 20_000;

export type StatusRow = {
  rowNumber: number;
  /** The forum cell as written (empty when the file has no forum column). */
  forumName: string;
  title: string;
  importKey: string;
  description: string;
  decision: InitiativeDecisionKind | null;
  justification: string;
  focusText: string | null;
  focusPeriods: FocusPeriodInput[];
  resourceTags: ResourceTag[];
  resourcesText: string | null;
  /** Message keys (some with "|name=value" params): the row cannot be imported. */
  errors: string[];
  /** Message keys: the row is imported, but the board will show a warning. */
  warnings: string[];
};

const clean = (cell: string | undefined) => (cell ?? "").normalize("NFC").replace(/\r\n?/g, "\n").trim();

/** One data row of the file as an initiative, with its errors and warnings. */
export function interpretStatusRow(row: CsvRow, mapping: ColumnMapping, csvProblems: readonly string[] = []): StatusRow {
  const cell = (column: StatusColumn) => (mapping.columns[column] === undefined ? "" : clean(row.cells[mapping.columns[column]!]));
  const errors = [...csvProblems];
  const warnings: string[] = [];

  const title = cell("title").replace(/\s+/g, " ");
  if (!title) errors.push("initiatives.import.row.titleMissing");
  else if (title.length > TITLE_MAX) errors.push(`initiatives.import.row.titleTooLong|max=${TITLE_MAX}`);

  const split = splitDecisionFromJustification(cell("justification"));
  let decision: InitiativeDecisionKind | null = split.decision;
  let justification = split.justification;
  const decisionCell = cell("decision");
  if (decisionCell) {
    const named = parseDecisionWord(decisionCell);
    if (!named) errors.push("initiatives.import.row.decisionUnknown");
    else if (split.decision && split.decision !== named) {
      // "Beslutning: Videreføres" with "Afvikles. …" in the justification: keep the whole cell, so
      // the contradiction stays visible.
      decision = named;
      justification = cell("justification");
    } else decision = named;
  }
  if (decision) {
    for (const warning of decisionWarnings({ decision, justification })) warnings.push(`initiatives.import.row.${warning}`);
  } else if (justification && !decisionCell) {
    warnings.push("initiatives.import.row.noDecision");
  }

  const description = cell("description");
  const focusText = cell("focus") || null;
  const resourcesText = cell("resources") || null;
  for (const [name, value] of [["description", description], ["justification", justification], ["focus", focusText], ["resources", resourcesText]] as const) {
    if (value && value.length > TEXT_MAX) errors.push(`initiatives.import.row.textTooLong.${name}|max=${TEXT_MAX}`);
  }

  return {
    rowNumber: row.rowNumber,
    forumName: cell("forum").replace(/\s+/g, " "),
    title,
    importKey: title ? normaliseImportKey(title) : "",
    description,
    decision,
    justification,
    focusText,
    focusPeriods: focusText ? parseFocusPeriods(focusText) : [],
    resourceTags: resourcesText ? parseResourceTags(resourcesText) : [],
    resourcesText,
    errors,
    warnings,
  };
}

/** The cells of one exported row, in DANISH_HEADERS order (forum first when `withForum`). */
export function statusRowCells(
  row: {
    forumName: string;
    title: string;
    description: string;
    decision: InitiativeDecisionKind | null;
    justification: string;
    focusText: string | null;
    focusPeriods: readonly { year: number; half: YearHalf | null; activity: string | null }[];
    resourcesText: string | null;
  },
  withForum: boolean,
): string[] {
  // The focus cell is the free text when there is one (it was the source of the periods); else the periods.
  const focus = row.focusText ?? row.focusPeriods.map(formatFocusPeriod).join("\n");
  const cells = [row.title, row.description, justificationCell(row.decision, row.justification), focus, row.resourcesText ?? ""];
  return withForum ? [row.forumName, ...cells] : cells;
}

export function statusTableHeader(withForum: boolean): string[] {
  const five = [DANISH_HEADERS.title, DANISH_HEADERS.description, DANISH_HEADERS.justification, DANISH_HEADERS.focus, DANISH_HEADERS.resources];
  return withForum ? [DANISH_HEADERS.forum, ...five] : five;
}
