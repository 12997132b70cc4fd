import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { canDecideConsultationResponse, canRecordConsultationResponse } from "@/lib/rules/agreements";
import { todayInDenmark } from "@/lib/domain/agreements/dates";
import { SimpleForm } from "../../_components/simple-form";
import { loadWorkspace } from "../../_components/load";
import { decideConsultationResponseAction, recordConsultationResponseAction } from "../../actions";
import { Banner, H1, H2, Panel } from "@/components/ui";
import { BackToWorkspace } from "../../_components/back-to-workspace";

type Params = Promise<{ versionId: string }>;

export const generateMetadata = titled("agreements.consultation.title");

/** Consultation (høring): the responses received, each with its outcome and comment, and a form for new ones. */
export default async function ConsultationPage({ params }: { params: Params }) {
  const { versionId } = await params;
  const here = `/aftaler-redigering/${encodeURIComponent(versionId)}`;
  const { actor, doc } = await loadWorkspace(versionId, `${here}/hoering`);
  const { t } = await getTranslator();
  const record = canRecordConsultationResponse(actor, doc.facts);
  const decide = canDecideConsultationResponse(actor, doc.facts);

  return (
    <div className="space-y-8">
      <BackToWorkspace versionId={versionId} label={doc.version.label} />
      <H1>{t("agreements.consultation.title")}</H1>
      <p className="max-w-3xl">{t("agreements.consultation.intro")}</p>
      {doc.version.status !== "CONSULTATION" ? <Banner as="p" tone="warning">{t("agreements.reason.notInConsultation")}</Banner> : null}

      <section aria-labelledby="responses" className="space-y-4">
        <H2 id="responses">{t("agreements.consultation.responses", { count: doc.consultationResponses.length })}</H2>
        {doc.consultationResponses.map((r) => (
          <Panel as="div" key={r.id}>
            <h3 className="text-lg font-semibold">
              {r.respondent}
              {r.organisationName ? ` (${r.organisationName})` : ""}
            </h3>
            <p className="text-sm text-slate-700">
              {t("agreements.consultation.received", { date: formatDate(r.receivedOn) })}
              {r.sectionNumber ? ` · ${t("agreements.consultation.onSection", { number: r.sectionNumber })}` : ""}
            </p>
            <p className="mt-2 whitespace-pre-wrap">{r.text}</p>
            <p className="mt-2">
              <span className="font-semibold">{t("agreements.consultation.outcome")}:</span> {t(`agreements.outcome.${r.outcome}`)}
              {r.comment ? ` – ${r.comment}` : ""}
            </p>
            {decide.allowed ? (
              <SimpleForm
                action={decideConsultationResponseAction}
                hidden={{ responseId: r.id, version: String(r.version) }}
                fields={[
                  {
                    name: "outcome",
                    as: "select",
                    label: t("agreements.consultation.outcome"),
                    required: true,
                    options: [
                      { value: "NOTED", label: t("agreements.outcome.NOTED") },
                      { value: "REJECTED", label: t("agreements.outcome.REJECTED") },
                    ],
                    placeholder: t("agreements.consultation.chooseOutcome"),
                    defaultValue: r.outcome === "PENDING" ? "" : r.outcome,
                  },
                  { name: "comment", as: "textarea", label: t("agreements.consultation.comment"), required: true, rows: 2, defaultValue: r.comment ?? "", className: "mb-4 sm:col-span-2" },
                ]}
                fieldsClassName="mt-3 grid gap-x-4 sm:grid-cols-3"
                submitLabel={t("agreements.consultation.decide", { respondent: r.respondent })}
              />
            ) : null}
          </Panel>
        ))}
      </section>

      {record.allowed ? (
        <Panel aria-labelledby="new-response">
          <H2 id="new-response">{t("agreements.consultation.add")}</H2>
          <SimpleForm
            action={recordConsultationResponseAction}
            hidden={{ versionId: doc.version.id }}
            fields={[
              { name: "respondent", label: t("agreements.consultation.respondent"), required: true },
              { name: "receivedOn", type: "date", label: t("agreements.consultation.receivedOn"), required: true, defaultValue: todayInDenmark() },
              {
                name: "sectionId",
                as: "select",
                label: t("agreements.consultation.section"),
                options: doc.sections.map((s) => ({ value: s.id, label: `${s.number} ${s.title}` })),
                placeholder: t("agreements.consultation.wholeAgreement"),
              },
              { name: "text", as: "textarea", label: t("agreements.consultation.text"), required: true, rows: 4, className: "mb-4 sm:col-span-3" },
            ]}
            fieldsClassName="grid gap-x-4 sm:grid-cols-3"
            submitLabel={t("agreements.consultation.record")}
          />
        </Panel>
      ) : null}
    </div>
  );
}
