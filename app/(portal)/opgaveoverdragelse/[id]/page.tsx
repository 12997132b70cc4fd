import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getTaskTransfer } from "@/lib/domain/task-transfers/get-task-transfer";
import { TASK_TRANSFER_PARTIES } from "@/lib/rules/task-transfers";
import { danishToday } from "@/lib/calendar";
import { orNotFound, doneMessage, type SearchParams } from "@/lib/pages/or-not-found";
import { getTranslator, titled } from "@/lib/i18n/server";
import { Banner, H1, TextLink } from "@/components/ui";
import { CompleteMilestoneForm, DecisionForm, EvaluationForm, MilestoneForm, PartForm } from "../transfer-forms";
import { DIALOGUE_TEXTS, TransferDetails } from "./transfer-details";

export const generateMetadata = titled("taskTransfers.title");

/** One task transfer: its facts, the dialogue basis (each party its own part), the decision, the plan and the evaluation. */
export default async function TaskTransferPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const actor = await requireActor(`/opgaveoverdragelse/${encodeURIComponent(id)}`);
  const { t } = await getTranslator();
  const x = await orNotFound(getTaskTransfer(actor, { transferId: id }));
  const done = doneMessage(t, "taskTransfers.done", (await searchParams).udfoert);
  const values = Object.fromEntries([...DIALOGUE_TEXTS.map((k) => [k, x[k]]), ["patientsPerYear", x.patientsPerYear === null ? "" : String(x.patientsPerYear)]]);
  const parties = TASK_TRANSFER_PARTIES.map((party) => ({
    value: party,
    label: t.key(`taskTransfers.partyName.${party}`, { name: party === "transferring" ? x.transferringOrganisation.name : x.receivingOrganisation.name }),
  }));
  return (
    <div>
      <p className="mb-2 flex flex-wrap gap-4">
        <TextLink as={Link} href="/opgaveoverdragelse">
          {t("taskTransfers.detail.back")}
        </TextLink>
        <TextLink as={Link} href={`/opgaveoverdragelse/${encodeURIComponent(x.id)}/udskriv`}>
          {t("taskTransfers.print")}
        </TextLink>
      </p>
      <H1 className="mb-4 break-words">{t("taskTransfers.detail.title", { reference: x.reference })}</H1>
      {done ? (
        <Banner as="p" role="status" tone="success" className="mb-4">
          {done}
        </Banner>
      ) : null}
      <TransferDetails x={x} t={t} completeForm={(m) => <CompleteMilestoneForm transferId={x.id} version={x.version} milestoneId={m.id} title={m.title} />} />
      {x.plan.canAdd ? <MilestoneForm transferId={x.id} version={x.version} parties={parties} today={danishToday()} /> : null}
      {x.plan.canEvaluate ? <EvaluationForm transferId={x.id} version={x.version} /> : null}
      {x.editable.map((part) => (
        <PartForm key={part} part={part} transferId={x.id} version={x.version} values={values} />
      ))}
      {x.steps.map((step) => (
        <DecisionForm key={step} step={step} transferId={x.id} version={x.version} />
      ))}
    </div>
  );
}
