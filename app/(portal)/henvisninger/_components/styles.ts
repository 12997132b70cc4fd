/** Classes shared by the referral pages (one look, one place). Contrast checked against WCAG AA. */
export const h1 = "mb-2 text-3xl font-semibold text-slate-900";
export const h2 = "mb-3 text-xl font-semibold text-slate-900";
export const intro = "mb-6 max-w-3xl text-slate-800";
export const panel = "mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
export const buttonPrimary = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70";
export const buttonSecondary = "inline-block rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";
export const buttonDanger = "rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70";
export const link = "font-medium text-brand-700 underline hover:text-brand-800";
export const table = "w-full border-collapse bg-white text-left text-sm shadow-sm";
export const caption = "mb-2 text-left text-base font-semibold text-slate-900";
export const th = "border-b-2 border-slate-300 px-3 py-2 font-semibold text-slate-900";
export const td = "border-b border-slate-200 px-3 py-2 align-top";
export const dl = "grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,16rem)_1fr]";
export const dt = "font-semibold text-slate-900";
export const dd = "text-slate-800 whitespace-pre-line";
/**
 * The worklist tables: cell and link styles set once on the table (descendant variants) instead of
 * on each of 50 × 7 cells — the class strings are sent twice per row (HTML and the RSC payload).
 */
export const listTable =
  "w-full border-collapse bg-white text-left text-sm shadow-sm [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2 [&_th]:align-top [&_thead_th]:border-b-2 [&_thead_th]:border-slate-300 [&_thead_th]:font-semibold [&_tbody_th]:border-b [&_tbody_th]:border-slate-200 [&_tbody_th]:whitespace-nowrap [&_tbody_a]:font-medium [&_tbody_a]:text-brand-700 [&_tbody_a]:underline";
