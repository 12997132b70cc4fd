import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { listAdverseEvents, listAdverseEventSummaries } from "@/lib/domain/adverse-events/list-adverse-events";
import { riskManagerOrganisationIds } from "@/lib/rules/adverse-events";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { BadgeDanger, ButtonLink, DataTable, H1, H2, Intro, Panel, Prose } from "@/components/ui";

export const generateMetadata = titled("adverseEvents.title");

/**
 * /haendelser — the actor's adverse-event cases (risk managers of the parties only; a list is not a
 * read of the details) and the cross-sector network's anonymised summaries for learning.
 */
export default async function AdverseEventsPage() {
  const actor = await requireActor("/haendelser");
  const { t } = await getTranslator();
  const [events, summaries] = await Promise.all([listAdverseEvents(actor), listAdverseEventSummaries(actor)]);
  const now = new Date();
  return (
    <div>
      <H1 className="mb-2">{t("adverseEvents.title")}</H1>
      <Intro>{t("adverseEvents.intro")}</Intro>
      {riskManagerOrganisationIds(actor).length > 0 ? (
        <p className="mb-6">
          <ButtonLink href="/haendelser/ny" variant="primary">
            {t("adverseEvents.report")}
          </ButtonLink>
        </p>
      ) : null}
      <DataTable
        caption={t("adverseEvents.list.caption")}
        rows={events}
        rowKey={(e) => e.id}
        empty={<p className="mb-6 rounded-md border border-slate-200 bg-white p-4">{t("adverseEvents.list.empty")}</p>}
        columns={[
          { header: t("adverseEvents.col.reference"), rowHeader: true, cell: (e) => <Link href={`/haendelser/${encodeURIComponent(e.id)}`} className="font-medium text-brand-700 underline">{e.reference}</Link> },
          { header: t("adverseEvents.col.title"), cell: (e) => e.title },
          { header: t("adverseEvents.col.status"), cell: (e) => t.key(`adverseEvents.status.${e.status}`) + (e.grade ? ` · ${t.key(`adverseEvents.grade.${e.grade}`)}` : "") },
          { header: t("adverseEvents.col.reporter"), cell: (e) => e.reportingOrganisationName },
          { header: t("adverseEvents.col.handler"), cell: (e) => e.primaryHandlerName ?? "–" },
          {
            header: t("adverseEvents.col.due"),
            cell: (e) => (
              <>
                <time dateTime={e.closeDueAt.toISOString()}>{formatDate(e.closeDueAt)}</time>
                {!e.closedAt && now > e.closeDueAt ? <BadgeDanger className="ml-2">{t("adverseEvents.overdue")}</BadgeDanger> : null}
              </>
            ),
          },
        ]}
      />
      <Panel as="section" aria-labelledby="learning" className="mt-8">
        <H2 id="learning">{t("adverseEvents.learning.title")}</H2>
        <p className="mb-3 text-slate-700">{t("adverseEvents.learning.intro")}</p>
        {summaries.length === 0 ? <p>{t("adverseEvents.learning.empty")}</p> : null}
        <ul className="space-y-4">
          {summaries.map((s) => (
            <li key={s.id} className="border-l-4 border-brand-600 pl-3">
              <p className="text-sm text-slate-700">
                {t("adverseEvents.learning.item", {
                  date: formatDate(s.closedAt),
                  grade: s.grade ? t.key(`adverseEvents.grade.${s.grade}`) : "–",
                  sectors: s.sectors.map((k) => t.key(`adverseEvents.kind.${k}`)).join(", "),
                })}
              </p>
              <Prose className="whitespace-pre-line">{s.summary}</Prose>
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
