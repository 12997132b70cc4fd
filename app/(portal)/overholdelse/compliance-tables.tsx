import Link from "next/link";
import type { ComplianceCell, ComplianceView, ObligationSource } from "@/lib/domain/compliance/compliance-view";
import { COMPLIANCE_OBLIGATIONS, COMPLIANCE_SUPPRESS_BELOW } from "@/lib/rules/compliance";
import type { Translate } from "@/lib/i18n/translate";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { BadgeWarning, DataTable, H2, Muted, Panel, TextLink } from "@/components/ui";
import { sectionAnchor } from "../../(public)/aftaler/_components/agreement-document";

const percent = (share: number, locale: AppLocale) => `${formatNumber(share * 100, locale, 0)} %`;

/** The obligation's text in the agreement in force: its section (the stable number) in the reading view. */
const sourceHref = (source: ObligationSource) => `/aftaler/${encodeURIComponent(source.agreementId)}/v/${source.versionNumber}#${sectionAnchor(source.sectionNumber)}`;

/** A figure, linked to the obligation that sets its deadline (the link's name says which, for a screen reader). */
function Figure({ cell, source, t, locale }: { cell: ComplianceCell; source: ObligationSource | null; t: Translate; locale: AppLocale }) {
  if (cell.suppressed) return <Muted as="span">{t("compliance.suppressed", { min: COMPLIANCE_SUPPRESS_BELOW })}</Muted>;
  if (cell.share === null || cell.assessed === null) return <>–</>;
  const missed = cell.assessed - (cell.met ?? 0);
  const figure = t("compliance.cell", { share: percent(cell.share, locale), count: formatNumber(cell.assessed, locale, 0) });
  return (
    <span className="tabular-nums">
      {source ? (
        <TextLink as={Link} href={sourceHref(source)}>
          {figure}
          <span className="sr-only"> {t("compliance.figure.source", { number: source.sectionNumber, obligation: source.obligationNumber })}</span>
        </TextLink>
      ) : (
        figure
      )}
      {missed > 0 ? <BadgeWarning className="ml-2">{t("compliance.missed", { count: missed })}</BadgeWarning> : null}
    </span>
  );
}

/**
 * The compliance figures: per obligation a table of the responsible organisations by quarter and for
 * the year (stacking on narrow screens), with the link to the obligation's text in the agreement.
 * Shared by the page and its print view.
 */
export function ComplianceTables({ view, t, locale }: { view: ComplianceView; t: Translate; locale: AppLocale }) {
  if (view.rows.length === 0) return <p className="rounded-md border border-slate-200 bg-white p-4">{t("compliance.noData")}</p>;
  return (
    <>
      <Panel as="section" aria-labelledby="worst" className="mb-6">
        <H2 id="worst">{t("compliance.worst.title")}</H2>
        <p className="mb-2 text-slate-700">{t("compliance.worst.intro")}</p>
        {view.worst.length === 0 ? <p>{t("compliance.worst.none")}</p> : null}
        <ol className="list-decimal space-y-1 pl-6">
          {view.worst.map((r) => (
            <li key={`${r.obligation}-${r.organisationId}`}>
              {t("compliance.worst.item", {
                obligation: t.key(`compliance.obligation.${r.obligation}`),
                organisation: r.organisationName,
                share: percent(r.year.share!, locale),
                count: r.year.assessed!,
              })}
            </li>
          ))}
        </ol>
      </Panel>
      {COMPLIANCE_OBLIGATIONS.map((obligation) => {
        const rows = view.rows.filter((r) => r.obligation === obligation);
        if (rows.length === 0) return null;
        const sources = view.sources[obligation] ?? [];
        const headingId = `obligation-${obligation}`;
        return (
          <section key={obligation} aria-labelledby={headingId} className="mb-8">
            <H2 id={headingId}>{t.key(`compliance.obligation.${obligation}`)}</H2>
            {sources.length === 0 ? (
              <p className="mb-2">
                <Muted as="span">{t("compliance.source.none")}</Muted>
              </p>
            ) : (
              <ul className="mb-2 space-y-1">
                {sources.map((source) => (
                  <li key={`${source.sectionNumber}-${source.obligationNumber}`}>
                    <TextLink as={Link} href={sourceHref(source)}>
                      {`${t("compliance.source.obligation", { number: source.sectionNumber, obligation: source.obligationNumber })}: ${source.sectionTitle}`}
                    </TextLink>{" "}
                    {sources.length > 1 ? t("compliance.source.party", { party: t.key(`agreements.party.${source.responsibleParty}`) }) : null}
                  </li>
                ))}
              </ul>
            )}
            <DataTable
              caption={t("compliance.caption", { year: view.year, region: view.forum?.name ?? view.region?.name ?? "" })}
              rows={rows}
              rowKey={(r) => r.organisationId}
              columns={[
                { header: t("compliance.col.organisation"), rowHeader: true, cell: (r) => r.organisationName },
                ...[0, 1, 2, 3].map((q) => ({ header: `Q${q + 1}`, cell: (r: (typeof rows)[number]) => <Figure cell={r.quarters[q]} source={r.source} t={t} locale={locale} /> })),
                { header: t("compliance.col.year"), cell: (r) => <Figure cell={r.year} source={r.source} t={t} locale={locale} /> },
              ]}
            />
          </section>
        );
      })}
      <details className="mt-6 rounded-md border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{t("compliance.definitions")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
          <li>{t("compliance.def.period")}</li>
          <li>{t("compliance.def.assessed")}</li>
          <li>{t("compliance.def.responsible")}</li>
        </ul>
      </details>
    </>
  );
}
