import { getTranslator, titled } from "@/lib/i18n/server";
import { LookupView } from "./_components/lookup-view";
import { firstValues } from "@/lib/validation/primitives";

export const generateMetadata = titled("offers.lookup.title");

/**
 * The GP lookup at /tilbud, rendered per request — for signed-in users, whose header shows who they
 * are. A visitor without a session is routed by proxy.ts to the same content on a cached page
 * (app/opslag/[locale]/[query]); see docs/decisions/011-cached-anonymous-lookup.md.
 */
export default async function OfferLookupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, { locale }] = await Promise.all([searchParams, getTranslator()]);
  return <LookupView params={firstValues(params)} locale={locale} />;
}
