import type { Metadata } from "next";
import { I18nProvider } from "@/lib/i18n/client";
import type { AppLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { BASE_AREAS, messagesFor } from "@/lib/i18n/messages";

/**
 * The HTML document: its language and the locale handed to client components. Rendered by the
 * layouts that know the language — the (public) and (portal) groups from the `locale` cookie, the
 * cached pages (app/(cached), decision 019) from their URL — not by the root layout, which passes children through so
 * that a page can be static (a root layout that reads a cookie makes every page dynamic).
 * See docs/decisions/011-cached-anonymous-lookup.md.
 */
export function Document({ locale, children }: { locale: AppLocale; children: React.ReactNode }) {
  return (
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale} messages={messagesFor(locale, BASE_AREAS)}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}

/** Title template and description in the document's language. */
export function documentMetadata(locale: AppLocale): Metadata {
  const t = translator(locale);
  return { title: { default: t("app.name"), template: `%s – ${t("app.name")}` }, description: t("app.tagline") };
}
