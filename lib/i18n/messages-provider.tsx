import "server-only";
import type { AppLocale } from "./config";
import { I18nProvider } from "./client";
import { getLocale } from "./server";
import { messagesFor, type AreaName } from "./messages";

/**
 * Adds an area's messages for the client components below it (a layout of that area wraps its
 * pages). The locale is the request's, or given (the cached lookup knows it from its URL).
 */
export async function Messages({ areas, locale, children }: { areas: AreaName[]; locale?: AppLocale; children: React.ReactNode }) {
  const current = locale ?? (await getLocale());
  return (
    <I18nProvider locale={current} messages={messagesFor(current, areas)}>
      {children}
    </I18nProvider>
  );
}
