import { getTranslator, titled } from "@/lib/i18n/server";
import { canEditVersion } from "@/lib/rules/agreements";
import { ASSESSMENT_STATUSES, options } from "@/app/(public)/aftaler/_components/labels";
import { SimpleForm } from "../../_components/simple-form";
import { loadWorkspace } from "../../_components/load";
import { assessRequirementAction } from "../../actions";
import { Banner, H1, H2, Panel } from "@/components/ui";
import { BackToWorkspace } from "../../_components/back-to-workspace";

type Params = Promise<{ versionId: string }>;

export const generateMetadata = titled("agreements.requirements.title");

/** The requirement checklist (krav 5.1–5.6): an assessment per sub-point with linked sections and a comment. */
export default async function RequirementsPage({ params }: { params: Params }) {
  const { versionId } = await params;
  const here = `/aftaler-redigering/${encodeURIComponent(versionId)}`;
  const { actor, doc } = await loadWorkspace(versionId, `${here}/krav`);
  const { t } = await getTranslator();
  const edit = canEditVersion(actor, doc.facts);

  return (
    <div className="space-y-8">
      <BackToWorkspace versionId={versionId} label={doc.version.label} />
      <H1>{t("agreements.requirements.title")}</H1>
      <p className="max-w-3xl">{t("agreements.requirements.intro")}</p>
      {!edit.allowed ? <Banner as="p" tone="warning">{t.key(edit.reason)}</Banner> : null}
      {doc.requirements.map((r) => (
        <section key={r.id} aria-labelledby={`krav-${r.code}`} className="space-y-4">
          <H2 id={`krav-${r.code}`}>
            {t("agreements.requirements.requirement", { code: r.code })} {r.title}
          </H2>
          {r.items.map((item) => (
            <Panel as="div" key={item.id}>
              <h3 className="mb-2 font-semibold">
                {item.code} {item.text}
              </h3>
              {edit.allowed ? (
                <SimpleForm
                  action={assessRequirementAction}
                  hidden={{ versionId: doc.version.id, itemId: item.id, version: item.assessment ? String(item.assessment.version) : "" }}
                  fields={[
                    {
                      name: "status",
                      as: "select",
                      label: t("agreements.requirements.status"),
                      required: true,
                      options: options(t, ASSESSMENT_STATUSES, "agreements.assessment"),
                      defaultValue: item.assessment?.status ?? "NOT_ASSESSED",
                    },
                    {
                      name: "sectionNumbers",
                      label: t("agreements.requirements.sections"),
                      hint: t("agreements.requirements.sectionsHint"),
                      defaultValue: item.assessment?.sections.map((s) => s.number).join(", ") ?? "",
                    },
                    { name: "comment", as: "textarea", label: t("agreements.requirements.comment"), rows: 2, defaultValue: item.assessment?.comment ?? "", className: "mb-4 sm:col-span-2" },
                  ]}
                  fieldsClassName="grid gap-x-4 sm:grid-cols-2"
                  submitLabel={t("agreements.requirements.save", { code: item.code })}
                />
              ) : (
                <p>
                  {t(`agreements.assessment.${item.assessment?.status ?? "NOT_ASSESSED"}`)}
                  {item.assessment?.comment ? ` – ${item.assessment.comment}` : ""}
                </p>
              )}
            </Panel>
          ))}
        </section>
      ))}
    </div>
  );
}
