"use client";

import { createContext, useContext, useMemo } from "react";
import type { AppLocale } from "./config";
import { translator, type Translate } from "./translate";

const LocaleContext = createContext<AppLocale>("da");

/** Provides the request's locale to client components (set once in the root layout). */
export function I18nProvider({ locale, children }: { locale: AppLocale; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): AppLocale {
  return useContext(LocaleContext);
}

export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
