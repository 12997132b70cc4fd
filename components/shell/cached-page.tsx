import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { AppLocale } from "@/lib/i18n/config";
import { translator, type MessageKey } from "@/lib/i18n/translate";
import { Messages } from "@/lib/i18n/messages-provider";
import type { AreaName } from "@/lib/i18n/messages";
import { Document, documentMetadata } from "./document";
import { SiteShell } from "./site-shell";

type KeyParams = { params: Promise<{ key: string }> };

/**
 * The frame of a page served from the shared cache (app/(cached)): one page per request state, its
 * language and state read from the URL's key (lib/http/page-key.ts), never from a cookie or the
 * session — so Next renders it once and serves it to everybody (ISR), signed in or not. The document
 * and shell are the same as on every other page; the user's part of the header is the account island.
 * A key proxy.ts could not have made is a 404 (the same search is never cached twice).
 * docs/decisions/019-one-cached-page-per-request-state.md.
 *
 * `read` is the page's own key reader; `currentPath` the public path the page stands for (the menu
 * marks it); `areas` the message areas its client components use.
 */
export function cachedPageLayout<S>(read: (key: string) => ({ locale: AppLocale } & S) | null, currentPath: string, areas: AreaName[]) {
  async function generateMetadata({ params }: KeyParams): Promise<Metadata> {
    const page = read((await params).key);
    return page ? documentMetadata(page.locale) : {};
  }
  async function CachedPageLayout({ children, params }: KeyParams & { children: React.ReactNode }) {
    const page = read((await params).key);
    if (!page) notFound();
    return (
      <Document locale={page.locale}>
        <SiteShell actor={null} locale={page.locale} currentPath={currentPath} accountHole>
          <Messages areas={areas} locale={page.locale}>
            {children}
          </Messages>
        </SiteShell>
      </Document>
    );
  }
  return { Layout: CachedPageLayout, generateMetadata };
}

/**
 * The page itself: its title, and its content for the key's state. Rendered on a state's first request
 * and then served from the cache; `revalidate` (on the page module) bounds how stale it can be when a
 * change is made on another app server (this server's changes revalidate it at once).
 */
export function cachedPage<S>(read: (key: string) => ({ locale: AppLocale } & S) | null, title: MessageKey, render: (page: { locale: AppLocale } & S) => React.ReactNode) {
  async function generateMetadata({ params }: KeyParams): Promise<Metadata> {
    const page = read((await params).key);
    return page ? { title: translator(page.locale)(title) } : {};
  }
  async function CachedPage({ params }: KeyParams) {
    const page = read((await params).key);
    if (!page) notFound();
    return render(page);
  }
  return { Page: CachedPage, generateMetadata };
}
