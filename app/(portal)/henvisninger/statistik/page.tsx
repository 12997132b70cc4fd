import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { referralStatistics, SUPPRESS_BELOW, type StatisticsRow } from "@/lib/domain/referrals/referral-statistics";
import { ForbiddenError, InvalidError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/config";
import { FormField } from "@/components/forms/form-field";
import { buttonSecondary, caption, h1, intro, panel, table, td, th } from "../_components/styles";
import { first } from "@/lib/validation/primitives";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("referrals.statistics.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Figures({ row, t, locale }: { row: StatisticsRow; t: Translate; locale: AppLocale }) {
  const pct = (v: number | null) => (v === null ? "–" : `${formatNumber(v * 100, locale, 0)} %`);
  const days = (v: number | null) => (v === null ? "–" : formatNumber(v, locale, 1));
  return (
    <>
      <td className={`${td} text-right`}>{row.suppressed ? t("referrals.statistics.suppressed", { min: SUPPRESS_BELOW }) : formatNumber(row.referrals ?? 0, locale, 0)}</td>
      <td className={`${td} text-right`}>{pct(row.acceptanceRate)}</td>
      <td className={`${td} text-right`}>{days(row.medianWorkingDaysToReceipt)}</td>
      <td className={`${td} text-right`}>{days(row.medianWorkingDaysToDecision)}</td>
      <td className={`${td} text-right`}>{pct(row.overdueShare)}</td>
      <td className={`${td} text-right`}>{pct(row.closingStatusReturnRate)}</td>
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
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));

  return (
    <div>
      <h1 className={h1}>{t("referrals.statistics.title")}</h1>
      <p className={intro}>{t("referrals.statistics.intro", { min: SUPPRESS_BELOW })}</p>

      <form method="get" action="/henvisninger/statistik" aria-labelledby="stats-filters" className={panel}>
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
        <button type="submit" className={buttonSecondary}>
          {t("referrals.statistics.apply")}
        </button>
      </form>

      {stats.rows.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("referrals.statistics.noData")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={table}>
            <caption className={caption}>{t("referrals.statistics.caption", { year: stats.year, region: stats.region?.name ?? "" })}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>{t("referrals.statistics.municipality")}</th>
                <th scope="col" className={th}>{t("referrals.statistics.month")}</th>
                <th scope="col" className={`${th} text-right`}>{t("referrals.statistics.referrals")}</th>
                <th scope="col" className={`${th} text-right`}>{t("referrals.statistics.acceptance")}</th>
                <th scope="col" className={`${th} text-right`}>{t("referrals.statistics.toReceipt")}</th>
                <th scope="col" className={`${th} text-right`}>{t("referrals.statistics.toDecision")}</th>
                <th scope="col" className={`${th} text-right`}>{t("referrals.statistics.overdue")}</th>
                <th scope="col" className={`${th} text-right`}>{t("referrals.statistics.closingReturn")}</th>
              </tr>
            </thead>
            <tbody>
              {stats.rows.map((row) => (
                <tr key={`${row.municipalityId}-${row.month ?? "total"}`} className={row.month === null ? "bg-slate-100 font-semibold" : undefined}>
                  <th scope="row" className={`${td} text-left ${row.month === null ? "font-semibold" : "font-normal"}`}>
                    {row.municipalityName}
                  </th>
                  <td className={td}>{row.month === null ? t("referrals.statistics.total") : t.key(`referrals.statistics.monthName.${row.month}`)}</td>
                  <Figures row={row} t={t} locale={locale} />
                </tr>
              ))}
            </tbody>
          </table>
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
