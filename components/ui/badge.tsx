/** A small label in a row or a heading (status, warning). */
import { element } from "./element";

const BASE = "inline-block rounded px-2 py-0.5 text-xs font-semibold";
export const Badge = element("span", `${BASE} bg-slate-100 text-slate-800 ring-1 ring-slate-300`, "Badge");
export const BadgeInfo = element("span", `${BASE} bg-brand-50 text-brand-800 ring-1 ring-brand-100`, "BadgeInfo");
export const BadgeWarning = element("span", `${BASE} bg-amber-100 text-amber-950 ring-1 ring-amber-300`, "BadgeWarning");
export const BadgeSuccess = element("span", `${BASE} bg-green-100 text-green-900`, "BadgeSuccess");
export const BadgeDanger = element("span", `${BASE} bg-red-100 text-red-900`, "BadgeDanger");
export const BadgeNeutral = element("span", `${BASE} bg-slate-200 text-slate-900`, "BadgeNeutral");
