import Link from "next/link";
import type { InboxPage } from "@/lib/domain/referrals/list-inbox";
import { INBOX_VIEWS } from "@/lib/domain/referrals/schemas";
import { IDLE } from "@/lib/domain/action-state";
import type { Translate } from "@/lib/i18n/translate";
import { FormField } from "@/components/ui/field";
import { InboxRows } from "./worklist-rows";
import { Button, Caption, H1, Intro, ListTable, TableHead, Tabs, TextLink } from "@/components/ui";

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
      <H1 className="mb-2">{t("referrals.inbox.title", { municipality: page.municipality.name })}</H1>
      <Intro>{t("referrals.inbox.intro")}</Intro>

      <Tabs
        label={t("referrals.inbox.views")}
        className="mb-4"
        tabs={INBOX_VIEWS.map((view) => ({
          href: base({ visning: view }),
          label: t(`referrals.inbox.view.${view}`),
          current: view === page.view,
          count: page.counts[view],
          alert: view === "overdue" && !!page.counts[view],
        }))}
      />

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
        <Button type="submit" variant="secondary" className="mb-4">
          {t("referrals.inbox.apply")}
        </Button>
      </form>

      {page.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("referrals.inbox.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <ListTable>
            <Caption>
              {page.view === "all" ? t("referrals.inbox.captionAll") : t("referrals.inbox.caption", { view: viewLabel, count: count ?? 0 })}
            </Caption>
            <TableHead columns={[t("referrals.col.reference"), t("referrals.col.citizen"), t("referrals.col.target"), t("referrals.col.referrer"), t("referrals.col.sent"), t("referrals.col.status"), t("referrals.col.deadline")]} />
            <InboxRows items={page.items} />
          </ListTable>
        </div>
      )}
      <Pager next={page.next ? base({ visning: page.view, efter: page.next }) : null} first={base({ visning: page.view })} t={t} />
    </div>
  );
}

export function Pager({ next, first, t }: { next: string | null; first: string; t: Translate }) {
  return (
    <nav aria-label={t("referrals.nextPage")} className="mt-4 flex gap-4">
      <TextLink as={Link} href={first}>
        {t("referrals.firstPage")}
      </TextLink>
      {next ? (
        <TextLink as={Link} href={next} rel="next">
          {t("referrals.nextPage")}
        </TextLink>
      ) : null}
    </nav>
  );
}
