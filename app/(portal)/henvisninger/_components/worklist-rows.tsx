"use client";
/**
 * The rows of the two worklists — the municipality's inbox and the clinician's "mine henvisninger" —
 * rendered from the page's DTO. Client components for the server's sake, not the browser's (there is
 * nothing to click but links): the rows travel to the browser as compact data instead of as an
 * element tree next to their HTML, which took a quarter of the page's server time
 * (bench/referrals-lists.ts; docs/decisions/012-worklist-rows-from-data.md). The HTML is the same.
 */
import Link from "next/link";
import type { InboxItem } from "@/lib/domain/referrals/list-inbox";
import type { MyReferralItem } from "@/lib/domain/referrals/list-my-referrals";
import type { NextDeadline } from "@/lib/rules/referrals";
import type { Translate } from "@/lib/i18n/translate";
import { useT } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import { DeadlineText, StatusBadge } from "./status";

type RowFacts = { id: string; reference: string; citizenName: string; maskedCpr: string; nextDeadline: NextDeadline | null };

/**
 * A row of either list: the reference (to the referral's page) and the citizen first, the list's own
 * cells, and the next deadline last; overdue rows are tinted.
 */
function ReferralRow({ item, children }: { item: RowFacts; children: React.ReactNode }) {
  const t = useT();
  return (
    <tr className={item.nextDeadline?.overdue ? "bg-red-50" : undefined}>
      <th scope="row">
        <Link href={`/henvisninger/${item.id}`}>{item.reference}</Link>
      </th>
      <td data-label={t("referrals.col.citizen")}>
        {item.citizenName}
        <br />
        <span className="font-mono text-slate-700">{item.maskedCpr}</span>
      </td>
      {children}
      <td data-label={t("referrals.col.deadline")}>
        <DeadlineText deadline={item.nextDeadline} t={t} />
      </td>
    </tr>
  );
}

/** A list's body: one ReferralRow per item, its own cells in between (each with its column's `data-label` for the phone's cards). */
function Rows<Item extends RowFacts>({ items, cells }: { items: Item[]; cells: (item: Item, t: Translate) => React.ReactNode }) {
  const t = useT();
  return (
    <tbody>
      {items.map((item) => (
        <ReferralRow key={item.id} item={item}>
          {cells(item, t)}
        </ReferralRow>
      ))}
    </tbody>
  );
}

/** The inbox: offer, referrer, sent, status (then the next deadline). */
export function InboxRows({ items }: { items: InboxItem[] }) {
  return (
    <Rows
      items={items}
      cells={(item, t) => (
        <>
          <td data-label={t("referrals.col.target")}>{item.offerTitle ?? t("referrals.kind.CLARIFYING_CONVERSATION")}</td>
          <td data-label={t("referrals.col.referrer")}>{item.referringOrganisationName}</td>
          <td data-label={t("referrals.col.sent")} className="whitespace-nowrap">
            <time dateTime={item.sentAt.toISOString()}>{formatDate(item.sentAt)}</time>
          </td>
          <td data-label={t("referrals.col.status")}>
            <StatusBadge status={item.status} t={t} />
          </td>
        </>
      )}
    />
  );
}

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

/** The clinician's list: offer and municipality, status, the steps so far (then the next deadline). */
export function MyReferralRows({ items }: { items: MyReferralItem[] }) {
  return (
    <Rows
      items={items}
      cells={(item, t) => (
        <>
          <td data-label={t("referrals.col.target")}>
            {item.offerTitle ?? t("referrals.kind.CLARIFYING_CONVERSATION")}
            <br />
            <span className="text-slate-700">{item.receivingMunicipalityName}</span>
          </td>
          <td data-label={t("referrals.col.status")}>
            <StatusBadge status={item.status} t={t} />
          </td>
          <td data-label={t("referrals.col.timeline")}>
            <Steps item={item} t={t} />
          </td>
        </>
      )}
    />
  );
}
