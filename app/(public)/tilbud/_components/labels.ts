import type { Translate } from "@/lib/i18n/translate";
import { formatNumber } from "@/lib/i18n/format";
import { languageName } from "@/lib/offers/vocabulary";

/** Display labels for the offer vocabulary (messages in lib/i18n/messages/offers.ts). */
export const labelOf = (t: Translate, kind: "riskFactor" | "diagnosis" | "format" | "route" | "capacity" | "status" | "scope" | "orientation", value: string) =>
  t.key(`offers.${kind}.${value}`);

export const labelsOf = (t: Translate, kind: Parameters<typeof labelOf>[1], values: readonly string[]) => values.map((v) => labelOf(t, kind, v)).join(", ");

export const languagesOf = (codes: readonly string[], locale: "da" | "en") => codes.map((c) => languageName(c, locale)).join(", ");

export function ageText(t: Translate, min: number | null, max: number | null, locale: "da" | "en"): string {
  if (min != null && max != null) return t("offers.page.ageRange", { min: formatNumber(min, locale), max: formatNumber(max, locale) });
  if (min != null) return t("offers.page.ageFrom", { min: formatNumber(min, locale) });
  if (max != null) return t("offers.page.ageTo", { max: formatNumber(max, locale) });
  return t("offers.page.ageAll");
}

