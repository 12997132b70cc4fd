import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { getTaskTransfer } from "@/lib/domain/task-transfers/get-task-transfer";
import { DEFAULT_NOTICE_MONTHS } from "@/lib/rules/task-transfers";
import { orNotFound, doneMessage, type SearchParams } from "@/lib/pages/or-not-found";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { Banner, Dd, Dl, Dt, H1, Panel, TextLink } from "@/components/ui";
import { DecisionForm, PartForm } from "../transfer-forms";

export const generateMetadata = titled("taskTransfers.title");

const TEXTS = ["task", "patientGroup", "competences", "equipment", "documentation", "economyTransferring", "risks", "economyReceiving", "receivingAssessment"] as const;

/** One task transfer: its facts, the dialogue basis (each party edits its own part), the decision. */
export default async function TaskTransferPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const actor = await requireActor(`/opgaveoverdragelse/${encodeURIComponent(id)}`);
  const { t } = await getTranslator();
  const x = await orNotFound(getTaskTransfer(actor, { transferId: id }));
  const done = doneMessage(t, "taskTransfers.done", (await searchParams).udfoert);
  const values = Object.fromEntries([...TEXTS.map((k) => [k, x[k]]), ["patientsPerYear", x.patientsPerYear === null ? "" : String(x.patientsPerYear)]]);
  return (
    <div>
      <p className="mb-2">
        <TextLink as={Link} href="/opgaveoverdragelse">
          {t("taskTransfers.detail.back")}
        </TextLink>
      </p>
      <H1 className="mb-4 break-words">{t("taskTransfers.detail.title", { reference: x.reference })}</H1>
      {done ? (
        <Banner as="p" role="status" tone="success" className="mb-4">
          {done}
        </Banner>
      ) : null}
      {x.shortNotice ? (
        <Banner as="p" tone="warning" className="mb-4">
          {t("taskTransfers.shortNotice.banner", { months: x.noticeMonths ?? DEFAULT_NOTICE_MONTHS })}
        </Banner>
      ) : null}
      <Panel className="mb-6">
        <Dl>
          <Dt>{t("taskTransfers.field.type")}</Dt>
          <Dd>{t.key(`taskTransfers.type.${x.type}`)}</Dd>
          <Dt>{t("taskTransfers.col.status")}</Dt>
          <Dd>{t.key(`taskTransfers.status.${x.status}`)}</Dd>
          <Dt>{t("taskTransfers.col.parties")}</Dt>
          <Dd>{`${x.transferringOrganisation.name} → ${x.receivingOrganisation.name}`}</Dd>
          <Dt>{t("taskTransfers.field.effectiveFrom")}</Dt>
          <Dd>{formatDate(x.effectiveFrom)}</Dd>
          <Dt>{t("taskTransfers.detail.opened")}</Dt>
          <Dd>{`${formatDateTime(x.openedAt)}, ${x.openedBy.name}`}</Dd>
          <Dt>{t("taskTransfers.detail.forum")}</Dt>
          <Dd>{x.forum?.name ?? t("taskTransfers.detail.noForum")}</Dd>
          {x.decidedAt ? (
            <>
              <Dt>{t("taskTransfers.detail.decision")}</Dt>
              <Dd>{`${formatDateTime(x.decidedAt)}${x.agreedFrom ? ` — ${t("taskTransfers.field.agreedFrom")} ${formatDate(x.agreedFrom)}` : ""}${x.decisionNote ? ` — ${x.decisionNote}` : ""}`}</Dd>
            </>
          ) : null}
          {TEXTS.filter((k) => x[k]).map((k) => (
            <div key={k} className="contents">
              <Dt>{t.key(`taskTransfers.field.${k}`)}</Dt>
              <Dd className="whitespace-pre-line break-words">{x[k]}</Dd>
            </div>
          ))}
        </Dl>
      </Panel>
      {x.editable.map((part) => (
        <PartForm key={part} part={part} transferId={x.id} version={x.version} values={values} />
      ))}
      {x.steps.map((step) => (
        <DecisionForm key={step} step={step} transferId={x.id} version={x.version} />
      ))}
    </div>
  );
}
