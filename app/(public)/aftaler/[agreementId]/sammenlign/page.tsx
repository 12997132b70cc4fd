import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { compareVersions } from "@/lib/domain/agreements/compare-versions";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import type { ObligationChange, ObligationField, ObligationSnapshot, SectionChange } from "@/lib/domain/agreements/diff";
import { getTranslator, titled } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { notFound } from "next/navigation";
import { first, orNotFound, type SearchParams } from "@/lib/pages/or-not-found";
import { DiffView, diffLabels, type DiffLabels } from "../../_components/diff-view";
import { deadlineText } from "../../_components/labels";
import { Button, H1, H2, Panel, Table, Td, TextLink, Th } from "@/components/ui";

type Params = Promise<{ agreementId: string }>;

export const generateMetadata = titled("agreements.compare.title");

const STATUS_CLASS = { added: "border-green-700 bg-green-50 text-green-900", removed: "border-red-700 bg-red-50 text-red-900", changed: "border-sky-700 bg-sky-50 text-sky-900" };

function fieldValue(t: Translate, field: ObligationField, o: ObligationSnapshot): string {
  switch (field) {
    case "responsibleParty":
      return t.key(`agreements.party.${o.responsibleParty}`);
    case "deadline":
      return deadlineText(t, o.deadlineAmount, o.deadlineUnit);
    case "modality":
      return t.key(`agreements.modality.${o.modality}`);
    case "channel":
      return o.channel ? t.key(`agreements.channel.${o.channel}`) : "–";
    case "referralMilestone":
      return o.referralMilestone ? t.key(`agreements.milestone.${o.referralMilestone}`) : "–";
    case "section":
      return o.sectionNumber;
    case "source":
      return o.source ?? "–";
    case "action":
      return o.action;
    case "trigger":
      return o.trigger;
  }
}

function ObligationChangeCard({ change, t, labels }: { change: ObligationChange; t: Translate; labels: DiffLabels }) {
  const o = (change.after ?? change.before)!;
  return (
    <Panel as="li">
      <h3 className="text-lg font-semibold">
        <span className={`mr-2 inline-block rounded border px-2 py-0.5 text-sm ${STATUS_CLASS[change.status]}`}>{t(`agreements.change.${change.status}`)}</span>
        {t("agreements.compare.obligationIn", { number: o.sectionNumber })}: {t.key(`agreements.party.${o.responsibleParty}`)} {t.key(`agreements.modality.${o.modality}`)} {o.action}
      </h3>
      {change.status === "changed" ? (
        <Table className="mt-3">
          <caption className="sr-only">{t("agreements.compare.fieldsCaption")}</caption>
          <thead>
            <tr>
              <Th scope="col">{t("agreements.compare.field")}</Th>
              <Th scope="col">{t("agreements.compare.before")}</Th>
              <Th scope="col">{t("agreements.compare.after")}</Th>
            </tr>
          </thead>
          <tbody>
            {change.changedFields.map((field) => (
              <tr key={field}>
                <Td as="th" scope="row" className="font-semibold">{t(`agreements.obligationField.${field}`)}</Td>
                {field === "action" && change.actionDiff ? (
                  <Td colSpan={2}>
                    <DiffView parts={change.actionDiff} labels={labels} />
                  </Td>
                ) : field === "trigger" && change.triggerDiff ? (
                  <Td colSpan={2}>
                    <DiffView parts={change.triggerDiff} labels={labels} />
                  </Td>
                ) : (
                  <>
                    <Td>
                      <del className="bg-red-100 text-red-900 line-through">
                        <span className="sr-only">[{labels.removed}] </span>
                        {fieldValue(t, field, change.before!)}
                      </del>
                    </Td>
                    <Td>
                      <ins className="bg-green-100 text-green-900 underline">
                        <span className="sr-only">[{labels.added}] </span>
                        {fieldValue(t, field, change.after!)}
                      </ins>
                    </Td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p className="mt-2 text-slate-900">
          {t("agreements.obligation.trigger")}: {o.trigger} · {t("agreements.obligation.deadline")}: {deadlineText(t, o.deadlineAmount, o.deadlineUnit)} ·{" "}
          {t("agreements.obligation.channel")}: {o.channel ? t.key(`agreements.channel.${o.channel}`) : "–"}
        </p>
      )}
    </Panel>
  );
}

function SectionChangeCard({ change, t, labels }: { change: SectionChange; t: Translate; labels: DiffLabels }) {
  const s = (change.after ?? change.before)!;
  return (
    <Panel as="li">
      <h3 className="text-lg font-semibold">
        <span className={`mr-2 inline-block rounded border px-2 py-0.5 text-sm ${STATUS_CLASS[change.status]}`}>{t(`agreements.change.${change.status}`)}</span>
        {s.number} {s.title}
      </h3>
      {change.status === "changed" ? (
        <p className="mt-1 text-sm text-slate-800">
          {t("agreements.compare.changedFields")}: {change.changedFields.map((f) => t(`agreements.sectionField.${f}`)).join(", ")}
        </p>
      ) : null}
      {change.changedFields.includes("number") ? (
        <p className="mt-1 text-sm">
          {t("agreements.sectionField.number")}: <del>{change.before?.number}</del> → <ins>{change.after?.number}</ins>
        </p>
      ) : null}
      {change.titleDiff ? (
        <div className="mt-2">
          <p className="text-sm font-semibold">{t("agreements.sectionField.title")}</p>
          <DiffView parts={change.titleDiff} labels={labels} />
        </div>
      ) : null}
      {change.bodyDiff && change.bodyDiff.length > 0 ? (
        <div className="mt-2">
          <p className="text-sm font-semibold">{t("agreements.sectionField.body")}</p>
          <DiffView parts={change.bodyDiff} labels={labels} />
        </div>
      ) : null}
    </Panel>
  );
}

/** Two versions of an agreement side by side: changed obligations first, then changed text. */
export default async function CompareVersionsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { agreementId } = await params;
  const query = await searchParams;
  const actor = await getActor();
  const { t } = await getTranslator();
  const agreement = (await listAgreements(actor)).regions.flatMap((r) => r.agreements).find((a) => a.id === agreementId);
  if (!agreement) notFound();
  const numbers = agreement.versions.map((v) => v.number);
  const to = Number(first(query.til) ?? numbers.at(-1));
  const from = Number(first(query.fra) ?? numbers.filter((n) => n < to).at(-1) ?? to);
  const base = `/aftaler/${encodeURIComponent(agreement.id)}`;
  const versionOptions = agreement.versions.map((v) => ({ value: String(v.number), label: t("agreements.version.short", { number: v.number, label: v.label }) }));
  const labels = diffLabels(t);
  const result = numbers.length > 1 ? await orNotFound(compareVersions(actor, { agreementId, from, to })) : null;
  const c = result?.comparison;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p>
          <TextLink as={Link} href={base}>
            {agreement.title}
          </TextLink>
        </p>
        <H1>{t("agreements.compare.title")}</H1>
        <p className="max-w-3xl text-slate-800">{t("agreements.compare.intro")}</p>
      </div>
      {!result || !c ? (
        <p>{t("agreements.compare.onlyOne")}</p>
      ) : (
        <>
          <form method="get" className="flex flex-wrap items-end gap-4">
            <FormField as="select" name="fra" label={t("agreements.compare.from")} options={versionOptions} defaultValue={String(result.from.number)} state={IDLE} />
            <FormField as="select" name="til" label={t("agreements.compare.to")} options={versionOptions} defaultValue={String(result.to.number)} state={IDLE} />
            <Button type="submit" className="mb-[1.6rem]">
              {t("agreements.compare.submit")}
            </Button>
          </form>
          <p className="text-slate-900" role="status">
            {t("agreements.compare.summary", {
              from: result.from.label,
              to: result.to.label,
              obligations: c.obligations.length,
              sections: c.sections.length,
            })}
          </p>

          <section aria-labelledby="obligation-changes">
            <H2 id="obligation-changes">
              {t("agreements.compare.obligations", { count: c.obligations.length })}
            </H2>
            {c.obligations.length === 0 ? (
              <p>{t("agreements.compare.noObligationChanges")}</p>
            ) : (
              <ul className="space-y-4">
                {c.obligations.map((change) => (
                  <ObligationChangeCard key={change.lineageId} change={change} t={t} labels={labels} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="text-changes">
            <H2 id="text-changes">
              {t("agreements.compare.sections", { count: c.sections.length })}
            </H2>
            {c.sections.length === 0 ? (
              <p>{t("agreements.compare.noSectionChanges")}</p>
            ) : (
              <ul className="space-y-4">
                {c.sections.map((change) => (
                  <SectionChangeCard key={change.lineageId} change={change} t={t} labels={labels} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
