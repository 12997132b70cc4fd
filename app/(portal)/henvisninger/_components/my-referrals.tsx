import type { MyReferralsPage } from "@/lib/domain/referrals/list-my-referrals";
import { MY_REFERRAL_SCOPES, MY_REFERRAL_STATES } from "@/lib/domain/referrals/schemas";
import type { Translate } from "@/lib/i18n/translate";
import { MyReferralRows } from "./worklist-rows";
import { Pager } from "./inbox";
import { ButtonLink, Caption, H1, Intro, ListTable, TableHead, Tabs } from "@/components/ui";

/** The clinician's referrals: own or the clinic's, open or closed, with each one's steps and next deadline. */
export function MyReferrals({ page, t }: { page: MyReferralsPage; t: Translate }) {
  const href = (extra: Record<string, string>) => `/henvisninger?${new URLSearchParams({ hvis: page.scope, status: page.state, ...extra })}`;
  const filter = (name: "hvis" | "status", values: readonly string[], current: string, labelPrefix: string, label: string) => (
    <Tabs label={label} visibleLabel size="sm" tabs={values.map((value) => ({ href: href({ [name]: value }), label: t.key(`${labelPrefix}.${value}`), current: value === current }))} />
  );

  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <H1 className="mb-2">{t("referrals.mine.title")}</H1>
          <Intro>{t("referrals.mine.intro", { organisation: page.organisation.name })}</Intro>
        </div>
        <ButtonLink href="/henvisninger/ny" variant="primary" className="inline-block">
          {t("referrals.mine.new")}
        </ButtonLink>
      </div>
      <div className="mb-6 flex flex-wrap gap-8">
        {filter("hvis", MY_REFERRAL_SCOPES, page.scope, "referrals.mine.scope", t("referrals.mine.scope"))}
        {filter("status", MY_REFERRAL_STATES, page.state, "referrals.mine.state", t("referrals.mine.state"))}
      </div>

      {page.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("referrals.mine.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <ListTable>
            <Caption>{t("referrals.mine.caption")}</Caption>
            <TableHead columns={[t("referrals.col.reference"), t("referrals.col.citizen"), t("referrals.col.target"), t("referrals.col.status"), t("referrals.col.timeline"), t("referrals.col.deadline")]} />
            <MyReferralRows items={page.items} />
          </ListTable>
        </div>
      )}
      <Pager next={page.next ? href({ efter: page.next }) : null} first={href({})} t={t} />
    </div>
  );
}
