/**
 * CSV the way Danish Excel reads and writes it (docs/decisions/006-csv-library.md): UTF-8 with a
 * byte-order mark, ";" between cells (the comma is the decimal separator), CRLF between rows,
 * quoted cells that may hold line breaks and "" for a quote. Parsing and quoting are papaparse's;
 * this module only fixes the dialect, decodes the bytes and numbers rows the way Excel shows them.
 *
 * Pure: no database, no Next; safe on the server and in scripts (bench/, tests/).
 */
import Papa from "papaparse";

export const BOM = "\uFEFF";
export const EXCEL_DELIMITER = ";";
export const EXCEL_NEWLINE = "\r\n";

/**
 * Turns uploaded bytes into text. "CSV UTF-8" from Excel starts with a BOM; without one we still try
 * UTF-8, and fall back to Windows-1252 — what Excel's plain "CSV (semikolonsepareret)" writes — so
 * "æøå" survive either way.
 *
 * Two kinds of bytes are a problem with the file, not text: UTF-16 ("Unicode-tekst" from Excel, with
 * or without its byte-order mark — every other byte of a Danish text is then 0), and a NUL byte
 * anywhere (PostgreSQL cannot store it, and no spreadsheet writes one into a cell). Both come back as
 * `problem` with empty text, so the caller reports the file instead of failing on it.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" | "utf-16"; problem?: "csv.utf16" | "csv.nulByte" } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    return { text: "", encoding: "utf-16", problem: "csv.utf16" };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes.indexOf(0) !== -1) return { text: "", encoding: "utf-8", problem: "csv.nulByte" };
  if (bom) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  try {
    return { text: stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes)), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** UTF-16 without a byte-order mark: in its first bytes, (nearly) every other byte is 0. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = sample / 2;
  return even / pairs > 0.4 || odd / pairs > 0.4;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type CsvRow = {
  /** The row as Excel numbers it (the header is row 1), whatever line breaks its cells hold. */
  rowNumber: number;
  cells: string[];
};

export type CsvProblem = {
  /** Excel row number; 0 for the file as a whole. */
  rowNumber: number;
  /** Message key: csv.missingQuotes, csv.tooFewCells, csv.tooManyCells, csv.empty … */
  code: string;
};

export type ParsedCsv = {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  problems: CsvProblem[];
  /** The file has more records than `maxRecords`: the rows stop there. */
  truncated?: boolean;
};

const PAPA_CODES: Record<string, string> = {
  MissingQuotes: "csv.missingQuotes",
  InvalidQuotes: "csv.invalidQuotes",
  UndetectableDelimiter: "csv.undetectableDelimiter",
  TooFewFields: "csv.tooFewCells",
  TooManyFields: "csv.tooManyCells",
};

/**
 * Parses CSV text (any of ";", "," or tab as the separator, detected from the header; ";" when in doubt) into a
 * header and rows. Completely empty rows are skipped (Excel leaves them at the end); a row whose
 * cell count differs from the header's is reported — it is still returned, so the caller can say
 * which row it was.
 */
export function parseExcelCsv(input: string, options: { maxRecords?: number } = {}): ParsedCsv {
  const text = stripBom(input);
  const delimiter = detectDelimiter(text);
  // maxRecords stops papaparse early (its `preview`): a file of 120,000 rows is not read past the cap.
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, preview: options.maxRecords ?? 0 });
  const problems: CsvProblem[] = [];
  for (const error of result.errors) {
    problems.push({ rowNumber: typeof error.row === "number" ? error.row + 1 : 0, code: PAPA_CODES[error.code] ?? "csv.invalid" });
  }
  const records = result.data.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map(unescapeFormula) }));
  const nonEmpty = records.filter((r) => r.cells.some((cell) => cell.trim() !== ""));
  if (nonEmpty.length === 0) return { header: [], rows: [], delimiter, problems: [{ rowNumber: 0, code: "csv.empty" }] };
  const [headerRow, ...rows] = nonEmpty;
  for (const row of rows) {
    if (row.cells.length < headerRow.cells.length) problems.push({ rowNumber: row.rowNumber, code: "csv.tooFewCells" });
    if (row.cells.length > headerRow.cells.length && row.cells.slice(headerRow.cells.length).some((c) => c.trim() !== "")) {
      problems.push({ rowNumber: row.rowNumber, code: "csv.tooManyCells" });
    }
  }
  const truncated = options.maxRecords !== undefined && result.data.length >= options.maxRecords && !!result.meta.truncated;
  return { header: headerRow.cells.map((h) => h.trim()), rows, delimiter, problems: dedupe(problems), truncated };
}

/**
 * The separator is read off the first non-empty line (the header), counting only outside quotes:
 * the most frequent of ";", "," and tab; ";" when there is none (a one-column file) or a tie.
 * Papaparse's own guess looks at cell-count consistency over many rows and is thrown by
 * multi-line cells and Excel's trailing ";;;" rows; the header is the reliable witness.
 */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { [EXCEL_DELIMITER]: 0, ",": 0, "\t": 0 };
  let quoted = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if (seenContent) break;
    } else if (!quoted && ch in counts) {
      counts[ch]++;
      seenContent = true;
    } else if (ch.trim()) seenContent = true;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best[1] > counts[EXCEL_DELIMITER] ? best[0] : EXCEL_DELIMITER;
}

function dedupe(problems: CsvProblem[]): CsvProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.rowNumber}:${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Excel runs a cell that starts with =, +, -, @ as a formula (and "CSV injection" abuses that), so
 * the export prefixes such cells with an apostrophe, which Excel shows as text. The import removes
 * that apostrophe again, so a file exported and re-imported is unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * The one CSV writer (every export: offers, the initiative status table): Excel-ready CSV with BOM,
 * ";" separators, CRLF row ends, line breaks inside a cell as LF (what Alt+Enter makes), and
 * formula-looking cells defused with an apostrophe (CSV injection). Cells are all quoted (so line
 * breaks and ";" inside cells are safe), or with `quote: "when-needed"` only those that need it.
 */
export function serialiseExcelCsv(header: readonly string[], rows: readonly (readonly string[])[], options: { quote?: "all" | "when-needed" } = {}): string {
  const data = rows.map((row) => row.map((cell) => cell.replace(/\r\n?/g, "\n")));
  return (
    BOM +
    Papa.unparse(
      { fields: [...header], data },
      { delimiter: EXCEL_DELIMITER, newline: EXCEL_NEWLINE, quotes: (options.quote ?? "all") === "all", escapeFormulae: FORMULA_START },
    ) +
    EXCEL_NEWLINE
  );
}

/** A number the way Danish Excel reads it from CSV: decimal comma, no thousands separator (1234,5). */
export function formatExcelNumber(value: number): string {
  return String(value).replace(".", ",");
}

/** Reads "1234,5", "1.234,5" or "1234.5" (a dot followed by exactly three digits is a thousands separator). */
export function parseExcelNumber(text: string): number | null {
  const value = text.trim().replace(/\s/g, "");
  if (!value) return null;
  const normalised = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(value) ? value.replace(/\./g, "").replace(",", ".") : value.replace(",", ".");
  const number = Number(normalised);
  return Number.isFinite(number) ? number : null;
}
