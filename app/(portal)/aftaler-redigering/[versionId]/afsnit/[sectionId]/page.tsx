import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireActor } from "@/lib/auth/actor";
import { getSectionForEdit } from "@/lib/domain/agreements/get-section-for-edit";
import { getTranslator } from "@/lib/i18n/server";
import { renderMarkdown } from "@/lib/markdown/render";
import { AREAS, LAYERS, SECTION_KINDS, deadlineText, options } from "@/app/(public)/aftaler/_components/labels";
import { buttonSecondary, h1, h2, link, panel, prose, table, td, th } from "@/app/(public)/aftaler/_components/styles";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { SectionForm } from "../../../_components/section-form";
import { SimpleForm } from "../../../_components/simple-form";
import { DONE } from "../../../_components/load";
import { moveSectionAction, updateSectionAction } from "../../../actions";

type Params = Promise<{ versionId: string; sectionId: string }>;

const load = cache(async (versionId: string, sectionId: string) => {
  const actor = await requireActor(`/aftaler-redigering/${encodeURIComponent(versionId)}/afsnit/${encodeURIComponent(sectionId)}`);
  const view = await orNotFound(getSectionForEdit(actor, { sectionId }));
  return { actor, view };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { versionId, sectionId } = await params;
  const { view } = await load(versionId, sectionId);
  const { t } = await getTranslator();
  return { title: t("agreements.section.editTitle", { number: view.section.number, title: view.section.title }) };
}

/** One section: its text (with conflict handling), its place in the tree, and its obligations. */
export default async function EditSectionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { versionId, sectionId } = await params;
  const { view } = await load(versionId, sectionId);
  const { t } = await getTranslator();
  const done = DONE[first((await searchParams).udfoert) ?? ""];
  const s = view.section;
  const workspace = `/aftaler-redigering/${encodeURIComponent(view.version.id)}`;
  const here = `${workspace}/afsnit/${encodeURIComponent(s.id)}`;
  const editable = view.canEdit.allowed;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p>
          <Link href={workspace} className={link}>
            {t("agreements.workspace.back", { label: view.version.label })}
          </Link>
        </p>
        <h1 className={h1}>
          {editable ? t("agreements.section.editTitle", { number: s.number, title: s.title }) : t("agreements.section.viewTitle", { number: s.number, title: s.title })}
        </h1>
        <p className="text-slate-800">
          {view.version.agreementTitle} · {view.lastSavedBy ? t("agreements.section.lastSavedBy", { name: view.lastSavedBy }) : null}{" "}
          <Link href={`/aftaler/${encodeURIComponent(view.version.agreementId)}/historik/${encodeURIComponent(s.lineageId)}`} className={link}>
            {t("agreements.history.link")}
          </Link>
        </p>
        {done ? (
          <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
            {t.key(done)}
          </p>
        ) : null}
        {!view.canEdit.allowed ? <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">{t.key(view.canEdit.reason)}</p> : null}
      </div>

      {editable ? (
        <section aria-labelledby="text" className={panel}>
          <h2 id="text" className={h2}>{t("agreements.section.text")}</h2>
          <SectionForm
            action={updateSectionAction}
            initial={{ sectionId: s.id, version: s.version, kind: s.kind, number: s.number, title: s.title, body: s.body, layer: s.layer, area: s.area }}
            options={{ kind: options(t, SECTION_KINDS, "agreements.kind"), layer: options(t, LAYERS, "agreements.layer"), area: options(t, AREAS, "agreements.area") }}
          />
        </section>
      ) : (
        <section aria-labelledby="text" className={panel}>
          <h2 id="text" className={h2}>{t("agreements.section.text")}</h2>
          <div className={prose} dangerouslySetInnerHTML={{ __html: renderMarkdown(s.body, { headingOffset: 2 }) }} />
        </section>
      )}

      {editable ? (
        <section aria-labelledby="place" className={panel}>
          <h2 id="place" className={h2}>{t("agreements.section.place")}</h2>
          <SimpleForm
            action={moveSectionAction}
            hidden={{ sectionId: s.id, direction: "parent" }}
            fields={[
              {
                name: "parentId",
                as: "select",
                label: t("agreements.section.parent"),
                hint: t("agreements.section.parentHint"),
                options: view.possibleParents.map((p) => ({ value: p.id, label: `${"– ".repeat(p.depth)}${p.number} ${p.title}` })),
                placeholder: t("agreements.section.topLevel"),
                defaultValue: s.parentId ?? "",
              },
            ]}
            fieldsClassName="max-w-xl"
            submitLabel={t("agreements.section.move")}
            submitClassName={buttonSecondary}
          />
        </section>
      ) : null}

      <section aria-labelledby="forpligtelser" className={panel}>
        <h2 id="forpligtelser" className={h2}>{t("agreements.obligation.title")}</h2>
        {view.obligations.length === 0 ? (
          <p>{t("agreements.obligation.none")}</p>
        ) : (
          <table className={table}>
            <caption className="sr-only">{t("agreements.obligation.caption", { number: s.number })}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("agreements.obligation.responsibleParty")}</th>
                <th scope="col" className={th}>{t("agreements.obligation.modality")}</th>
                <th scope="col" className={th}>{t("agreements.obligation.action")}</th>
                <th scope="col" className={th}>{t("agreements.obligation.deadline")}</th>
                <th scope="col" className={th}>{t("agreements.obligation.channel")}</th>
                <th scope="col" className={th}>
                  <span className="sr-only">{t("agreements.obligation.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.obligations.map((o) => (
                <tr key={o.id}>
                  <td className={td}>{t(`agreements.party.${o.responsibleParty}`)}</td>
                  <td className={td}>{t(`agreements.modality.${o.modality}`)}</td>
                  <td className={td}>
                    {o.action}
                    {o.referralMilestone ? (
                      <span className="block text-xs font-semibold text-brand-800">
                        {t("agreements.obligation.milestoneNote", { milestone: t(`agreements.milestone.${o.referralMilestone}`) })}
                      </span>
                    ) : null}
                  </td>
                  <td className={td}>{deadlineText(t, o.deadlineAmount, o.deadlineUnit)}</td>
                  <td className={td}>{o.channel ? t(`agreements.channel.${o.channel}`) : "–"}</td>
                  <td className={td}>
                    <Link href={`${here}/forpligtelse/${encodeURIComponent(o.id)}`} className={link}>
                      {editable ? t("agreements.obligation.edit") : t("agreements.obligation.view")}
                      <span className="sr-only"> {o.action}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {editable ? (
          <p className="mt-3">
            <Link href={`${here}/forpligtelse/ny`} className={buttonSecondary}>
              {t("agreements.obligation.add")}
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
