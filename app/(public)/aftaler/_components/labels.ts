/**
 * How the agreement vocabulary is shown: enum values → message keys, deadlines in words. Pure, for
 * server and client components alike (they pass their own `t`).
 */
import type { Translate } from "@/lib/i18n/translate";

export function deadlineText(t: Translate, amount: number | null | undefined, unit: string | null | undefined): string {
  if (!unit) return t("agreements.deadline.none");
  if (unit === "PROFESSIONAL_JUDGEMENT") return t("agreements.unit.PROFESSIONAL_JUDGEMENT");
  if (amount == null) return t.key(`agreements.unit.${unit}`);
  return t.key(amount === 1 ? `agreements.unitOne.${unit}` : `agreements.unitMany.${unit}`, { amount });
}

export const STATUSES = ["DRAFT", "CONSULTATION", "APPROVED", "IN_FORCE", "EXPIRED", "SUPERSEDED"] as const;
export const PARTY_KINDS = ["REGION", "MUNICIPALITY", "GENERAL_PRACTICE", "JOINT"] as const;
export const DEADLINE_UNITS = ["HOURS", "CALENDAR_DAYS", "WORKING_DAYS", "WEEKS", "MONTHS", "PROFESSIONAL_JUDGEMENT"] as const;
export const MODALITIES = ["MUST", "SHOULD", "MAY", "COMMITS"] as const;
export const CHANNELS = [
  "MEDCOM_REFERRAL",
  "MEDCOM_CLOSING_NOTE",
  "MEDCOM_RECEIPT",
  "CARE_COMMUNICATION",
  "PHONE",
  "LETTER",
  "MEETING",
  "PORTAL",
  "OTHER",
] as const;
export const MILESTONES = ["RECEIPT", "DECISION", "CLOSING_STATUS"] as const;
export const AREAS = ["PREVENTION", "TREATMENT_AND_CARE", "REHABILITATION", "CROSS_CUTTING", "ORGANISATION", "IMPLEMENTATION", "GENERAL"] as const;
export const LAYERS = ["POLITICAL", "ADMINISTRATIVE", "TOOLBOX"] as const;
export const SECTION_KINDS = ["PART", "CHAPTER", "SECTION"] as const;
export const DIRECTIONS = ["INCREASE", "DECREASE", "MAINTAIN"] as const;
export const FREQUENCIES = ["MONTHLY", "QUARTERLY", "HALF_YEARLY", "ANNUAL", "ONCE"] as const;
export const ASSESSMENT_STATUSES = ["NOT_ASSESSED", "MET", "PARTLY", "MISSING"] as const;
export const GOAL_KINDS = ["GOAL", "BENCHMARK"] as const;

/** Select options for an enum, labelled through `prefix`. */
export function options(t: Translate, values: readonly string[], prefix: string) {
  return values.map((value) => ({ value, label: t.key(`${prefix}.${value}`) }));
}

/** Status badge colours, each with at least 4.5:1 contrast. */
export const STATUS_CLASS: Record<string, string> = {
  DRAFT: "bg-amber-100 text-amber-900 border-amber-700",
  CONSULTATION: "bg-violet-100 text-violet-900 border-violet-700",
  APPROVED: "bg-sky-100 text-sky-900 border-sky-700",
  IN_FORCE: "bg-green-100 text-green-900 border-green-700",
  EXPIRED: "bg-slate-200 text-slate-900 border-slate-600",
  SUPERSEDED: "bg-slate-200 text-slate-900 border-slate-600",
};
