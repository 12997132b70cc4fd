/**
 * Hostile input for the fuzzer (fast-check arbitraries, decision 025): what an attacker or a broken
 * client sends in a form field, a query parameter or an uploaded file.
 */
import fc from "fast-check";

/** A marker in every HTML payload: a page that shows it unescaped has `<script>xss` or `onerror=xss` in its HTML. */
export const XSS_TOKEN = "xss8f3a";

export const FIXED: string[] = [
  "",
  " ",
  "\u0000",
  "Ørsted\u0000",
  "a\u0001b\u001Fc\u007F\u0085",
  "\u200B\u200C\u200D\uFEFF",
  "\uFEFFmed BOM",
  "\uD800",
  "\uDFFFx",
  "Æblegrød på Ærø — Østergade 5, Åbenrå",
  "æøå ÆØÅ é ü ß",
  "'; DROP TABLE \"User\"; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(5)",
  `<script>${XSS_TOKEN}</script>`,
  `<img src=x onerror=${XSS_TOKEN}>`,
  `"><svg onload=${XSS_TOKEN}>`,
  "javascript:alert(1)",
  '=HYPERLINK("http://evil.example","klik")',
  "+SUM(1,2)",
  "-2+3",
  "@cmd",
  "\t=1+1",
  "30.02.2026",
  "2026-02-30",
  "31-04-2026",
  "0000-00-00",
  "9999-12-31",
  "010190-1234",
  "3202901234",
  "abcdef-ghij",
  "0101901234567",
  "-1",
  "1e309",
  "NaN",
  "9007199254740993",
  "null",
  "undefined",
  "[object Object]",
  "../../etc/passwd",
  "%00",
  "%C3%28",
  "x".repeat(5_000),
];

/** A string of 1 MB (over the action body limit: Next must refuse it, never answer 500). */
export const ONE_MB = "å".repeat(512 * 1024);

export function hostileString(options: { huge?: boolean } = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FIXED) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FIXED), fc.constantFrom(...FIXED)).map(([a, b]) => a + b) },
    ...(options.huge ? [{ weight: 1, arbitrary: fc.constant(ONE_MB) }] : []),
  );
}

/**
 * A hostile form for `fields`: each field missing, a plausible value (`valid`) or a hostile string,
 * sometimes repeated (an array), plus extra fields nobody asked for.
 */
export function hostileForm(fields: string[], valid: Record<string, string>, options: { huge?: boolean } = {}): fc.Arbitrary<Record<string, string | string[]>> {
  const value = (field: string) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(valid[field] ?? "") },
      { weight: 4, arbitrary: hostileString(options) },
      { weight: 1, arbitrary: fc.array(hostileString(), { minLength: 2, maxLength: 3 }) },
    );
  const record = Object.fromEntries(fields.map((f) => [f, fc.option(value(f), { nil: undefined, freq: 6 })]));
  return fc.tuple(fc.record(record), fc.dictionary(fc.constantFrom("__proto__", "constructor", "extra", "$ACTION_ID_x", "id", "version"), hostileString(), { maxKeys: 2 })).map(([form, extra]) => {
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(form)) if (v !== undefined) out[k] = v as string | string[];
    for (const [k, v] of Object.entries(extra)) if (!(k in out)) out[k] = v;
    return out;
  });
}

/** An uploaded status table: CSV in UTF-8, with a BOM, in UTF-16, with NUL, broken UTF-8, formulas, or random bytes. */
export const hostileUpload: fc.Arbitrary<{ name: string; bytes: Buffer }> = fc
  .tuple(
    fc.constantFrom("utf8", "bom", "utf16le", "utf16be", "nul", "broken", "random", "formula", "empty", "huge-line"),
    fc.array(fc.array(hostileString(), { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 5 }),
    fc.uint8Array({ maxLength: 400 }),
  )
  .map(([encoding, rows, random]) => {
    const csv = ["Indsats;Status;Beskrivelse", ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(";"))].join("\r\n");
    const utf8 = Buffer.from(csv, "utf8");
    const bytes: Record<string, () => Buffer> = {
      utf8: () => utf8,
      bom: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
      utf16le: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]),
      utf16be: () => Buffer.from(Buffer.from(csv, "utf16le")).swap16(),
      nul: () => Buffer.concat([utf8, Buffer.from([0, 0x41, 0])]),
      broken: () => Buffer.concat([utf8, Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80])]),
      random: () => Buffer.from(random),
      formula: () => Buffer.from('Indsats;Status\r\n=HYPERLINK("http://evil.example");"+1"\r\n@SUM(A1);-1', "utf8"),
      empty: () => Buffer.alloc(0),
      "huge-line": () => Buffer.from("x".repeat(200_000), "utf8"),
    };
    return { name: `statustabel-${encoding}.csv`, bytes: bytes[encoding]() };
  });

/** A query value as it goes on the wire: URL-encoded, or raw percent bytes (%00, broken UTF-8). */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  hostileString().map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))),
  fc.constantFrom("%00", "a%00b", "%C3%28", "%FF%FE", "%ED%A0%80", "%E2%80%8B", "%EF%BB%BF", "%", "%%", "%zz"),
);

/**
 * A path segment: like a query value, but always decodable. A segment that is not valid
 * percent-encoding (`%zz`, `%ED%A0%80`) fails inside Next's router before any code of ours runs —
 * a 500 we cannot reach from the app (docs/security.md, "Left open").
 */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  hostileString().map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))),
  fc.constantFrom("%00", "a%00b", "%E2%80%8B", "%EF%BB%BF", "%C3%A6", "..", "%2e%2e%2f"),
);
