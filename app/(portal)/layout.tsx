import type { Metadata } from "next";
import { Document, documentMetadata } from "@/components/shell/document";
import { SiteShell } from "@/components/shell/site-shell";
import { requireActor } from "@/lib/auth/actor";
import { getLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata(await getLocale());
}

/**
 * Signed-in areas. Redirecting here only spares a signed-out visitor a broken page: it protects
 * nothing (layouts do not re-render on client navigation, and server actions are reachable by a
 * direct POST), so every page and action below calls requireActor()/getActor() itself.
 */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const [locale, actor] = await Promise.all([getLocale(), requireActor()]);
  return (
    <Document locale={locale}>
      <SiteShell actor={actor}>{children}</SiteShell>
    </Document>
  );
}
