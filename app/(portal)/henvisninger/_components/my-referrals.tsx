import Link from "next/link";
import type { MyReferralsPage } from "@/lib/domain/referrals/list-my-referrals";
import { MY_REFERRAL_SCOPES, MY_REFERRAL_STATES } from "@/lib/domain/referrals/schemas";
import type { Translate } from "@/lib/i18n/translate";
import { MyReferralRows } from "./worklist-rows";
import { Pager } from "./inbox";
import { buttonPrimary, caption, h1, intro, listTable } from "./styles";

/** The clinician's referrals: own or the clinic's, open or closed, with each one's steps and next deadline. */
export function MyReferrals({ page, t }: { page: MyReferralsPage; t: Translate }) {
  const href = (extra: Record<string, string>) => `/henvisninger?${new URLSearchParams({ hvis: page.scope, status: page.state, ...extra })}`;
  const filter = (name: "hvis" | "status", values: readonly string[], current: string, labelPrefix: string, label: string) => (
    <nav aria-label={label}>
      <p className="mb-1 text-sm font-semibold text-slate-900" aria-hidden="true">
        {label}
      </p>
      <ul className="flex flex-wrap gap-2">
        {values.map((value) => (
          <li key={value}>
            <Link
              href={href({ [name]: value })}
              aria-current={value === current ? "page" : undefined}
              className={`inline-block rounded-md border px-3 py-1 text-sm font-medium ${
                value === current ? "border-brand-800 bg-brand-700 text-white" : "border-slate-400 bg-white text-brand-800 hover:bg-brand-50"
              }`}
            >
              {t.key(`${labelPrefix}.${value}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );

  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className={h1}>{t("referrals.mine.title")}</h1>
          <p className={intro}>{t("referrals.mine.intro", { organisation: page.organisation.name })}</p>
        </div>
        <Link href="/henvisninger/ny" className={`${buttonPrimary} inline-block`}>
          {t("referrals.mine.new")}
        </Link>
      </div>
      <div className="mb-6 flex flex-wrap gap-8">
        {filter("hvis", MY_REFERRAL_SCOPES, page.scope, "referrals.mine.scope", t("referrals.mine.scope"))}
        {filter("status", MY_REFERRAL_STATES, page.state, "referrals.mine.state", t("referrals.mine.state"))}
      </div>

      {page.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("referrals.mine.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={listTable}>
            <caption className={caption}>{t("referrals.mine.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("referrals.col.reference")}</th>
                <th scope="col">{t("referrals.col.citizen")}</th>
                <th scope="col">{t("referrals.col.target")}</th>
                <th scope="col">{t("referrals.col.status")}</th>
                <th scope="col">{t("referrals.col.timeline")}</th>
                <th scope="col">{t("referrals.col.deadline")}</th>
              </tr>
            </thead>
            <MyReferralRows items={page.items} />
          </table>
        </div>
      )}
      <Pager next={page.next ? href({ efter: page.next }) : null} first={href({})} t={t} />
    </div>
  );
}
