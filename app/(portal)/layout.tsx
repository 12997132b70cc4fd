import type { Metadata } from "next";
import { Document, documentMetadata } from "@/components/shell/document";
import { SiteShell } from "@/components/shell/site-shell";
import { getActor } from "@/lib/auth/actor";
import { getLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata(await getLocale());
}

/**
 * Signed-in areas. The layout checks nothing and redirects no one: a check here would protect
 * nothing (layouts do not re-render on client navigation, and server actions are reachable by a
 * direct POST), and a redirect from here would lose the way back, since a layout cannot know the
 * requested path. Every page below calls requireActor("<its path>") and every action getActor(); a
 * signed-out visitor is sent to /logind?next=<that path> by the page.
 */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const [locale, actor] = await Promise.all([getLocale(), getActor()]);
  return (
    <Document locale={locale}>
      <SiteShell actor={actor}>{children}</SiteShell>
    </Document>
  );
}
