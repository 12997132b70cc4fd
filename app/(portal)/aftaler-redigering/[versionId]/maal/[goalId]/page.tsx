import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { canEditVersion, canRecordMeasurement } from "@/lib/rules/agreements";
import { listForumsOfRegion } from "@/lib/domain/agreements/list-forums-of-region";
import { DIRECTIONS, FREQUENCIES, GOAL_KINDS, options } from "@/app/(public)/aftaler/_components/labels";
import { first, type SearchParams } from "@/lib/pages/or-not-found";
import { SimpleForm, type FieldSpec } from "../../../_components/simple-form";
import { DONE, loadWorkspace } from "../../../_components/load";
import { recordMeasurementAction, upsertGoalAction, upsertIndicatorAction } from "../../../actions";
import type { Translate } from "@/lib/i18n/translate";
import { Banner, H1, H2, Panel, Table, Td, TextLink, Th } from "@/components/ui";

type Params = Promise<{ versionId: string; goalId: string }>;

export const generateMetadata = titled("agreements.goal.editTitle");

type IndicatorValues = {
  name: string;
  baseline: string | null;
  baselineYear: number | null;
  target: string | null;
  targetYear: number | null;
  unit: string;
  method: string | null;
  dataSource: string | null;
  frequency: string;
  responsibleForumId: string | null;
};

function indicatorFields(t: Translate, forums: { id: string; name: string }[], i: IndicatorValues | null): FieldSpec[] {
  const decimal = (v: string | null) => (v === null ? "" : formatNumber(Number(v), "da", 3).replace(/\./g, ""));
  return [
    { name: "name", label: t("agreements.indicator.name"), required: true, defaultValue: i?.name ?? "", className: "mb-4 sm:col-span-2" },
    { name: "unit", label: t("agreements.indicator.unit"), required: true, defaultValue: i?.unit ?? "" },
    { name: "frequency", as: "select", label: t("agreements.indicator.frequency"), required: true, options: options(t, FREQUENCIES, "agreements.frequency"), defaultValue: i?.frequency ?? "ANNUAL" },
    { name: "baseline", label: t("agreements.indicator.baseline"), hint: t("agreements.indicator.decimalHint"), defaultValue: decimal(i?.baseline ?? null) },
    { name: "baselineYear", type: "number", label: t("agreements.indicator.baselineYear"), defaultValue: i?.baselineYear?.toString() ?? "" },
    { name: "target", label: t("agreements.indicator.target"), hint: t("agreements.indicator.decimalHint"), defaultValue: decimal(i?.target ?? null) },
    { name: "targetYear", type: "number", label: t("agreements.indicator.targetYear"), defaultValue: i?.targetYear?.toString() ?? "" },
    { name: "method", as: "textarea", label: t("agreements.indicator.method"), rows: 2, defaultValue: i?.method ?? "", className: "mb-4 sm:col-span-2" },
    { name: "dataSource", label: t("agreements.indicator.dataSource"), defaultValue: i?.dataSource ?? "" },
    {
      name: "responsibleForumId",
      as: "select",
      label: t("agreements.indicator.forum"),
      options: forums.map((f) => ({ value: f.id, label: f.name })),
      placeholder: t("agreements.indicator.noForum"),
      defaultValue: i?.responsibleForumId ?? "",
    },
  ];
}

/** One goal or benchmark: its statement and statuses, its indicators and their measurements. */
export default async function GoalPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { versionId, goalId } = await params;
  const here = `/aftaler-redigering/${encodeURIComponent(versionId)}`;
  const { actor, doc } = await loadWorkspace(versionId, `${here}/maal/${encodeURIComponent(goalId)}`);
  const { t } = await getTranslator();
  const done = DONE[first((await searchParams).udfoert) ?? ""];
  const goal = goalId === "ny" ? null : (doc.goals.find((g) => g.id === goalId) ?? notFound());
  const edit = canEditVersion(actor, doc.facts);
  const measure = canRecordMeasurement(actor, doc.facts);
  const forums = await listForumsOfRegion(doc.agreement.regionId);
  const number = (v: string | null) => (v === null ? "–" : formatNumber(Number(v), "da", 3));

  return (
    <div className="space-y-8">
      <p>
        <TextLink as={Link} href={`${here}/maal`}>
          {t("agreements.goals.back")}
        </TextLink>
      </p>
      <H1>{goal ? `${t(`agreements.goalKind.${goal.kind}`)} ${goal.number}: ${goal.statement}` : t("agreements.goals.add")}</H1>
      {done ? (
        <Banner as="p" role="status" tone="success">
          {t.key(done)}
        </Banner>
      ) : null}
      {!edit.allowed ? <Banner as="p" tone="warning">{t.key(edit.reason)}</Banner> : null}

      {edit.allowed ? (
        <Panel aria-labelledby="goal">
          <H2 id="goal">{t("agreements.goal.details")}</H2>
          <SimpleForm
            action={upsertGoalAction}
            hidden={{ versionId: doc.version.id, goalId: goal?.id ?? "", version: goal ? String(goal.version) : "" }}
            fields={[
              { name: "kind", as: "select", label: t("agreements.goal.kind"), required: true, options: options(t, GOAL_KINDS, "agreements.goalKind"), defaultValue: goal?.kind ?? "GOAL" },
              { name: "number", label: t("agreements.goal.number"), required: true, defaultValue: goal?.number ?? "" },
              { name: "direction", as: "select", label: t("agreements.goal.direction"), required: true, options: options(t, DIRECTIONS, "agreements.direction"), defaultValue: goal?.direction ?? "INCREASE" },
              { name: "statement", as: "textarea", label: t("agreements.goal.statement"), required: true, rows: 2, defaultValue: goal?.statement ?? "", className: "mb-4 sm:col-span-3" },
              { name: "description", as: "textarea", label: t("agreements.goal.description"), rows: 3, defaultValue: goal?.description ?? "", className: "mb-4 sm:col-span-3" },
              {
                name: "sectionId",
                as: "select",
                label: t("agreements.goal.section"),
                options: doc.sections.map((s) => ({ value: s.id, label: `${s.number} ${s.title}` })),
                placeholder: t("agreements.goal.noSection"),
                defaultValue: doc.sections.find((s) => s.number === goal?.sectionNumber)?.id ?? "",
              },
              { name: "midTermStatus", as: "textarea", label: t("agreements.goal.midTermStatus"), rows: 2, defaultValue: goal?.midTermStatus ?? "", className: "mb-4 sm:col-span-3" },
              { name: "finalStatus", as: "textarea", label: t("agreements.goal.finalStatus"), rows: 2, defaultValue: goal?.finalStatus ?? "", className: "mb-4 sm:col-span-3" },
            ]}
            fieldsClassName="grid gap-x-4 sm:grid-cols-3"
            submitLabel={t("agreements.goal.save")}
          />
        </Panel>
      ) : null}

      {goal ? (
        <section aria-labelledby="indicators" className="space-y-6">
          <H2 id="indicators">{t("agreements.goal.indicators")}</H2>
          {goal.indicators.map((i) => (
            <Panel as="div" key={i.id}>
              <h3 className="mb-3 text-lg font-semibold">{i.name}</h3>
              {edit.allowed ? (
                <SimpleForm
                  action={upsertIndicatorAction}
                  hidden={{ goalId: goal.id, indicatorId: i.id, version: String(i.version) }}
                  fields={indicatorFields(t, forums, i)}
                  fieldsClassName="grid gap-x-4 sm:grid-cols-2"
                  submitLabel={t("agreements.indicator.save")}
                />
              ) : null}
              <Table className="mt-4 max-w-xl">
                <caption className="mb-1 text-left text-sm font-semibold">{t("agreements.measurement.caption", { name: i.name })}</caption>
                <thead>
                  <tr>
                    <Th scope="col">{t("agreements.measurement.date")}</Th>
                    <Th scope="col">{t("agreements.measurement.value")}</Th>
                    <Th scope="col">{t("agreements.measurement.note")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {i.measurements.map((m) => (
                    <tr key={m.id}>
                      <Td>{formatDate(m.measuredOn)}</Td>
                      <Td className="tabular-nums">
                        {number(m.value)} {i.unit}
                      </Td>
                      <Td>{m.note ?? ""}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {measure.allowed ? (
                <SimpleForm
                  action={recordMeasurementAction}
                  hidden={{ indicatorId: i.id }}
                  fields={[
                    { name: "measuredOn", type: "date", label: t("agreements.measurement.date"), required: true },
                    { name: "value", label: t("agreements.measurement.value"), hint: t("agreements.indicator.decimalHint"), required: true },
                    { name: "note", label: t("agreements.measurement.note") },
                  ]}
                  fieldsClassName="mt-4 grid gap-x-4 sm:grid-cols-3"
                  submitLabel={t("agreements.measurement.record")}
                />
              ) : null}
            </Panel>
          ))}
          {edit.allowed ? (
            <Panel as="div">
              <h3 className="mb-3 text-lg font-semibold">{t("agreements.indicator.add")}</h3>
              <SimpleForm
                action={upsertIndicatorAction}
                hidden={{ goalId: goal.id }}
                fields={indicatorFields(t, forums, null)}
                fieldsClassName="grid gap-x-4 sm:grid-cols-2"
                submitLabel={t("agreements.indicator.create")}
              />
            </Panel>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
