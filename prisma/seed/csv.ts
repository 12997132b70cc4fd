/**
 * Reading the reference data in ../shared/data (beside the repository; CI clones it the same way).
 * Parsing is papaparse's (quoted cells, "" escapes, line breaks in cells, BOM, CRLF); this module
 * only checks that the expected columns are there and every row is complete.
 */
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";

/** Parses CSV text with a header row into records, checking that the expected columns are present. */
export function parseCsvRecords<K extends string>(text: string, columns: readonly K[], source: string): Record<K, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim(),
  });
  const [firstError] = parsed.errors;
  if (firstError) throw new Error(`${source}: line ${(firstError.row ?? 0) + 2}: ${firstError.message}`);
  const names = parsed.meta.fields ?? [];
  if (names.length === 0) throw new Error(`${source}: empty file`);
  for (const column of columns) {
    if (!names.includes(column)) throw new Error(`${source}: missing column "${column}" (found: ${names.join(", ")})`);
  }
  return parsed.data.map((record) => Object.fromEntries(columns.map((column) => [column, (record[column] ?? "").trim()])) as Record<K, string>);
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
