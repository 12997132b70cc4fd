/** Classes shared by the agreement pages (one look, one place). Contrast checked against white and slate-50. */
export const h1 = "text-3xl font-semibold text-slate-900";
export const h2 = "mb-3 text-2xl font-semibold text-slate-900";
export const link = "font-medium text-brand-700 underline hover:text-brand-800";
export const buttonPrimary = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70";
export const buttonSecondary = "inline-block rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";
export const buttonSmall = "rounded-md border border-brand-700 bg-white px-2 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60";
export const table = "w-full border-collapse bg-white text-left text-sm shadow-sm";
export const caption = "mb-2 text-left text-base font-semibold text-slate-900";
export const th = "border-b-2 border-slate-300 px-3 py-2 font-semibold text-slate-900";
export const td = "border-b border-slate-200 px-3 py-2 align-top";
export const panel = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
/** Rendered Markdown (section bodies): readable defaults without a typography plugin. */
export const prose =
  "max-w-3xl space-y-3 leading-relaxed text-slate-900 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-6";
