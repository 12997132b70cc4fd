import { messages } from "./messages";
import type { AppLocale } from "./config";

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: string, params?: TranslateParams) => string;

/**
 * Looks a key up in the locale, falls back to Danish, then to the key itself (so a missing message
 * is visible in the UI — and caught by tests/unit/i18n/messages.test.ts and the type of the key — never a crash).
 */
export function translate(locale: AppLocale, key: string, params: TranslateParams = {}): string {
  const template = messages[locale][key] ?? messages.da[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

export function translator(locale: AppLocale): Translate {
  return (key, params) => translate(locale, key, params);
}
