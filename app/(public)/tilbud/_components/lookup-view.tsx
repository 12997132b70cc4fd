import Link from "next/link";
import type { AppLocale } from "@/lib/i18n/config";
import { translator, type Translate } from "@/lib/i18n/translate";
import { formatNumber } from "@/lib/i18n/format";
import { searchOffers, type OfferSearchItemDto } from "@/lib/domain/offers/search-offers";
import { listGeography } from "@/lib/domain/offers/list-municipalities";
import { lookupQueryString } from "@/lib/domain/offers/lookup-query";
import { referralLine } from "@/lib/offers/referral-line";
import type { Concept } from "@/lib/offers/thesaurus";
import { LookupForm } from "./lookup-form";
import { ResultList, type ResultLine } from "./result-list";
import { labelsOf, languagesOf } from "./labels";
import { Banner, H1, H2, TextLink } from "@/components/ui";

/**
 * The GP lookup's content: one search box and filters in a GET form, the results with how to refer in
 * one line, pages of 20 — for the search in `params` (the URL's query, first value of each), in
 * `locale`. Shown by two pages: app/(public)/tilbud/page.tsx (signed-in users, rendered per request)
 * and app/opslag/[locale]/[query]/page.tsx (everyone else, rendered once per search and served from
 * the cache). It reads no cookie and no session, so it can be cached. One SQL statement (the
 * municipality list is cached in memory), no client-side state — everything is in the URL.
 */
export async function LookupView({ params, locale }: { params: Record<string, string>; locale: AppLocale }) {
  const t = translator(locale);
  const [result, geography] = await Promise.all([searchOffers(params), listGeography()]);
  const { query } = result;
  const count = formatNumber(result.total, locale);
  // Direct matches first (the search orders them so); offers found only through a tag or the thesaurus under their own heading.
  const direct = result.items.filter((item) => !item.related);
  const related = result.items.filter((item) => item.related);

  return (
    <div className="space-y-6">
      <div>
        <H1>{t("offers.lookup.title")}</H1>
        <p className="mt-2 max-w-3xl text-slate-800">{t("offers.lookup.intro")}</p>
      </div>

      <LookupForm query={query} municipalities={geography.municipalities} t={t} locale={locale} />

      <section aria-labelledby="resultater" className="space-y-4">
        <H2 id="resultater">
          {t("offers.lookup.results")}
          <span className="sr-only">: </span>
          <span className="ml-2 text-base font-normal text-slate-700">
            {result.municipality ? t("offers.lookup.countFor", { count, municipality: result.municipality.name }) : t("offers.lookup.count", { count })}
          </span>
        </H2>
        {result.unknownMunicipality ? (
          <Banner as="p" role="alert" tone="warning">
            {t("offers.lookup.unknownMunicipality")}
          </Banner>
        ) : null}
        {result.items.length === 0 ? <p className="text-slate-800">{t("offers.lookup.none")}</p> : null}
        {direct.length ? <ResultList items={direct.map((item) => toResultLine(item, t, locale))} search={lookupQueryString(query)} /> : null}
        {related.length ? (
          <section aria-labelledby="relaterede" className="space-y-3 pt-2">
            <h3 id="relaterede" className="text-xl font-semibold text-slate-900">
              {relatedHeading(result.relatedTo, t)}
            </h3>
            <p className="text-slate-800">{t("offers.lookup.relatedHint")}</p>
            <ResultList items={related.map((item) => toResultLine(item, t, locale))} headingLevel="h4" search={lookupQueryString(query)} />
          </section>
        ) : null}
        {result.pageCount > 1 ? (
          <nav aria-label={t("offers.lookup.pagination")} className="flex flex-wrap items-center gap-4">
            {result.page > 1 ? (
              <TextLink as={Link} href={`/tilbud${lookupQueryString(query, { side: result.page - 1 })}`} rel="prev">
                {t("offers.lookup.previous")}
              </TextLink>
            ) : null}
            <span aria-current="page" className="text-slate-800">
              {t("offers.lookup.pageOf", { page: result.page, pages: result.pageCount })}
            </span>
            {result.page < result.pageCount ? (
              <TextLink as={Link} href={`/tilbud${lookupQueryString(query, { side: result.page + 1 })}`} rel="next">
                {t("offers.lookup.next")}
              </TextLink>
            ) : null}
          </nav>
        ) : null}
      </section>

      <ul className="flex flex-wrap gap-x-6 gap-y-2 border-t border-slate-200 pt-4 text-sm">
        <li>
          <TextLink as={Link} href="/tilbud/daekning">
            {t("offers.lookup.coverageLink")}
          </TextLink>
        </li>
        <li>
          <TextLink as={Link} href={`/api/tilbud/export${lookupQueryString({ ...query, side: undefined })}`} prefetch={false}>
            {t("offers.lookup.csvLink")}
          </TextLink>
        </li>
        <li>
          <TextLink as={Link} href="/api/hsds/services" prefetch={false}>
            {t("offers.lookup.apiLink")}
          </TextLink>
        </li>
      </ul>
    </div>
  );
}

/** "Relaterede tilbud — om rygning og KOL": the concepts the search words name, as the filters call them. */
function relatedHeading(concepts: readonly Concept[], t: Translate): string {
  if (!concepts.length) return t("offers.lookup.related");
  const label = (c: Concept) => {
    const text = t(c.kind === "riskFactor" ? `offers.riskFactor.${c.value}` : c.kind === "diagnosis" ? `offers.diagnosis.${c.value}` : `offers.topic.${c.value}`);
    // "Rygning" → "rygning" inside the sentence; an abbreviation ("KOL") stays as it is.
    return text.length > 1 && text[1] === text[1].toLocaleLowerCase() ? text[0].toLocaleLowerCase() + text.slice(1) : text;
  };
  const labels = concepts.map(label);
  const topics = labels.length > 1 ? `${labels.slice(0, -1).join(", ")} ${t("offers.lookup.and")} ${labels[labels.length - 1]}` : labels[0];
  return t("offers.lookup.relatedAbout", { topics });
}

/** A result as the list shows it, its texts written here in the page's language. */
function toResultLine(item: OfferSearchItemDto, t: Translate, locale: AppLocale): ResultLine {
  return {
    id: item.id,
    title: item.title,
    summary: item.summary,
    facts: [item.ownerName, item.city, labelsOf(t, "format", item.formats), languagesOf(item.languages, locale)].filter(Boolean).join(" · "),
    howToRefer: referralLine(item, t, locale),
    stale: item.stale,
    viaPartner: item.viaPartner,
    regional: item.ownerKind === "REGION",
    afterHours: item.afterHours,
  };
}
