import type { Metadata } from "next";
import { Document, documentMetadata } from "@/components/shell/document";
import { SiteShell } from "@/components/shell/site-shell";
import { getActor } from "@/lib/auth/actor";
import { getLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata(await getLocale());
}

/** Public pages (agreements in force, offers, sign-in, the front page): the shell shows the user if signed in. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [locale, actor] = await Promise.all([getLocale(), getActor()]);
  return (
    <Document locale={locale}>
      <SiteShell actor={actor}>{children}</SiteShell>
    </Document>
  );
}
