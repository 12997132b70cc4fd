import { cachedPage } from "@/components/shell/cached-page";
import { readLookupPageKey, firstOfEach } from "@/lib/domain/offers/lookup-query";
import { LookupView } from "@/app/(public)/tilbud/_components/lookup-view";

/**
 * The GP lookup — one page per search and language, for everybody: proxy.ts rewrites every
 * GET /tilbud?… to /tilbud/soeg/<key> (the address bar keeps /tilbud?…). The results do not depend on
 * who is signed in; the header's user part is the account island. Kept fresh by revalidatePath on
 * every offer change on this server (the offer actions) and within `revalidate` for changes made on
 * another app server and for the freshness marks that follow the calendar. In memory only
 * (next.config.ts isrFlushToDisk: false). docs/decisions/019-one-cached-page-per-request-state.md.
 */
export const revalidate = 60;

/** No search is known at build time: each is rendered on its first request, then cached. */
export function generateStaticParams(): { key: string }[] {
  return [];
}

const page = cachedPage(readLookupPageKey, "offers.lookup.title", ({ locale, query }) => <LookupView params={firstOfEach(query)} locale={locale} />);
export const generateMetadata = page.generateMetadata;
export default page.Page;
