import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { requireActor } from "@/lib/auth/actor";
import { getSectionForEdit } from "@/lib/domain/agreements/get-section-for-edit";
import { getTranslator } from "@/lib/i18n/server";
import { renderMarkdown } from "@/lib/markdown/render";
import { AREAS, LAYERS, SECTION_KINDS, deadlineText, options } from "@/app/(public)/aftaler/_components/labels";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { SectionForm } from "../../../_components/section-form";
import { SimpleForm } from "../../../_components/simple-form";
import { DONE } from "../../../_components/load";
import { moveSectionAction, updateSectionAction } from "../../../actions";
import { Banner, ButtonLink, H1, H2, Panel, Prose, Table, Td, TextLink, Th, buttonClass } from "@/components/ui";

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
          <TextLink as={Link} href={workspace}>
            {t("agreements.workspace.back", { label: view.version.label })}
          </TextLink>
        </p>
        <H1>
          {editable ? t("agreements.section.editTitle", { number: s.number, title: s.title }) : t("agreements.section.viewTitle", { number: s.number, title: s.title })}
        </H1>
        <p className="text-slate-800">
          {view.version.agreementTitle} · {view.lastSavedBy ? t("agreements.section.lastSavedBy", { name: view.lastSavedBy }) : null}{" "}
          <TextLink as={Link} href={`/aftaler/${encodeURIComponent(view.version.agreementId)}/historik/${encodeURIComponent(s.lineageId)}`}>
            {t("agreements.history.link")}
          </TextLink>
        </p>
        {done ? (
          <Banner as="p" role="status" tone="success">
            {t.key(done)}
          </Banner>
        ) : null}
        {!view.canEdit.allowed ? <Banner as="p" tone="warning">{t.key(view.canEdit.reason)}</Banner> : null}
      </div>

      {editable ? (
        <Panel aria-labelledby="text">
          <H2 id="text">{t("agreements.section.text")}</H2>
          <SectionForm
            action={updateSectionAction}
            initial={{ sectionId: s.id, version: s.version, kind: s.kind, number: s.number, title: s.title, body: s.body, layer: s.layer, area: s.area }}
            options={{ kind: options(t, SECTION_KINDS, "agreements.kind"), layer: options(t, LAYERS, "agreements.layer"), area: options(t, AREAS, "agreements.area") }}
          />
        </Panel>
      ) : (
        <Panel aria-labelledby="text">
          <H2 id="text">{t("agreements.section.text")}</H2>
          <Prose dangerouslySetInnerHTML={{ __html: renderMarkdown(s.body, { headingOffset: 2 }) }} />
        </Panel>
      )}

      {editable ? (
        <Panel aria-labelledby="place">
          <H2 id="place">{t("agreements.section.place")}</H2>
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
            submitClassName={buttonClass("secondary")}
          />
        </Panel>
      ) : null}

      <Panel aria-labelledby="forpligtelser">
        <H2 id="forpligtelser">{t("agreements.obligation.title")}</H2>
        {view.obligations.length === 0 ? (
          <p>{t("agreements.obligation.none")}</p>
        ) : (
          <Table>
            <caption className="sr-only">{t("agreements.obligation.caption", { number: s.number })}</caption>
            <thead>
              <tr>
                <Th scope="col">{t("agreements.obligation.responsibleParty")}</Th>
                <Th scope="col">{t("agreements.obligation.modality")}</Th>
                <Th scope="col">{t("agreements.obligation.action")}</Th>
                <Th scope="col">{t("agreements.obligation.deadline")}</Th>
                <Th scope="col">{t("agreements.obligation.channel")}</Th>
                <Th scope="col">
                  <span className="sr-only">{t("agreements.obligation.edit")}</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {view.obligations.map((o) => (
                <tr key={o.id}>
                  <Td>{t(`agreements.party.${o.responsibleParty}`)}</Td>
                  <Td>{t(`agreements.modality.${o.modality}`)}</Td>
                  <Td>
                    {o.action}
                    {o.referralMilestone ? (
                      <span className="block text-xs font-semibold text-brand-800">
                        {t("agreements.obligation.milestoneNote", { milestone: t(`agreements.milestone.${o.referralMilestone}`) })}
                      </span>
                    ) : null}
                  </Td>
                  <Td>{deadlineText(t, o.deadlineAmount, o.deadlineUnit)}</Td>
                  <Td>{o.channel ? t(`agreements.channel.${o.channel}`) : "–"}</Td>
                  <Td>
                    <TextLink as={Link} href={`${here}/forpligtelse/${encodeURIComponent(o.id)}`}>
                      {editable ? t("agreements.obligation.edit") : t("agreements.obligation.view")}
                      <span className="sr-only"> {o.action}</span>
                    </TextLink>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {editable ? (
          <p className="mt-3">
            <ButtonLink href={`${here}/forpligtelse/ny`}>
              {t("agreements.obligation.add")}
            </ButtonLink>
          </p>
        ) : null}
      </Panel>
    </div>
  );
}
