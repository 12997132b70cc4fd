import Link from "next/link";
import type { listForumTaskTransfers } from "@/lib/domain/task-transfers/list-forum-task-transfers";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/i18n/format";
import { BadgeWarning, DataTable, H2, Panel } from "@/components/ui";

type Rows = Awaited<ReturnType<typeof listForumTaskTransfers>>;

/** On a forum's board: the task transfers it decides, those opened with short notice flagged first. */
export function ForumTaskTransfers({ rows, forumName, t }: { rows: Rows; forumName: string; t: Translate }) {
  return (
    <section aria-labelledby="forum-transfers" className="mb-6">
      <H2 id="forum-transfers">{t("taskTransfers.board.title")}</H2>
      <p className="mb-2 text-slate-800">{t("taskTransfers.board.intro")}</p>
      <DataTable
        caption={t("taskTransfers.board.caption", { name: forumName })}
        rows={rows}
        rowKey={(x) => x.id}
        empty={<Panel as="p">{t("taskTransfers.board.empty")}</Panel>}
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
                {x.shortNotice ? <BadgeWarning className="ml-2">{t("taskTransfers.board.shortNotice", { months: x.noticeMonths })}</BadgeWarning> : null}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
