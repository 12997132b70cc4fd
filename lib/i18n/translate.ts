import { messages } from "./messages";
import type { AppLocale } from "./config";
import { formatMessage, translatorFor, type Translate, type TranslateParams } from "./format-message";

export type { MessageKey } from "./messages";
export type { Translate, TranslateParams } from "./format-message";
export { messageKey } from "./format-message";

/**
 * Looks a key up in the dictionary, falls back to Danish, then to the key itself (so a missing
 * message is visible in the UI — and caught by tests/unit/i18n/messages.test.ts and the key's type —
 * never a crash).
 */
export function translateFrom(dicts: { own: Record<string, string>; fallback?: Record<string, string> }, locale: AppLocale, key: string, params: TranslateParams = {}): string {
  const template = dicts.own[key] ?? dicts.fallback?.[key] ?? key;
  return formatMessage(template, params, locale);
}

export function translate(locale: AppLocale, key: string, params: TranslateParams = {}): string {
  return translateFrom({ own: messages[locale], fallback: messages.da }, locale, key, params);
}

export function translator(locale: AppLocale): Translate {
  return translatorFor((key, params) => translate(locale, key, params));
}
