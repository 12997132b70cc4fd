import Link from "next/link";
import { FormField } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { coverageKey, getCoverage } from "@/lib/domain/offers/get-coverage";
import { listGeography } from "@/lib/domain/offers/list-municipalities";
import { firstValues } from "@/lib/validation/primitives";
import { BadgeWarning, Banner, Button, Caption, H1, TextLink, Th } from "@/components/ui";

export const generateMetadata = titled("offers.coverage.title");

/**
 * Coverage (public): per municipality or region, risk factors × diagnoses with the fresh, published
 * offers available in each cell; gaps highlighted. The area is chosen in a GET form (?kommune= or ?region=).
 */
export default async function CoveragePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = firstValues(await searchParams);
  const [{ t, locale }, geography, coverage] = await Promise.all([getTranslator(), listGeography(), getCoverage(params)]);
  const rowLabel = (r: string | null) => (r ? t.key(`offers.riskFactor.${r}`) : t("offers.coverage.noRiskFactor"));
  const columnLabel = (c: string | null) => (c ? t.key(`offers.diagnosis.${c}`) : t("offers.coverage.general"));

  return (
    <div className="space-y-6">
      <div>
        <H1>{t("offers.coverage.title")}</H1>
        <p className="mt-2 max-w-3xl text-slate-800">{t("offers.coverage.intro")}</p>
      </div>

      <form method="get" action="/tilbud/daekning" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <fieldset>
          <legend className="mb-2 font-semibold text-slate-900">{t("offers.coverage.choose")}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <FormField
              as="select"
              name="kommune"
              label={t("offers.coverage.municipality")}
              defaultValue={coverage?.area.kind === "municipality" ? coverage.area.code : ""}
              placeholder={t("offers.coverage.none")}
              options={geography.municipalities.map((m) => ({ value: m.code, label: m.name }))}
              state={IDLE}
            />
            <FormField
              as="select"
              name="region"
              label={t("offers.coverage.region")}
              defaultValue={coverage?.area.kind === "region" ? coverage.area.code : ""}
              placeholder={t("offers.coverage.none")}
              options={geography.regions.map((r) => ({ value: r.code, label: r.name }))}
              state={IDLE}
            />
          </div>
        </fieldset>
        <Button type="submit">
          {t("offers.coverage.show")}
        </Button>
      </form>

      {coverage ? (
        <section aria-labelledby="daekning-tabel" className="space-y-3">
          <p className="text-slate-800">{t("offers.coverage.legend")}</p>
          {coverage.staleCount > 0 ? <Banner as="p" tone="info">{t("offers.coverage.staleExcluded", { count: formatNumber(coverage.staleCount, locale) })}</Banner> : null}
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse bg-white text-left text-sm shadow-sm">
              <Caption id="daekning-tabel">
                {t("offers.coverage.caption", { area: coverage.area.name })}
              </Caption>
              <thead>
                <tr>
                  <td className="border-b-2 border-slate-300 px-3 py-2" />
                  {coverage.columns.map((c) => (
                    <Th key={c ?? "-"} scope="col">
                      {columnLabel(c)}
                    </Th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {coverage.rows.map((r) => (
                  <tr key={r ?? "-"}>
                    <Th scope="row" className="border-b border-slate-200 bg-slate-50">
                      {rowLabel(r)}
                    </Th>
                    {coverage.columns.map((c) => {
                      if (r === null && c === null) {
                        return (
                          <td key="-" className="border border-slate-200 px-3 py-2 text-slate-700">
                            {t("offers.coverage.notApplicable")}
                          </td>
                        );
                      }
                      const cell = coverage.cells[coverageKey(r, c)];
                      const gap = cell.covered < coverage.municipalityCount;
                      return (
                        <td key={c ?? "-"} className={`border border-slate-200 px-3 py-2 align-top ${cell.covered === 0 ? "bg-amber-50" : ""}`}>
                          {cell.covered === 0 ? <BadgeWarning>{t("offers.coverage.gap")}</BadgeWarning> : null}
                          {coverage.area.kind === "region" ? (
                            <p className={gap ? "font-semibold text-amber-900" : "text-slate-800"}>
                              {t("offers.coverage.coveredOf", { covered: cell.covered, total: coverage.municipalityCount })}
                            </p>
                          ) : null}
                          {cell.offers.length ? (
                            <ul className="mt-1 space-y-1">
                              {cell.offers.slice(0, 5).map((o) => (
                                <li key={o.id}>
                                  <TextLink as={Link} href={`/tilbud/${o.id}`}>
                                    {o.title}
                                  </TextLink>
                                  {coverage.area.kind === "region" ? <span className="text-slate-700"> ({o.ownerName})</span> : null}
                                </li>
                              ))}
                              {cell.offers.length > 5 ? <li className="text-slate-700">+ {cell.offers.length - 5}</li> : null}
                            </ul>
                          ) : null}
                          {coverage.area.kind === "region" && gap && cell.covered > 0 ? (
                            <p className="mt-1 text-xs text-slate-800">{t("offers.coverage.missingIn", { names: cell.missing.join(", ") })}</p>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
