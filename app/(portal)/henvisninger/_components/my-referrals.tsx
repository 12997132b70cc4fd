import Link from "next/link";
import type { MyReferralItem, MyReferralsPage } from "@/lib/domain/referrals/list-my-referrals";
import { MY_REFERRAL_SCOPES, MY_REFERRAL_STATES } from "@/lib/domain/referrals/schemas";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/i18n/format";
import { DeadlineText, StatusBadge } from "./status";
import { Pager } from "./inbox";
import { buttonPrimary, caption, h1, intro, listTable } from "./styles";

/** The steps of a referral as a compact timeline: done steps with their dates, the next one pending. */
function Steps({ item, t }: { item: MyReferralItem; t: Translate }) {
  const steps: { key: string; text: string; done: boolean }[] = [{ key: "sent", text: t("referrals.step.sent", { date: formatDate(item.sentAt) }), done: true }];
  const add = (key: "received" | "decided" | "started" | "closed", at: Date | null) => {
    if (at) steps.push({ key, text: t(`referrals.step.${key}`, { date: formatDate(at) }), done: true });
  };
  add("received", item.receivedAt);
  add("decided", item.decidedAt);
  add("started", item.startedAt);
  add("closed", item.closedAt);
  const final = ["REJECTED", "COMPLETED", "DROPPED_OUT", "CANCELLED"].includes(item.status);
  if (!final) {
    const next = !item.receivedAt ? "received" : !item.decidedAt ? "decided" : !item.startedAt ? "started" : "closed";
    steps.push({ key: `pending-${next}`, text: t("referrals.step.pending", { step: t(`referrals.step.name.${next}`) }), done: false });
  }
  return (
    <ol className="flex flex-wrap gap-1 text-xs [&>li]:rounded [&>li]:bg-brand-50 [&>li]:px-1.5 [&>li]:py-0.5">
      {steps.map((step, i) => (
        <li key={step.key} className={step.done ? undefined : "border border-dashed border-slate-500 bg-white!"}>
          {i > 0 ? <span aria-hidden="true">→ </span> : null}
          {step.text}
        </li>
      ))}
    </ol>
  );
}

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
              {t(`${labelPrefix}.${value}`)}
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
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id} className={item.nextDeadline?.overdue ? "bg-red-50" : undefined}>
                  <th scope="row">
                    <Link href={`/henvisninger/${item.id}`}>
                      {item.reference}
                    </Link>
                  </th>
                  <td>
                    {item.citizenName}
                    <br />
                    <span className="font-mono text-slate-700">{item.maskedCpr}</span>
                  </td>
                  <td>
                    {item.offerTitle ?? t("referrals.kind.CLARIFYING_CONVERSATION")}
                    <br />
                    <span className="text-slate-700">{item.receivingMunicipalityName}</span>
                  </td>
                  <td>
                    <StatusBadge status={item.status} t={t} />
                  </td>
                  <td>
                    <Steps item={item} t={t} />
                  </td>
                  <td>
                    <DeadlineText deadline={item.nextDeadline} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager next={page.next ? href({ efter: page.next }) : null} first={href({})} t={t} />
    </div>
  );
}
