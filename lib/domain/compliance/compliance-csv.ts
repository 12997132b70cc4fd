import "server-only";
import type { Actor } from "@/lib/rules/actor";
import type { Translate } from "@/lib/i18n/translate";
import { formatExcelNumber, serialiseExcelCsv } from "@/lib/csv/excel";
import { complianceView, type ComplianceCell } from "./compliance-view";

/**
 * The compliance view as Excel CSV (lib/csv): one line per obligation and organisation, per quarter
 * and for the year the cases assessed and the percentage met (decimal comma); suppressed cells empty.
 * The same operation as the page, so the same access rule and the same suppression.
 */
export async function complianceCsv(actor: Actor | null, input: unknown, t: Translate): Promise<{ fileName: string; csv: string }> {
  const view = await complianceView(actor, input);
  const figures = (c: ComplianceCell) => [c.assessed === null ? "" : String(c.assessed), c.share === null ? "" : formatExcelNumber(Math.round(c.share * 1000) / 10)];
  const header = [t("compliance.col.obligation"), t("compliance.col.organisation")];
  for (const period of ["Q1", "Q2", "Q3", "Q4", t("compliance.col.year")]) header.push(`${period} ${t("compliance.col.assessed")}`, `${period} ${t("compliance.col.metPercent")}`);
  const rows = view.rows.map((r) => [t.key(`compliance.obligation.${r.obligation}`), r.organisationName, ...r.quarters.flatMap(figures), ...figures(r.year)]);
  return { fileName: `overholdelse-${view.year}.csv`, csv: serialiseExcelCsv(header, rows) };
}
