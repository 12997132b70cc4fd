import { requireActor } from "@/lib/auth/actor";
import { listTaskTransfers } from "@/lib/domain/task-transfers/get-task-transfer";
import { DEFAULT_NOTICE_MONTHS } from "@/lib/rules/task-transfers";
import { getTranslator, titled } from "@/lib/i18n/server";
import { ButtonLink, H1, Intro } from "@/components/ui";
import { TransferTable } from "./transfer-table";

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
      <TransferTable
        rows={transfers}
        caption={t("taskTransfers.list.caption")}
        empty={<p className="rounded-md border border-slate-200 bg-white p-4">{t("taskTransfers.list.empty")}</p>}
        t={t}
        flag={() => t("taskTransfers.shortNotice")}
      />
    </div>
  );
}
