/** Classes shared by the forum and initiative pages (one look, one place). */
export { buttonPrimary, buttonSecondary, buttonSmall, link, table, caption, th, td } from "@/components/users/styles";

export const h1 = "text-3xl font-semibold text-slate-900";
export const h2 = "mb-3 mt-8 text-2xl font-semibold text-slate-900";
export const h3 = "mb-2 mt-4 text-xl font-semibold text-slate-900";
export const panel = "rounded-md border border-slate-200 bg-white p-4 shadow-sm";
export const warning = "rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950";
export const badge = "inline-block rounded px-2 py-0.5 text-xs font-semibold";
export const badgeContinue = `${badge} bg-green-100 text-green-900`;
export const badgeWindDown = `${badge} bg-red-100 text-red-900`;
export const badgeNone = `${badge} bg-slate-200 text-slate-900`;
export const badgeWarn = `${badge} bg-amber-100 text-amber-950`;
export const muted = "text-sm text-slate-700";
