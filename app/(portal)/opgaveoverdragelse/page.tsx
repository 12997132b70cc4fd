import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { listTaskTransfers } from "@/lib/domain/task-transfers/get-task-transfer";
import { DEFAULT_NOTICE_MONTHS } from "@/lib/rules/task-transfers";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { BadgeWarning, ButtonLink, DataTable, H1, Intro } from "@/components/ui";

export const generateMetadata = titled("taskTransfers.title");

/** /opgaveoverdragelse — the cases of the actor's organisations and forums; coordinators open new ones. */
export default async function TaskTransfersPage() {
  const actor = await requireActor("/opgaveoverdragelse");
  const { t } = await getTranslator();
  const transfers = await listTaskTransfers(actor);
  return (
    <div>
      <H1 className="mb-2">{t("taskTransfers.title")}</H1>
      <Intro>{t("taskTransfers.intro", { months: DEFAULT_NOTICE_MONTHS })}</Intro>
      {actor.memberships.some((m) => m.role === "COORDINATOR") ? (
        <p className="mb-6">
          <ButtonLink href="/opgaveoverdragelse/ny" variant="primary">
            {t("taskTransfers.open")}
          </ButtonLink>
        </p>
      ) : null}
      <DataTable
        caption={t("taskTransfers.list.caption")}
        rows={transfers}
        rowKey={(x) => x.id}
        empty={<p className="rounded-md border border-slate-200 bg-white p-4">{t("taskTransfers.list.empty")}</p>}
        columns={[
          { header: t("taskTransfers.col.reference"), rowHeader: true, cell: (x) => <Link href={`/opgaveoverdragelse/${encodeURIComponent(x.id)}`} className="font-medium text-brand-700 underline">{x.reference}</Link> },
          { header: t("taskTransfers.col.task"), cell: (x) => x.task },
          { header: t("taskTransfers.col.parties"), cell: (x) => `${x.transferringOrganisation.name} → ${x.receivingOrganisation.name}` },
          { header: t("taskTransfers.col.status"), cell: (x) => t.key(`taskTransfers.status.${x.status}`) },
          {
            header: t("taskTransfers.col.effective"),
            cell: (x) => (
              <>
                {formatDate(x.effectiveFrom)}
                {x.shortNotice ? <BadgeWarning className="ml-2">{t("taskTransfers.shortNotice")}</BadgeWarning> : null}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
