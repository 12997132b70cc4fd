import type { listForumTaskTransfers } from "@/lib/domain/task-transfers/list-forum-task-transfers";
import type { Translate } from "@/lib/i18n/translate";
import { H2, Panel } from "@/components/ui";
import { TransferTable } from "../../opgaveoverdragelse/transfer-table";

type Rows = Awaited<ReturnType<typeof listForumTaskTransfers>>;

/** On a forum's board: the task transfers it decides, those opened with short notice flagged first. */
export function ForumTaskTransfers({ rows, forumName, t }: { rows: Rows; forumName: string; t: Translate }) {
  return (
    <section aria-labelledby="forum-transfers" className="mb-6">
      <H2 id="forum-transfers">{t("taskTransfers.board.title")}</H2>
      <p className="mb-2 text-slate-800">{t("taskTransfers.board.intro")}</p>
      <TransferTable
        rows={rows}
        caption={t("taskTransfers.board.caption", { name: forumName })}
        empty={<Panel as="p">{t("taskTransfers.board.empty")}</Panel>}
        t={t}
        flag={(x) => t("taskTransfers.board.shortNotice", { months: x.noticeMonths ?? 6 })}
      />
    </section>
  );
}
