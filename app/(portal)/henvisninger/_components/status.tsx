import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import type { NextDeadline } from "@/lib/rules/referrals";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/i18n/format";

const STATUS_CLASS: Record<ReferralStatus, string> = {
  SENT: "border-sky-800 bg-sky-50 text-sky-900",
  RECEIVED: "border-indigo-800 bg-indigo-50 text-indigo-900",
  ACCEPTED: "border-emerald-800 bg-emerald-50 text-emerald-900",
  REJECTED: "border-red-800 bg-red-50 text-red-900",
  IN_PROGRESS: "border-teal-800 bg-teal-50 text-teal-900",
  COMPLETED: "border-slate-700 bg-slate-100 text-slate-900",
  DROPPED_OUT: "border-amber-800 bg-amber-50 text-amber-900",
  CANCELLED: "border-slate-700 bg-white text-slate-800",
};

/** The status as text in a bordered badge (colour is never the only carrier: the word is there). */
export function StatusBadge({ status, t }: { status: ReferralStatus; t: Translate }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${STATUS_CLASS[status]}`}>{t(`referrals.status.${status}`)}</span>;
}

/** The next deadline, "Overskredet" marked in words and colour; nothing pending → a dash. */
export function DeadlineText({ deadline, t }: { deadline: NextDeadline | null; t: Translate }) {
  if (!deadline) return <span className="text-slate-700">–</span>;
  const milestone = t(`referrals.milestone.${deadline.milestone}`);
  if (!deadline.dueAt) return <span>{t("referrals.deadline.noDeadline", { milestone })}</span>;
  return (
    <span>
      <time dateTime={deadline.dueAt.toISOString()}>{t("referrals.deadline.due", { milestone, date: formatDate(deadline.dueAt) })}</time>
      {deadline.overdue ? (
        <>
          {" "}
          <strong className="inline-block rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white">{t("referrals.deadline.overdue")}</strong>
        </>
      ) : null}
    </span>
  );
}
