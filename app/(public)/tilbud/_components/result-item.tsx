"use client";

import Link from "next/link";
import type { OfferSearchItemDto } from "@/lib/domain/offers/search-offers";
import type { Translate } from "@/lib/i18n/translate";
import { useLocale, useT } from "@/lib/i18n/client";
import { referralLine } from "@/lib/offers/referral-line";
import { badgeInfo, badgeNeutral, badgeWarning, h3, link } from "./styles";
import { labelsOf, languagesOf } from "./labels";

/** One search result: what it is, where, and — in one line — how to refer. */
function ResultItem({ item, t, locale }: { item: OfferSearchItemDto; t: Translate; locale: "da" | "en" }) {
  const facts = [item.ownerName, item.city, labelsOf(t, "format", item.formats), languagesOf(item.languages, locale)].filter(Boolean).join(" · ");
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className={h3}>
        <Link href={`/tilbud/${item.id}`} className={link}>
          {item.title}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">{facts}</p>
      <p className="mt-1">{item.summary}</p>
      <p className="mt-2 font-medium text-slate-900">
        <span className="sr-only">{t("offers.lookup.howToRefer")}: </span>
        {referralLine(item, t, locale)}
      </p>
      {item.viaPartner || item.ownerKind === "REGION" || item.stale || item.afterHours ? (
        <p className="mt-2 flex flex-wrap gap-2">
          {item.stale ? <span className={badgeWarning}>{t("offers.lookup.stale")}</span> : null}
          {item.viaPartner ? <span className={badgeInfo}>{t("offers.lookup.viaPartner")}</span> : null}
          {item.ownerKind === "REGION" ? <span className={badgeInfo}>{t("offers.lookup.regional")}</span> : null}
          {item.afterHours ? <span className={badgeNeutral}>{t("offers.field.afterHours")}</span> : null}
        </p>
      ) : null}
    </li>
  );
}

/**
 * The lookup's results, rendered from the search's DTO. A client component for the server's sake:
 * the results travel to the browser as 20 small records instead of as an element tree next to their
 * HTML — the cached lookup's answer is a third smaller, and a cache hit costs the server by the byte
 * (docs/decisions/012-worklist-rows-from-data.md). The HTML is the same.
 */
export function ResultList({ items }: { items: OfferSearchItemDto[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol className="space-y-3">
      {items.map((item) => (
        <ResultItem key={item.id} item={item} t={t} locale={locale} />
      ))}
    </ol>
  );
}
