/**
 * lib/csv/excel.ts: the Danish Excel dialect — BOM, ";", CRLF, quoted multi-line cells, encodings,
 * formula defusing and decimal commas.
 */
import { describe, expect, it } from "vitest";
import { decodeCsvBytes, formatExcelNumber, parseExcelCsv, parseExcelNumber, serialiseExcelCsv } from "@/lib/csv/excel";

const excelFile = '\uFEFFNavn på indsats;Beskrivelse\r\n"Ammepolitikken";"Linje 1\nLinje 2; med semikolon"\r\nRygestop;"Han sagde ""hej"""\r\n;\r\n';

describe("parseExcelCsv", () => {
  it("reads BOM, ';', CRLF, quoted multi-line cells and doubled quotes; numbers rows as Excel does", () => {
    const parsed = parseExcelCsv(excelFile);
    expect(parsed.delimiter).toBe(";");
    expect(parsed.header).toEqual(["Navn på indsats", "Beskrivelse"]);
    expect(parsed.rows).toEqual([
      { rowNumber: 2, cells: ["Ammepolitikken", "Linje 1\nLinje 2; med semikolon"] },
      { rowNumber: 3, cells: ["Rygestop", 'Han sagde "hej"'] },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it("detects a comma-separated file too", () => {
    const parsed = parseExcelCsv("group,initiative,decision\nA,\"B, C\",Videreføres\n");
    expect(parsed.delimiter).toBe(",");
    expect(parsed.rows[0].cells).toEqual(["A", "B, C", "Videreføres"]);
  });

  it("reports rows with too few or too many cells, and an unterminated quote", () => {
    const parsed = parseExcelCsv("a;b;c\r\n1;2;3\r\n1;2\r\n1;2;3;4\r\n1;2;3;\r\n");
    expect(parsed.problems).toEqual([
      { rowNumber: 3, code: "csv.tooFewCells" },
      { rowNumber: 4, code: "csv.tooManyCells" },
    ]);
    const broken = parseExcelCsv('a;b\r\n1;"open\r\n2;3\r\n');
    expect(broken.problems.map((p) => p.code)).toContain("csv.missingQuotes");
  });

  it("an empty file is one problem", () => {
    expect(parseExcelCsv("\uFEFF\r\n;;\r\n").problems).toEqual([{ rowNumber: 0, code: "csv.empty" }]);
  });
});

describe("decodeCsvBytes", () => {
  it("UTF-8 with BOM, UTF-8 without, and Windows-1252 from plain 'CSV (semikolonsepareret)'", () => {
    const utf8 = new TextEncoder().encode("Følgegruppe;Æble");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: "Følgegruppe;Æble", encoding: "utf-8" });
    expect(decodeCsvBytes(utf8)).toEqual({ text: "Følgegruppe;Æble", encoding: "utf-8" });
    const cp1252 = new Uint8Array([0x46, 0xf8, 0x6c, 0x67, 0x65, 0x3b, 0xc6, 0xe5]); // "Følge;Æå"
    expect(decodeCsvBytes(cp1252)).toEqual({ text: "Følge;Æå", encoding: "windows-1252" });
  });
});

describe("serialiseExcelCsv", () => {
  it("writes BOM, ';', CRLF row ends, every cell quoted, LF inside cells, doubled quotes", () => {
    const text = serialiseExcelCsv(["Navn", "Tekst"], [["A", 'Linje 1\r\nLinje 2 "citat"; x']]);
    expect(text).toBe('\uFEFF"Navn";"Tekst"\r\n"A";"Linje 1\nLinje 2 ""citat""; x"\r\n');
  });

  it("defuses cells Excel would run as formulas, and the import restores them", () => {
    const text = serialiseExcelCsv(["Navn"], [["=HYPERLINK(1)"], ["- punkt"], ["+45"], ["@x"], ["almindelig"]]);
    expect(text).toContain(`"'=HYPERLINK(1)"`);
    expect(text).toContain(`"'- punkt"`);
    expect(parseExcelCsv(text).rows.map((r) => r.cells[0])).toEqual(["=HYPERLINK(1)", "- punkt", "+45", "@x", "almindelig"]);
  });

  it('quote: "when-needed" quotes only cells with ";", quotes or line breaks — and still defuses formulas', () => {
    const text = serialiseExcelCsv(["Id", "Titel"], [["1", "=HYPERLINK(1)"], ["2", "a; b"]], { quote: "when-needed" });
    expect(text).toBe('\uFEFFId;Titel\r\n1;"\'=HYPERLINK(1)"\r\n2;"a; b"\r\n');
    expect(parseExcelCsv(text).rows.map((r) => r.cells)).toEqual([["1", "=HYPERLINK(1)"], ["2", "a; b"]]);
  });

  it("round-trips through the parser", () => {
    const rows = [["Æ;ø", "a\nb", ""], ["x", '"', "1234,5"]];
    const parsed = parseExcelCsv(serialiseExcelCsv(["h1", "h2", "h3"], rows));
    expect(parsed.header).toEqual(["h1", "h2", "h3"]);
    expect(parsed.rows.map((r) => r.cells)).toEqual(rows);
  });
});

describe("Danish decimal comma", () => {
  it("formats and parses", () => {
    expect(formatExcelNumber(1234.5)).toBe("1234,5");
    expect(formatExcelNumber(12)).toBe("12");
    expect(parseExcelNumber("1234,5")).toBe(1234.5);
    expect(parseExcelNumber("1.234,5")).toBe(1234.5);
    expect(parseExcelNumber("1.234")).toBe(1234);
    expect(parseExcelNumber("12.5")).toBe(12.5);
    expect(parseExcelNumber("")).toBeNull();
    expect(parseExcelNumber("tolv")).toBeNull();
  });
});

describe("bytes that are not a spreadsheet's text (issue 18)", () => {
  const text = '"Navn på indsats";"Beslutning"\r\n"Rygestop";"Videreføres"\r\n';
  it("UTF-16 with either byte-order mark, or without one, is a file problem", () => {
    const le = Buffer.from(text, "utf16le");
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), new Uint8Array([0xfe, 0xff, ...Buffer.from(le).swap16()]), new Uint8Array(le)]) {
      expect(decodeCsvBytes(bytes)).toEqual({ text: "", encoding: "utf-16", problem: "csv.utf16" });
    }
  });
  it("a NUL byte is a file problem; ordinary UTF-8 and Windows-1252 are not", () => {
    expect(decodeCsvBytes(new Uint8Array([...Buffer.from("\uFEFFa;b\r\n1;"), 0, ...Buffer.from("2\r\n")])).problem).toBe("csv.nulByte");
    expect(decodeCsvBytes(new TextEncoder().encode("\uFEFF" + text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsvBytes(new Uint8Array([0x72, 0xf8, 0x67, 0x3b, 0x0d, 0x0a]))).toEqual({ text: "røg;\r\n", encoding: "windows-1252" });
  });
  it("parsing stops after maxRecords and says the file was cut", () => {
    const many = ["a;b", ...Array.from({ length: 100 }, (_, i) => `${i};x`)].join("\r\n");
    const parsed = parseExcelCsv(many, { maxRecords: 11 });
    expect(parsed.rows).toHaveLength(10);
    expect(parsed.truncated).toBe(true);
    expect(parseExcelCsv(many).truncated).toBeFalsy();
  });
});
