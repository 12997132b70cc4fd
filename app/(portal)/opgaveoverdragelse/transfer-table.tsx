import Link from "next/link";
import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/i18n/format";
import { BadgeWarning, DataTable } from "@/components/ui";

export type TransferListRow = {
  id: string;
  reference: string;
  task: string;
  status: string;
  shortNotice: boolean;
  noticeMonths?: number;
  effectiveFrom: Date;
  transferringOrganisation: { name: string };
  receivingOrganisation: { name: string };
};

/**
 * A list of task transfers — the cases page and a forum's board — with the short-notice flag next to
 * the day the transfer takes effect (`flag` words it: the list says "short notice", the board the months).
 */
export function TransferTable({ rows, caption, empty, t, flag }: { rows: TransferListRow[]; caption: string; empty: ReactNode; t: Translate; flag: (row: TransferListRow) => string }) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(x) => x.id}
      empty={empty}
      columns={[
        { header: t("taskTransfers.col.reference"), rowHeader: true, cell: (x) => <Link href={`/opgaveoverdragelse/${encodeURIComponent(x.id)}`} className="font-medium text-brand-700 underline">{x.reference}</Link> },
        { header: t("taskTransfers.col.task"), cell: (x) => <span className="break-words">{x.task}</span> },
        { header: t("taskTransfers.col.parties"), cell: (x) => `${x.transferringOrganisation.name} → ${x.receivingOrganisation.name}` },
        { header: t("taskTransfers.col.status"), cell: (x) => t.key(`taskTransfers.status.${x.status}`) },
        {
          header: t("taskTransfers.col.effective"),
          cell: (x) => (
            <>
              {formatDate(x.effectiveFrom)}
              {x.shortNotice ? <BadgeWarning className="ml-2">{flag(x)}</BadgeWarning> : null}
            </>
          ),
        },
      ]}
    />
  );
}
