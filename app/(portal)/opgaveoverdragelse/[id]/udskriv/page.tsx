import { requireActor } from "@/lib/auth/actor";
import { getTaskTransfer } from "@/lib/domain/task-transfers/get-task-transfer";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { H1, Muted } from "@/components/ui";
import { PrintButton } from "../../../../(public)/tilbud/[id]/udlevering/print-button";
import { TransferDetails } from "../transfer-details";

export const generateMetadata = titled("taskTransfers.title");

/** The case for the responsible forum's meeting, on paper: the dialogue basis, the decision, the plan and the evaluation. */
export default async function TaskTransferPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/opgaveoverdragelse/${encodeURIComponent(id)}/udskriv`);
  const { t } = await getTranslator();
  const x = await orNotFound(getTaskTransfer(actor, { transferId: id }));
  return (
    <div className="print:text-black">
      <p className="mb-4 print:hidden">
        <PrintButton label={t("taskTransfers.print")} />
      </p>
      <H1 className="mb-1 break-words">{t("taskTransfers.print.title", { reference: x.reference })}</H1>
      <Muted as="p" className="mb-4">
        {t("taskTransfers.print.generated", { date: formatDate(new Date()) })}
      </Muted>
      <TransferDetails x={x} t={t} />
    </div>
  );
}
