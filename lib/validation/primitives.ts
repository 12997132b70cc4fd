/**
 * The schema primitives every input schema is built from (docs/architecture.md, "The edge"). One
 * behaviour each, tested once (tests/unit/validation/primitives.test.ts):
 *
 * - Text is clean at the edge: every string primitive refuses control characters (NUL and the other
 *   C0/C1 codes; a multi-line field keeps tab, line feed and carriage return) and text that is not
 *   well-formed Unicode (a lone surrogate, what an invalid UTF-8 byte or a broken escape becomes),
 *   with a field message in both languages. PostgreSQL cannot store NUL, so such input would
 *   otherwise reach the database as a 500. `searchText` (query parameters of a search box) strips
 *   the same characters instead of refusing, so a pasted search still finds something.
 * - An empty form field ("") is "not given" (`optional`).
 * - Form strings are coerced (numbers, check boxes, dates); a repeated field becomes an array.
 *
 * Pure: no server-only, no I/O — used by the domain schemas, by pages for query parameters, and by
 * unit tests.
 */
import { z } from "zod";

/** C0 controls except tab, LF, CR; DEL; C1 controls — refused in a multi-line field. */
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Every control character — refused in a single-line field (a form's single-line input sends none). */
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_GLOBAL = /[\u0000-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE_GLOBAL = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `value` is well-formed Unicode (no lone surrogate). */
export function isWellFormed(value: string): boolean {
  return !new RegExp(LONE_SURROGATE_GLOBAL.source).test(value);
}

/** True when `value` holds a control character a field of that kind does not allow. */
export function hasControlCharacters(value: string, multiline = false): boolean {
  return (multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(value);
}

/** `value` without control characters and lone surrogates, whitespace collapsed at the ends. */
export function stripUnsafeText(value: string): string {
  return value.replace(CONTROL_GLOBAL, " ").replace(LONE_SURROGATE_GLOBAL, "").trim();
}

/**
 * A trimmed string that holds only text: the base of every other string primitive. Chain `.min()`
 * and `.max()` as with `z.string()`.
 */
export function text(options: { multiline?: boolean; /** the message when the field is missing */ missing?: string; /** keep leading/trailing whitespace (a Markdown body) */ keepEnds?: boolean } = {}) {
  const multiline = options.multiline ?? false;
  const missing = options.missing ?? "validation.required";
  // Only a missing or non-string value gets `missing`; length and format issues keep their own message.
  const base = z.string({ error: (issue) => (issue.code === "invalid_type" ? missing : undefined) });
  return (options.keepEnds ? base : base.trim())
    .refine((value) => !hasControlCharacters(value, multiline), { error: "validation.controlCharacters" })
    .refine(isWellFormed, { error: "validation.invalidText" });
}

/** A required single-line text of 1..max characters. */
export const requiredText = (max: number) => text().min(1).max(max);

/** An empty form field ("") or null is "not given". */
export const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

/** An optional text of at most `max` characters ("" → undefined); single-line unless `multiline`. */
export const optionalText = (max: number, options: { multiline?: boolean } = {}) => optional(text(options).max(max));

/** A multi-line text (a textarea: tab and line breaks allowed) of at most `max` characters; "" stays "". */
export const longText = (max = 20_000) => text({ multiline: true }).max(max);

/** A row id from a form or a URL (cuid, uuid or a seed id). */
export const id = text().min(1).max(100);

/** True when `value` could be an id — a route parameter that cannot is a 404 before any query. */
export function isId(value: unknown): value is string {
  return id.safeParse(value).success;
}

/** The optimistic-concurrency version the form was rendered with. */
export const version = z.coerce.number({ error: "validation.invalid" }).int().min(1);

/** A check box: true for "on" (what a browser sends), "true", "1" or true; anything else false. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** A whole number from a form field within [min, max]; optional ("" → undefined). */
export const optionalInt = (min: number, max: number) =>
  optional(z.coerce.number({ error: "validation.number" }).int({ error: "validation.integer" }).min(min).max(max));

/** An e-mail address, stored lower-case. */
export const email = text().toLowerCase().min(1, { error: "validation.required" }).max(254).pipe(z.email({ error: "validation.email" }));

/**
 * A calendar date from `<input type="date">` (yyyy-mm-dd) or typed the Danish way (dd.mm.yyyy),
 * as UTC midnight; a date that does not exist (31.02) or lies outside 1990–2100 is refused.
 */
export const isoDate = text().transform((value, ctx) => {
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const danish = value.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : [];
  const date = y ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : null;
  if (!date || date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2100) {
    ctx.addIssue({ code: "custom", message: "validation.date" });
    return z.NEVER;
  }
  return date;
});

/**
 * A repeated form field (check-box group, multi-select): absent or "" → [], one value → [value],
 * empty entries dropped; at most `max` entries.
 */
export const formList = <T extends z.ZodType>(item: T, max = 50) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]), z.array(item).max(max));

/**
 * A search box's text from a query parameter: control characters and lone surrogates are removed
 * (not refused), then trimmed and cut to `max` characters. Never fails for a string.
 */
export const searchText = (max = 200) => z.preprocess((v) => (typeof v === "string" ? stripUnsafeText(v).slice(0, max) : v), z.string());

/** The first value of a query parameter (Next gives an array when it is repeated); absent → undefined. */
export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The first value of every query parameter: Next's searchParams object or a URLSearchParams. */
export function firstValues(params: Record<string, string | string[] | undefined> | URLSearchParams): Record<string, string> {
  const result: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params);
  for (const [key, value] of entries) {
    const one = first(value);
    if (typeof one === "string" && !(key in result)) result[key] = one;
  }
  return result;
}
