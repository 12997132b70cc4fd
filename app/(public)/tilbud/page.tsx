import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { searchOffers } from "@/lib/domain/offers/search-offers";
import { listGeography } from "@/lib/domain/offers/list-municipalities";
import { LookupForm } from "./_components/lookup-form";
import { ResultItem } from "./_components/result-item";
import { lookupQueryString } from "./_components/query";
import { firstValues } from "./_components/labels";
import { h1, h2, link, noticeWarning } from "./_components/styles";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("offers.lookup.title") };
}

/**
 * The GP lookup (public): one search box and filters in a GET form, the results with how to refer in
 * one line, pages of 20. A lean server component: one SQL statement per request (the municipality
 * list is cached in memory), no client-side state — everything is in the URL.
 */
export default async function OfferLookupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = firstValues(await searchParams);
  const [{ t, locale }, result, geography] = await Promise.all([getTranslator(), searchOffers(params), listGeography()]);
  const { query } = result;
  const count = formatNumber(result.total, locale);

  return (
    <div className="space-y-6">
      <div>
        <h1 className={h1}>{t("offers.lookup.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-800">{t("offers.lookup.intro")}</p>
      </div>

      <LookupForm query={query} municipalities={geography.municipalities} t={t} locale={locale} />

      <section aria-labelledby="resultater" className="space-y-4">
        <h2 id="resultater" className={h2}>
          {t("offers.lookup.results")}
          <span className="sr-only">: </span>
          <span className="ml-2 text-base font-normal text-slate-700">
            {result.municipality ? t("offers.lookup.countFor", { count, municipality: result.municipality.name }) : t("offers.lookup.count", { count })}
          </span>
        </h2>
        {result.unknownMunicipality ? (
          <p role="alert" className={noticeWarning}>
            {t("offers.lookup.unknownMunicipality")}
          </p>
        ) : null}
        {result.items.length === 0 ? (
          <p className="text-slate-800">{t("offers.lookup.none")}</p>
        ) : (
          <ol className="space-y-3">
            {result.items.map((item) => (
              <ResultItem key={item.id} item={item} t={t} locale={locale} />
            ))}
          </ol>
        )}
        {result.pageCount > 1 ? (
          <nav aria-label={t("offers.lookup.pagination")} className="flex flex-wrap items-center gap-4">
            {result.page > 1 ? (
              <Link href={`/tilbud${lookupQueryString(query, { side: result.page - 1 })}`} className={link} rel="prev">
                {t("offers.lookup.previous")}
              </Link>
            ) : null}
            <span aria-current="page" className="text-slate-800">
              {t("offers.lookup.pageOf", { page: result.page, pages: result.pageCount })}
            </span>
            {result.page < result.pageCount ? (
              <Link href={`/tilbud${lookupQueryString(query, { side: result.page + 1 })}`} className={link} rel="next">
                {t("offers.lookup.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>

      <ul className="flex flex-wrap gap-x-6 gap-y-2 border-t border-slate-200 pt-4 text-sm">
        <li>
          <Link href="/tilbud/daekning" className={link}>
            {t("offers.lookup.coverageLink")}
          </Link>
        </li>
        <li>
          <Link href={`/api/tilbud/export${lookupQueryString({ ...query, side: undefined })}`} prefetch={false} className={link}>
            {t("offers.lookup.csvLink")}
          </Link>
        </li>
        <li>
          <Link href="/api/hsds/services" prefetch={false} className={link}>
            {t("offers.lookup.apiLink")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
