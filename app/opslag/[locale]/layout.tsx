import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Document, documentMetadata } from "@/components/shell/document";
import { SiteShell } from "@/components/shell/site-shell";
import { LOCALES, isLocale } from "@/lib/i18n/config";
import { Messages } from "@/lib/i18n/messages-provider";

type Params = Promise<{ locale: string }>;

/** Both languages are known in advance; the searches are not (app/opslag/[locale]/[query]/page.tsx). */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? documentMetadata(locale) : {};
}

/**
 * The frame of the cached anonymous lookup: the same document and shell as the public pages, for a
 * visitor without a session, in the language of the URL — no cookie, no session, so the page can be
 * rendered once and served from the cache. `currentPath` marks "Tilbud" in the menu: the visitor's
 * address is /tilbud (proxy.ts rewrote it here).
 */
export default async function CachedLookupLayout({ children, params }: { children: React.ReactNode; params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <Document locale={locale}>
      <SiteShell actor={null} locale={locale} currentPath="/tilbud">
        <Messages areas={["offers"]} locale={locale}>
          {children}
        </Messages>
      </SiteShell>
    </Document>
  );
}
