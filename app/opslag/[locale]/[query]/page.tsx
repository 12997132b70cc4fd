import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LookupView } from "@/app/(public)/tilbud/_components/lookup-view";
import { decodeLookupKey, firstOfEach } from "@/lib/domain/offers/lookup-query";
import { isLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";

/**
 * The GP lookup for a visitor without a session, one page per search and language, rendered on the
 * first request and then served from Next's cache (ISR) — the lookup is public, the same for every
 * anonymous visitor, and asked again and again ("rygning" in Roskilde). proxy.ts routes
 * GET /tilbud?… here as /opslag/<locale>/<canonical query as base64url>; the visitor's address stays
 * /tilbud?…. Kept fresh by: revalidatePath on every offer change on this server (the offer actions),
 * and within a minute (`revalidate`) for changes made on another app server and for the freshness marks
 * that follow the calendar. The cache lives in memory (bounded; next.config.ts isrFlushToDisk: false).
 * See docs/decisions/011-cached-anonymous-lookup.md.
 */
export const revalidate = 60;

/** No search is known at build time: each is rendered on its first request, then cached. */
export function generateStaticParams(): { query: string }[] {
  return [];
}

type Params = Promise<{ locale: string; query: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: translator(locale)("offers.lookup.title") } : {};
}

export default async function CachedLookupPage({ params }: { params: Params }) {
  const { locale, query } = await params;
  const search = decodeLookupKey(query);
  // Only keys proxy.ts can make: anything else would fill the cache with copies of the same search.
  if (!isLocale(locale) || !search) notFound();
  return <LookupView params={firstOfEach(search)} locale={locale} />;
}
