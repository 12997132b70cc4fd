import { getTranslator, titled } from "@/lib/i18n/server";
import { LookupView } from "./_components/lookup-view";
import { firstValues } from "@/lib/validation/primitives";

export const generateMetadata = titled("offers.lookup.title");

/**
 * /tilbud rendered per request — only for what proxy.ts does not rewrite: the answer to a form post
 * from the lookup's header (language switch, sign-out, organisation switch are server actions posted
 * to the page's own address). Every GET is served by the cached page of its search
 * (app/(cached)/tilbud/soeg/[key]); docs/decisions/019-one-cached-page-per-request-state.md.
 */
export default async function OfferLookupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, { locale }] = await Promise.all([searchParams, getTranslator()]);
  return <LookupView params={firstValues(params)} locale={locale} />;
}
