import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireActor } from "@/lib/auth/actor";
import { getSectionForEdit } from "@/lib/domain/agreements/get-section-for-edit";
import { getTranslator } from "@/lib/i18n/server";
import { CHANNELS, DEADLINE_UNITS, MILESTONES, MODALITIES, PARTY_KINDS, options } from "@/app/(public)/aftaler/_components/labels";
import { orNotFound } from "@/lib/pages/or-not-found";
import { SimpleForm } from "../../../../../_components/simple-form";
import { deleteObligationAction, upsertObligationAction } from "../../../../../actions";
import { Banner, H1, Panel, TextLink } from "@/components/ui";

type Params = Promise<{ versionId: string; sectionId: string; obligationId: string }>;

const load = cache(async (versionId: string, sectionId: string, obligationId: string) => {
  const actor = await requireActor(
    `/aftaler-redigering/${encodeURIComponent(versionId)}/afsnit/${encodeURIComponent(sectionId)}/forpligtelse/${encodeURIComponent(obligationId)}`,
  );
  const view = await orNotFound(getSectionForEdit(actor, { sectionId }));
  const obligation = obligationId === "ny" ? null : (view.obligations.find((o) => o.id === obligationId) ?? notFound());
  return { view, obligation };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { versionId, sectionId, obligationId } = await params;
  const { obligation } = await load(versionId, sectionId, obligationId);
  const { t } = await getTranslator();
  return { title: obligation ? t("agreements.obligation.editTitle") : t("agreements.obligation.addTitle") };
}

/**
 * One obligation with every structured field: responsible party kind, modality, action, trigger,
 * deadline (amount and unit — or professional judgement without an amount), channel, source and the
 * referral milestone the referral flow reads its deadline from.
 */
export default async function ObligationPage({ params }: { params: Params }) {
  const { versionId, sectionId, obligationId } = await params;
  const { view, obligation: o } = await load(versionId, sectionId, obligationId);
  const { t } = await getTranslator();
  const sectionPath = `/aftaler-redigering/${encodeURIComponent(view.version.id)}/afsnit/${encodeURIComponent(view.section.id)}`;
  const editable = view.canEdit.allowed;

  return (
    <div className="space-y-6">
      <p>
        <TextLink as={Link} href={sectionPath}>
          {t("agreements.obligation.back", { number: view.section.number, title: view.section.title })}
        </TextLink>
      </p>
      <H1>{o ? t("agreements.obligation.editTitle") : t("agreements.obligation.addTitle")}</H1>
      <p className="text-slate-800">{t("agreements.obligation.inSection", { number: view.section.number, title: view.section.title })}</p>
      {!editable ? <Banner as="p" tone="warning">{t.key(view.canEdit.reason)}</Banner> : null}
      {editable ? (
        <Panel as="div">
          <SimpleForm
            action={upsertObligationAction}
            hidden={{ versionId: view.version.id, sectionId: view.section.id, obligationId: o?.id ?? "", version: o ? String(o.version) : "" }}
            fields={[
              {
                name: "responsibleParty",
                as: "select",
                label: t("agreements.obligation.responsibleParty"),
                required: true,
                options: options(t, PARTY_KINDS, "agreements.party"),
                defaultValue: o?.responsibleParty ?? "MUNICIPALITY",
              },
              { name: "modality", as: "select", label: t("agreements.obligation.modality"), required: true, options: options(t, MODALITIES, "agreements.modality"), defaultValue: o?.modality ?? "MUST" },
              { name: "action", as: "textarea", label: t("agreements.obligation.action"), hint: t("agreements.obligation.actionHint"), required: true, rows: 2, defaultValue: o?.action ?? "", className: "mb-4 sm:col-span-2" },
              { name: "trigger", as: "textarea", label: t("agreements.obligation.trigger"), hint: t("agreements.obligation.triggerHint"), required: true, rows: 2, defaultValue: o?.trigger ?? "", className: "mb-4 sm:col-span-2" },
              { name: "deadlineAmount", type: "number", label: t("agreements.obligation.deadlineAmount"), hint: t("agreements.obligation.deadlineAmountHint"), defaultValue: o?.deadlineAmount?.toString() ?? "" },
              {
                name: "deadlineUnit",
                as: "select",
                label: t("agreements.obligation.deadlineUnit"),
                options: options(t, DEADLINE_UNITS, "agreements.unit"),
                placeholder: t("agreements.deadline.none"),
                defaultValue: o?.deadlineUnit ?? "",
              },
              { name: "channel", as: "select", label: t("agreements.obligation.channel"), options: options(t, CHANNELS, "agreements.channel"), placeholder: t("agreements.matrix.noChannel"), defaultValue: o?.channel ?? "" },
              {
                name: "referralMilestone",
                as: "select",
                label: t("agreements.obligation.milestone"),
                hint: t("agreements.obligation.milestoneHint"),
                options: options(t, MILESTONES, "agreements.milestone"),
                placeholder: t("agreements.obligation.noMilestone"),
                defaultValue: o?.referralMilestone ?? "",
              },
              { name: "source", label: t("agreements.obligation.source"), hint: t("agreements.obligation.sourceHint"), defaultValue: o?.source ?? "", className: "mb-4 sm:col-span-2" },
            ]}
            fieldsClassName="grid gap-x-4 sm:grid-cols-2"
            submitLabel={t("agreements.obligation.save")}
          />
          {o ? (
            <div className="mt-6 border-t border-slate-200 pt-4">
              <SimpleForm
                action={deleteObligationAction}
                hidden={{ obligationId: o.id, version: String(o.version) }}
                submitLabel={t("agreements.obligation.delete")}
                submitClassName="rounded-md border border-red-700 bg-white px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50"
              />
            </div>
          ) : null}
        </Panel>
      ) : o ? (
        <Panel as="dl" className="grid grid-cols-[max-content_minmax(0,1fr)] [&_dd]:[overflow-wrap:anywhere] gap-x-6 gap-y-2">
          <dt className="font-medium">{t("agreements.obligation.responsibleParty")}</dt>
          <dd>{t(`agreements.party.${o.responsibleParty}`)}</dd>
          <dt className="font-medium">{t("agreements.obligation.modality")}</dt>
          <dd>{t(`agreements.modality.${o.modality}`)}</dd>
          <dt className="font-medium">{t("agreements.obligation.action")}</dt>
          <dd>{o.action}</dd>
          <dt className="font-medium">{t("agreements.obligation.trigger")}</dt>
          <dd>{o.trigger}</dd>
        </Panel>
      ) : null}
    </div>
  );
}
