import type { ReactNode } from "react";
import Link from "next/link";
import type { TaskTransferDto } from "@/lib/domain/task-transfers/get-task-transfer";
import { DEFAULT_NOTICE_MONTHS } from "@/lib/rules/task-transfers";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { Banner, BadgeSuccess, BadgeWarning, DataTable, Dd, Dl, Dt, H2, Muted, Panel, TextLink } from "@/components/ui";

export const DIALOGUE_TEXTS = ["task", "patientGroup", "competences", "equipment", "documentation", "economyTransferring", "risks", "economyReceiving", "receivingAssessment"] as const;

type Milestone = TaskTransferDto["milestones"][number];

/**
 * A task transfer's facts, dialogue basis, implementation plan and evaluation — shared by the case page
 * and its print view (the page passes the completing form for each milestone the reader may complete).
 */
export function TransferDetails({ x, t, completeForm }: { x: TaskTransferDto; t: Translate; completeForm?: (m: Milestone) => ReactNode }) {
  const partyName = (party: Milestone["party"]) =>
    t.key(`taskTransfers.partyName.${party}`, { name: party === "transferring" ? x.transferringOrganisation.name : x.receivingOrganisation.name });
  return (
    <>
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
          <Dd>
            {x.forum ? (
              <TextLink as={Link} href={`/fora/${encodeURIComponent(x.forum.id)}/tavle`}>
                {x.forum.name}
              </TextLink>
            ) : (
              t("taskTransfers.detail.noForum")
            )}
          </Dd>
          {x.decidedAt ? (
            <>
              <Dt>{t("taskTransfers.detail.decision")}</Dt>
              <Dd>{`${formatDateTime(x.decidedAt)}${x.agreedFrom ? ` — ${t("taskTransfers.field.agreedFrom")} ${formatDate(x.agreedFrom)}` : ""}${x.decisionNote ? ` — ${x.decisionNote}` : ""}`}</Dd>
            </>
          ) : null}
          {DIALOGUE_TEXTS.filter((k) => x[k]).map((k) => (
            <div key={k} className="contents">
              <Dt>{t.key(`taskTransfers.field.${k}`)}</Dt>
              <Dd className="whitespace-pre-line break-words">{x[k]}</Dd>
            </div>
          ))}
        </Dl>
      </Panel>
      {x.status === "AGREED" || x.status === "EVALUATED" ? (
        <section id="plan" aria-labelledby="plan-title" className="mb-6">
          <H2 id="plan-title">{t("taskTransfers.plan.title")}</H2>
          <p className="mb-2 text-slate-800">{t("taskTransfers.plan.intro")}</p>
          <DataTable
            caption={t("taskTransfers.plan.caption")}
            rows={x.milestones}
            rowKey={(m) => m.id}
            empty={<Panel as="p">{t("taskTransfers.plan.empty")}</Panel>}
            columns={[
              { header: t("taskTransfers.plan.col.title"), rowHeader: true, cell: (m) => <span className="break-words">{m.title}</span> },
              { header: t("taskTransfers.plan.col.party"), cell: (m) => partyName(m.party) },
              {
                header: t("taskTransfers.plan.col.due"),
                cell: (m) => (
                  <>
                    {formatDate(m.dueOn)}
                    {m.overdue ? <BadgeWarning className="ml-2">{t("taskTransfers.plan.overdue")}</BadgeWarning> : null}
                  </>
                ),
              },
              {
                header: t("taskTransfers.plan.col.done"),
                cell: (m) =>
                  m.completedAt ? (
                    <BadgeSuccess>{`${formatDate(m.completedAt)}${m.completedBy ? `, ${m.completedBy.name}` : ""}`}</BadgeSuccess>
                  ) : m.canComplete && completeForm ? (
                    completeForm(m)
                  ) : (
                    <Muted as="span">{t("taskTransfers.plan.notDone")}</Muted>
                  ),
              },
            ]}
          />
          {x.plan.implemented && x.status === "AGREED" ? (
            <Banner as="p" tone="info" className="mt-4">
              {t("taskTransfers.plan.implemented")}
            </Banner>
          ) : null}
        </section>
      ) : null}
      {x.evaluation ? (
        <section aria-labelledby="evaluation-title" className="mb-6">
          <H2 id="evaluation-title">{t("taskTransfers.evaluation.title")}</H2>
          <Panel>
            <p className="mb-2 whitespace-pre-line break-words">{x.evaluation}</p>
            <Muted as="p">{t("taskTransfers.evaluation.recorded", { date: formatDate(x.evaluatedAt), name: x.evaluatedBy?.name ?? "" })}</Muted>
          </Panel>
        </section>
      ) : null}
    </>
  );
}
