/**
 * Reading the reference data in prisma/seed/data (facts: the official municipality codes, and the
 * 2019 initiative decisions of Region Syddanmark's follow-up groups).
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

/**
 * The reference data files live beside this module (prisma/seed/data/), inside the repository: a
 * user's clone has nothing beside it. tsx runs this file as CommonJS (__dirname); Vitest provides it too.
 */
export function referenceDataFile(name: string): string {
  const file = path.join(__dirname, "data", name);
  if (!fs.existsSync(file)) throw new Error(`seed: reference data file "${name}" not found at ${file}`);
  return file;
}

export function readReferenceCsv<K extends string>(name: string, columns: readonly K[]): Record<K, string>[] {
  const file = referenceDataFile(name);
  return parseCsvRecords(fs.readFileSync(file, "utf8"), columns, file);
}

export interface MunicipalityRow {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

/** The 98 municipalities with their regions (prisma/seed/data/municipalities.csv). */
export function readMunicipalities(): MunicipalityRow[] {
  const rows = readReferenceCsv("municipalities.csv", ["municipality_code", "municipality_name", "region_code", "region_name"]);
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

/** The 2019 status tables of Region Syddanmark's follow-up groups (prisma/seed/data/initiatives-status-2019.csv). */
export function readInitiativeStatus2019(): InitiativeStatusRow[] {
  const rows = readReferenceCsv("initiatives-status-2019.csv", ["group", "initiative", "decision"]);
  return rows.map((r, n) => {
    if (r.decision !== "Videreføres" && r.decision !== "Afvikles") {
      throw new Error(`initiatives-status-2019.csv: line ${n + 2}: decision must be Videreføres or Afvikles, got "${r.decision}"`);
    }
    if (!r.group || !r.initiative) throw new Error(`initiatives-status-2019.csv: line ${n + 2}: empty group or initiative`);
    return { group: r.group, initiative: r.initiative, decision: r.decision };
  });
}
