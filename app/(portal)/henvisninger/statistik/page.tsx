import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { referralStatistics, SUPPRESS_BELOW, type StatisticsRow } from "@/lib/domain/referrals/referral-statistics";
import { ForbiddenError, InvalidError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";
import { getTranslator, titled } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/config";
import { FormField } from "@/components/ui/field";
import { first } from "@/lib/validation/primitives";
import { Button, Caption, H1, Intro, Panel, Table, Td, Th } from "@/components/ui";
import { danishYear } from "@/lib/calendar/copenhagen";

export const generateMetadata = titled("referrals.statistics.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Figures({ row, t, locale }: { row: StatisticsRow; t: Translate; locale: AppLocale }) {
  const pct = (v: number | null) => (v === null ? "–" : `${formatNumber(v * 100, locale, 0)} %`);
  const days = (v: number | null) => (v === null ? "–" : formatNumber(v, locale, 1));
  return (
    <>
      <Td className="text-right">{row.suppressed ? t("referrals.statistics.suppressed", { min: SUPPRESS_BELOW }) : formatNumber(row.referrals ?? 0, locale, 0)}</Td>
      <Td className="text-right">{pct(row.acceptanceRate)}</Td>
      <Td className="text-right">{days(row.medianWorkingDaysToReceipt)}</Td>
      <Td className="text-right">{days(row.medianWorkingDaysToDecision)}</Td>
      <Td className="text-right">{pct(row.overdueShare)}</Td>
      <Td className="text-right">{pct(row.closingStatusReturnRate)}</Td>
    </>
  );
}

/**
 * /henvisninger/statistik — the committee view: aggregates per receiving municipality and month,
 * never a referral or a person. Small counts are suppressed by the domain query.
 */
export default async function ReferralStatisticsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/henvisninger/statistik");
  const { t, locale } = await getTranslator();
  const params = await searchParams;
  const input = { regionId: first(params.region) ?? "", year: first(params.aar) ?? "", municipalityId: first(params.kommune) ?? "" };
  const stats = await referralStatistics(actor, input)
    .catch((error: unknown) => {
      if (error instanceof InvalidError) return referralStatistics(actor, {}); // a hand-edited URL: the defaults
      throw error;
    })
    .catch((error: unknown) => {
      if (error instanceof ForbiddenError) notFound(); // no right to the figures: the same answer as a missing page
      throw error;
    });
  const thisYear = danishYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));

  return (
    <div>
      <H1 className="mb-2">{t("referrals.statistics.title")}</H1>
      <Intro>{t("referrals.statistics.intro", { min: SUPPRESS_BELOW })}</Intro>

      <Panel as="form" method="get" action="/henvisninger/statistik" aria-labelledby="stats-filters" className="mb-6">
        <h2 id="stats-filters" className="mb-3 text-lg font-semibold">
          {t("referrals.statistics.filters")}
        </h2>
        <div className="grid gap-x-4 md:grid-cols-3">
          <FormField as="select" name="region" label={t("referrals.statistics.region")} options={stats.regions.map((r) => ({ value: r.id, label: r.name }))} defaultValue={stats.region?.id ?? ""} state={IDLE} />
          <FormField as="select" name="aar" label={t("referrals.statistics.year")} options={years.map((y) => ({ value: y, label: y }))} defaultValue={String(stats.year)} state={IDLE} />
          <FormField
            as="select"
            name="kommune"
            label={t("referrals.statistics.municipality")}
            placeholder={t("referrals.statistics.allMunicipalities")}
            options={stats.municipalities.map((m) => ({ value: m.id, label: m.name }))}
            defaultValue={stats.municipalityId ?? ""}
            state={IDLE}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("referrals.statistics.apply")}
        </Button>
      </Panel>

      {stats.rows.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("referrals.statistics.noData")}</p>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Caption>{t("referrals.statistics.caption", { year: stats.year, region: stats.region?.name ?? "" })}</Caption>
            <thead>
              <tr>
                <Th scope="col">{t("referrals.statistics.municipality")}</Th>
                <Th scope="col">{t("referrals.statistics.month")}</Th>
                <Th scope="col" className="text-right">{t("referrals.statistics.referrals")}</Th>
                <Th scope="col" className="text-right">{t("referrals.statistics.acceptance")}</Th>
                <Th scope="col" className="text-right">{t("referrals.statistics.toReceipt")}</Th>
                <Th scope="col" className="text-right">{t("referrals.statistics.toDecision")}</Th>
                <Th scope="col" className="text-right">{t("referrals.statistics.overdue")}</Th>
                <Th scope="col" className="text-right">{t("referrals.statistics.closingReturn")}</Th>
              </tr>
            </thead>
            <tbody>
              {stats.rows.map((row) => (
                <tr key={`${row.municipalityId}-${row.month ?? "total"}`} className={row.month === null ? "bg-slate-100 font-semibold" : undefined}>
                  <th scope="row" className={`border-b border-slate-200 px-3 py-2 align-top text-left ${row.month === null ? "font-semibold" : "font-normal"}`}>
                    {row.municipalityName}
                  </th>
                  <Td>{row.month === null ? t("referrals.statistics.total") : t.key(`referrals.statistics.monthName.${row.month}`)}</Td>
                  <Figures row={row} t={t} locale={locale} />
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}

      <details className="mt-6 rounded-md border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{t("referrals.statistics.definitions")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
          <li>{t("referrals.statistics.def.month")}</li>
          <li>{t("referrals.statistics.def.acceptance")}</li>
          <li>{t("referrals.statistics.def.days")}</li>
          <li>{t("referrals.statistics.def.overdue")}</li>
          <li>{t("referrals.statistics.def.closing")}</li>
        </ul>
      </details>
    </div>
  );
}
