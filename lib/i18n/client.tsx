"use client";

import { createContext, useContext, useMemo } from "react";
import type { AppLocale } from "./config";
import { formatMessage, translatorFor, type Translate } from "./format-message";

type I18n = { locale: AppLocale; messages: Record<string, string> };
const I18nContext = createContext<I18n>({ locale: "da", messages: {} });

/**
 * Gives client components the request's locale and the messages of their page: the document hands
 * the base areas (common, validation, shell), each area's layout adds its own — nested providers
 * merge. Only that locale's messages of those areas travel to the browser (never the catalogue).
 */
export function I18nProvider({ locale, messages, children }: { locale: AppLocale; messages: Record<string, string>; children: React.ReactNode }) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => ({ locale, messages: parent.locale === locale ? { ...parent.messages, ...messages } : messages }), [locale, messages, parent]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): AppLocale {
  return useContext(I18nContext).locale;
}

/** The translator of a client component: a missing key shows the key (and fails the type check when written literally). */
export function useT(): Translate {
  const { locale, messages } = useContext(I18nContext);
  return useMemo(() => translatorFor((key, params) => formatMessage(messages[key] ?? key, params, locale)), [locale, messages]);
}
