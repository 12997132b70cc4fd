import Link from "next/link";
import type { InboxPage } from "@/lib/domain/referrals/list-inbox";
import { INBOX_VIEWS } from "@/lib/domain/referrals/schemas";
import { IDLE } from "@/lib/domain/action-state";
import type { Translate } from "@/lib/i18n/translate";
import { FormField } from "@/components/forms/form-field";
import { InboxRows } from "./worklist-rows";
import { buttonSecondary, caption, h1, intro, link, listTable } from "./styles";

/** The municipality's inbox: view tabs with counts, a filter by offer, and one page of referrals. */
export function Inbox({ page, t }: { page: InboxPage; t: Translate }) {
  const base = (extra: Record<string, string>) => {
    const query = new URLSearchParams({ ...(page.offerId ? { tilbud: page.offerId } : {}), ...extra });
    return `/henvisninger?${query}`;
  };
  const viewLabel = t(`referrals.inbox.view.${page.view}`);
  const count = page.counts[page.view];
  return (
    <div>
      <h1 className={h1}>{t("referrals.inbox.title", { municipality: page.municipality.name })}</h1>
      <p className={intro}>{t("referrals.inbox.intro")}</p>

      <nav aria-label={t("referrals.inbox.views")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {INBOX_VIEWS.map((view) => {
            const n = page.counts[view];
            const current = view === page.view;
            return (
              <li key={view}>
                <Link
                  href={base({ visning: view })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-md border px-3 py-1.5 font-medium ${
                    current ? "border-brand-800 bg-brand-700 text-white" : "border-slate-400 bg-white text-brand-800 hover:bg-brand-50"
                  } ${view === "overdue" && n ? "ring-2 ring-red-700" : ""}`}
                >
                  {t(`referrals.inbox.view.${view}`)}
                  {n !== null ? <span className="ml-1">({n})</span> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form method="get" action="/henvisninger" aria-labelledby="inbox-by-offer" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="inbox-by-offer" className="sr-only">
          {t("referrals.inbox.byOffer")}
        </h2>
        <input type="hidden" name="visning" value={page.view} />
        <FormField
          as="select"
          name="tilbud"
          label={t("referrals.inbox.byOffer")}
          className="min-w-72"
          placeholder={t("referrals.inbox.allOffers")}
          options={page.offers.map((o) => ({
            value: o.offerId ?? "",
            label: `${o.title ?? t("referrals.kind.CLARIFYING_CONVERSATION")} — ${t("referrals.inbox.openCount", { count: o.count })}`,
          })).filter((o) => o.value)}
          defaultValue={page.offerId ?? ""}
          state={IDLE}
        />
        <button type="submit" className={`${buttonSecondary} mb-4`}>
          {t("referrals.inbox.apply")}
        </button>
      </form>

      {page.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("referrals.inbox.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={listTable}>
            <caption className={caption}>
              {page.view === "all" ? t("referrals.inbox.captionAll") : t("referrals.inbox.caption", { view: viewLabel, count: count ?? 0 })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("referrals.col.reference")}</th>
                <th scope="col">{t("referrals.col.citizen")}</th>
                <th scope="col">{t("referrals.col.target")}</th>
                <th scope="col">{t("referrals.col.referrer")}</th>
                <th scope="col">{t("referrals.col.sent")}</th>
                <th scope="col">{t("referrals.col.status")}</th>
                <th scope="col">{t("referrals.col.deadline")}</th>
              </tr>
            </thead>
            <InboxRows items={page.items} />
          </table>
        </div>
      )}
      <Pager next={page.next ? base({ visning: page.view, efter: page.next }) : null} first={base({ visning: page.view })} t={t} />
    </div>
  );
}

export function Pager({ next, first, t }: { next: string | null; first: string; t: Translate }) {
  return (
    <nav aria-label={t("referrals.nextPage")} className="mt-4 flex gap-4">
      <Link href={first} className={link}>
        {t("referrals.firstPage")}
      </Link>
      {next ? (
        <Link href={next} className={link} rel="next">
          {t("referrals.nextPage")}
        </Link>
      ) : null}
    </nav>
  );
}
