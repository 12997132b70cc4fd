/**
 * Fills a message template: `{name}` placeholders, and plural forms written the ICU way —
 * `{count, plural, one {# bruger} other {# brugere}}` (`#` is the number, formatted for the locale;
 * `=0 {…}` picks an exact number). The plural category is the locale's (Intl.PluralRules).
 * Pure: used by the server's translator and by client components alike.
 */
import type { MessageKey } from "./messages";

export type TranslateParams = Record<string, string | number>;

/**
 * A translator: `t("profile.saved")` takes a key that exists (checked by the type checker);
 * `t.key(error.messageKey)` a key that arrives at run time (a domain error's message key, a key
 * built from data), which falls back like any other.
 */
export interface Translate {
  (key: MessageKey, params?: TranslateParams): string;
  key(key: string, params?: TranslateParams): string;
}

/**
 * A string that arrives at run time used as a message key (a domain error's `messageKey`, a key built
 * from an enum value): the one place a key escapes the type check; the lookup falls back to the key.
 */
export const messageKey = (key: string) => key as MessageKey;

/** A translator over a lookup (the server's whole catalogue, or the client's page dictionary). */
export function translatorFor(lookup: (key: string, params?: TranslateParams) => string): Translate {
  const t = ((key: MessageKey, params?: TranslateParams) => lookup(key, params)) as Translate;
  t.key = (key, params) => lookup(key, params);
  return t;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, value: number): string {
  if (!pluralRules.has(locale)) pluralRules.set(locale, new Intl.PluralRules(locale));
  return pluralRules.get(locale)!.select(value);
}

/** `{count, plural, one {…} other {…}}` → the chosen form's text (with `#`), or null if `template[start]` opens none. */
function readPlural(template: string, start: number): { end: number; name: string; forms: Record<string, string> } | null {
  const head = /^\{(\w+),\s*plural,\s*/.exec(template.slice(start));
  if (!head) return null;
  const forms: Record<string, string> = {};
  let i = start + head[0].length;
  while (i < template.length && template[i] !== "}") {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(template.slice(i));
    if (!selector) return null;
    i += selector[0].length;
    let depth = 1;
    const from = i;
    while (i < template.length && depth > 0) {
      if (template[i] === "{") depth++;
      else if (template[i] === "}") depth--;
      i++;
    }
    forms[selector[1]] = template.slice(from, i - 1);
    while (template[i] === " ") i++;
  }
  return { end: i + 1, name: head[1], forms };
}

export function formatMessage(template: string, params: TranslateParams = {}, locale = "da"): string {
  let out = "";
  for (let i = 0; i < template.length; ) {
    if (template[i] === "{") {
      const plural = readPlural(template, i);
      if (plural) {
        const value = Number(params[plural.name]);
        const form = plural.forms[`=${value}`] ?? plural.forms[pluralCategory(locale, value)] ?? plural.forms.other ?? "";
        out += formatMessage(form.replace(/#/g, Number.isFinite(value) ? value.toLocaleString(locale === "en" ? "en-GB" : "da-DK") : String(params[plural.name])), params, locale);
        i = plural.end;
        continue;
      }
      const simple = /^\{(\w+)\}/.exec(template.slice(i));
      if (simple) {
        out += simple[1] in params ? String(params[simple[1]]) : simple[0];
        i += simple[0].length;
        continue;
      }
    }
    out += template[i];
    i++;
  }
  return out;
}
