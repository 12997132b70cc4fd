"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/client";
import { Badge, BadgeInfo, BadgeWarning, H3, TextLink } from "@/components/ui";

/**
 * One search result as the list shows it, its texts already written by the server in the page's
 * language (lookup-view.tsx, toResultLine): what it is, where, and — in one line — how to refer.
 */
export type ResultLine = {
  id: string;
  title: string;
  summary: string;
  /** Owner · town · formats · languages */
  facts: string;
  /** lib/offers/referral-line.ts */
  howToRefer: string;
  stale: boolean;
  viaPartner: boolean;
  regional: boolean;
  afterHours: boolean;
};

/**
 * The lookup's results. A client component for the server's sake: the results travel to the browser
 * as 20 short records of the very texts the page shows, instead of as an element tree next to their
 * HTML — and a cached lookup costs the server by the byte (docs/decisions/012-worklist-rows-from-data.md).
 * The HTML is the same.
 */
export function ResultList({ items, headingLevel = "h3", search = "" }: { items: ResultLine[]; headingLevel?: "h3" | "h4"; /** the lookup's query string ("?q=…"): the offer page's way back keeps it */ search?: string }) {
  const t = useT();
  const Heading = headingLevel;
  return (
    <ol className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <H3 as={Heading} lang="da">
            <TextLink as={Link} href={`/tilbud/${item.id}${search}`}>
              {item.title}
            </TextLink>
          </H3>
          <p className="text-sm text-slate-700">{item.facts}</p>
          <p className="mt-1" lang="da">
            {item.summary}
          </p>
          <p className="mt-2 font-medium text-slate-900">
            <span className="sr-only">{t("offers.lookup.howToRefer")}: </span>
            {item.howToRefer}
          </p>
          {item.viaPartner || item.regional || item.stale || item.afterHours ? (
            <p className="mt-2 flex flex-wrap gap-2">
              {item.stale ? <BadgeWarning>{t("offers.lookup.stale")}</BadgeWarning> : null}
              {item.viaPartner ? <BadgeInfo>{t("offers.lookup.viaPartner")}</BadgeInfo> : null}
              {item.regional ? <BadgeInfo>{t("offers.lookup.regional")}</BadgeInfo> : null}
              {item.afterHours ? <Badge>{t("offers.field.afterHours")}</Badge> : null}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
