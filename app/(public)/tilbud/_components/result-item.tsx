import Link from "next/link";
import type { OfferSearchItemDto } from "@/lib/domain/offers/search-offers";
import type { Translate } from "@/lib/i18n/translate";
import { referralLine } from "@/lib/offers/referral-line";
import { badgeInfo, badgeNeutral, badgeWarning, h3, link } from "./styles";
import { labelsOf, languagesOf } from "./labels";

/** One search result: what it is, where, and — in one line — how to refer. */
export function ResultItem({ item, t, locale }: { item: OfferSearchItemDto; t: Translate; locale: "da" | "en" }) {
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
