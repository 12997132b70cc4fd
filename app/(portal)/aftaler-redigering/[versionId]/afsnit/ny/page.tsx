import { getTranslator, titled } from "@/lib/i18n/server";
import { canEditVersion } from "@/lib/rules/agreements";
import { AREAS, LAYERS, SECTION_KINDS, options } from "@/app/(public)/aftaler/_components/labels";
import { first, type SearchParams } from "@/lib/pages/or-not-found";
import { SimpleForm } from "../../../_components/simple-form";
import { loadWorkspace } from "../../../_components/load";
import { addSectionAction } from "../../../actions";
import { Banner, H1, Panel } from "@/components/ui";
import { BackToWorkspace } from "../../../_components/back-to-workspace";

type Params = Promise<{ versionId: string }>;

export const generateMetadata = titled("agreements.section.addTitle");

/** Adding a part, chapter or section (under a parent from ?parent=, else at the top level). */
export default async function AddSectionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { versionId } = await params;
  const here = `/aftaler-redigering/${encodeURIComponent(versionId)}`;
  const { actor, doc } = await loadWorkspace(versionId, `${here}/afsnit/ny`);
  const { t } = await getTranslator();
  const parentId = first((await searchParams).parent) ?? "";
  const parent = doc.sections.find((s) => s.id === parentId) ?? null;
  const siblings = doc.sections.filter((s) => (s.parentId ?? null) === (parent?.id ?? null));
  const suggested = parent ? `${parent.number}.${siblings.length + 1}` : String(siblings.length + 1);
  const edit = canEditVersion(actor, doc.facts);

  return (
    <div className="space-y-6">
      <BackToWorkspace versionId={versionId} label={doc.version.label} />
      <H1>{parent ? t("agreements.section.addUnder", { number: parent.number, title: parent.title }) : t("agreements.section.addTitle")}</H1>
      {!edit.allowed ? (
        <Banner as="p" tone="warning">{t.key(edit.reason)}</Banner>
      ) : (
        <Panel as="div">
          <SimpleForm
            action={addSectionAction}
            hidden={{ versionId: doc.version.id, parentId: parent?.id ?? "" }}
            fields={[
              { name: "number", label: t("agreements.section.number"), hint: t("agreements.section.numberHint"), required: true, defaultValue: suggested },
              {
                name: "kind",
                as: "select",
                label: t("agreements.section.kind"),
                required: true,
                options: options(t, SECTION_KINDS, "agreements.kind"),
                defaultValue: parent ? (parent.kind === "PART" ? "CHAPTER" : "SECTION") : "PART",
              },
              { name: "layer", as: "select", label: t("agreements.section.layer"), required: true, options: options(t, LAYERS, "agreements.layer"), defaultValue: parent?.layer ?? "ADMINISTRATIVE" },
              { name: "title", label: t("agreements.section.title"), required: true, className: "mb-4 sm:col-span-2" },
              { name: "area", as: "select", label: t("agreements.section.area"), required: true, options: options(t, AREAS, "agreements.area"), defaultValue: parent?.area ?? "GENERAL" },
              { name: "body", as: "textarea", label: t("agreements.section.body"), hint: t("agreements.section.bodyHint"), rows: 10, className: "mb-4 sm:col-span-3" },
            ]}
            fieldsClassName="grid gap-x-4 sm:grid-cols-3"
            submitLabel={t("agreements.section.add")}
          />
        </Panel>
      )}
    </div>
  );
}
