/** Button and table classes shared by the user-administration pages (one look, one place). */
export const buttonPrimary =
  "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70";
export const buttonSecondary =
  "inline-block rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";
export const buttonDanger = "rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70";
export const buttonSmall =
  "rounded-md border border-red-700 bg-white px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70";
export const link = "font-medium text-brand-700 underline hover:text-brand-800";
export const table = "w-full border-collapse bg-white text-left text-sm shadow-sm";
export const caption = "mb-2 text-left text-base font-semibold text-slate-900";
export const th = "border-b-2 border-slate-300 px-3 py-2 font-semibold text-slate-900";
export const td = "border-b border-slate-200 px-3 py-2 align-top";
