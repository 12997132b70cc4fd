import type { Metadata } from "next";
import { Document, documentMetadata } from "./document";
import { SiteShell } from "./site-shell";
import { getActor } from "@/lib/auth/actor";
import { getLocale } from "@/lib/i18n/server";

/** The title and description of a page rendered per request, in the request's language. */
export async function requestDocumentMetadata(): Promise<Metadata> {
  return documentMetadata(await getLocale());
}

/**
 * The document and shell of a page rendered per request (the (public) and (portal) groups): the
 * language from the cookie, the signed-in user (if any) in the header. It checks nothing and
 * redirects no one — see app/(portal)/layout.tsx.
 */
export async function RequestDocument({ children }: { children: React.ReactNode }) {
  const [locale, actor] = await Promise.all([getLocale(), getActor()]);
  return (
    <Document locale={locale}>
      <SiteShell actor={actor}>{children}</SiteShell>
    </Document>
  );
}
