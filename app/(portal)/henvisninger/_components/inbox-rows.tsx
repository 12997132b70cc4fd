"use client";

import Link from "next/link";
import type { InboxItem } from "@/lib/domain/referrals/list-inbox";
import { useT } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import { DeadlineText, StatusBadge } from "./status";

/**
 * The rows of the municipality's inbox, rendered from the page's DTO. A client component for the
 * server's sake, not the browser's (there is nothing to click but links): the rows travel to the
 * browser as compact data instead of as an element tree next to their HTML, which took a quarter of
 * the page's server time (bench/referrals-lists.ts; docs/decisions/012-worklist-rows-from-data.md).
 */
export function InboxRows({ items }: { items: InboxItem[] }) {
  const t = useT();
  return (
    <tbody>
      {items.map((item) => (
        <tr key={item.id} className={item.nextDeadline?.overdue ? "bg-red-50" : undefined}>
          <th scope="row">
            <Link href={`/henvisninger/${item.id}`}>{item.reference}</Link>
          </th>
          <td>
            {item.citizenName}
            <br />
            <span className="font-mono text-slate-700">{item.maskedCpr}</span>
          </td>
          <td>{item.offerTitle ?? t("referrals.kind.CLARIFYING_CONVERSATION")}</td>
          <td>{item.referringOrganisationName}</td>
          <td className="whitespace-nowrap">
            <time dateTime={item.sentAt.toISOString()}>{formatDate(item.sentAt)}</time>
          </td>
          <td>
            <StatusBadge status={item.status} t={t} />
          </td>
          <td>
            <DeadlineText deadline={item.nextDeadline} t={t} />
          </td>
        </tr>
      ))}
    </tbody>
  );
}
