/**
 * Reading the reference data in ../shared/data (beside the repository; CI clones it the same way).
 * A small RFC 4180 parser: comma-separated, optional UTF-8 BOM, quoted cells with "" escapes and
 * line breaks, CRLF or LF line endings.
 */
import fs from "node:fs";
import path from "node:path";

/** Parses CSV text into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
    } else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new Error("CSV: unterminated quoted cell at end of file");
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ""));
}

/** Parses CSV text with a header row into records, checking that the expected columns are present. */
export function parseCsvRecords<K extends string>(text: string, columns: readonly K[], source: string): Record<K, string>[] {
  const [header, ...body] = parseCsv(text);
  if (!header) throw new Error(`${source}: empty file`);
  const names = header.map((h) => h.trim());
  const index = columns.map((column) => {
    const at = names.indexOf(column);
    if (at < 0) throw new Error(`${source}: missing column "${column}" (found: ${names.join(", ")})`);
    return at;
  });
  return body.map((cells, n) => {
    if (cells.length !== names.length) {
      throw new Error(`${source}: line ${n + 2} has ${cells.length} cells, the header has ${names.length}`);
    }
    return Object.fromEntries(columns.map((column, c) => [column, cells[index[c]].trim()])) as Record<K, string>;
  });
}

function moduleDirectory(): string {
  // tsx runs this file as CommonJS (__dirname); Vitest also provides __dirname.
  return typeof __dirname === "string" ? __dirname : process.cwd();
}

/**
 * Finds a file of ../shared/data relative to the repository root. SHARED_DATA_DIR overrides the
 * directory; otherwise the directory beside the repository (found from this module and from the
 * working directory) is used.
 */
export function sharedDataFile(name: string): string {
  const candidates = process.env.SHARED_DATA_DIR
    ? [path.resolve(process.env.SHARED_DATA_DIR, name)]
    : [
        path.resolve(moduleDirectory(), "../../../shared/data", name),
        path.resolve(process.cwd(), "../shared/data", name),
      ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      `seed: reference data file "${name}" not found. Looked in:\n  ${candidates.join("\n  ")}\n` +
        "The shared/ folder must sit beside the repository (../shared/data from the repository root), " +
        "or set SHARED_DATA_DIR to the folder that holds it.",
    );
  }
  return found;
}

export function readSharedCsv<K extends string>(name: string, columns: readonly K[]): Record<K, string>[] {
  const file = sharedDataFile(name);
  return parseCsvRecords(fs.readFileSync(file, "utf8"), columns, file);
}

export interface MunicipalityRow {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

/** The 98 municipalities with their regions (shared/data/municipalities.csv). */
export function readMunicipalities(): MunicipalityRow[] {
  const rows = readSharedCsv("municipalities.csv", ["municipality_code", "municipality_name", "region_code", "region_name"]);
  const result = rows.map((r) => ({ code: r.municipality_code, name: r.municipality_name, regionCode: r.region_code, regionName: r.region_name }));
  for (const row of result) {
    if (!/^\d{3}$/.test(row.code) || !/^\d{4}$/.test(row.regionCode) || !row.name || !row.regionName) {
      throw new Error(`municipalities.csv: unexpected row ${JSON.stringify(row)}`);
    }
  }
  return result;
}

export interface InitiativeStatusRow {
  group: string;
  initiative: string;
  decision: "Videreføres" | "Afvikles";
}

/** The 2019 status tables of Region Syddanmark's follow-up groups (shared/data/initiatives-status-2019.csv). */
export function readInitiativeStatus2019(): InitiativeStatusRow[] {
  const rows = readSharedCsv("initiatives-status-2019.csv", ["group", "initiative", "decision"]);
  return rows.map((r, n) => {
    if (r.decision !== "Videreføres" && r.decision !== "Afvikles") {
      throw new Error(`initiatives-status-2019.csv: line ${n + 2}: decision must be Videreføres or Afvikles, got "${r.decision}"`);
    }
    if (!r.group || !r.initiative) throw new Error(`initiatives-status-2019.csv: line ${n + 2}: empty group or initiative`);
    return { group: r.group, initiative: r.initiative, decision: r.decision };
  });
}
