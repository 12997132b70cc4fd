/** Headings, intro text, links and rendered Markdown: one look for every page. Contrast checked against white and slate-50 (WCAG AA). */
import { element } from "./element";

export const H1 = element("h1", "text-2xl font-semibold text-slate-900 sm:text-3xl", "H1");
/** A section heading; `className="mt-8"` spaces it from the section above. */
export const H2 = element("h2", "mb-3 text-2xl font-semibold text-slate-900", "H2");
/** A smaller section heading (a panel's title). */
export const H2Small = element("h2", "mb-3 text-xl font-semibold text-slate-900", "H2Small");
export const H3 = element("h3", "mb-2 text-lg font-semibold text-slate-900", "H3");
export const Intro = element("p", "mb-6 max-w-3xl text-slate-800", "Intro");
export const Muted = element("p", "text-sm text-slate-700", "Muted");
/** A text link: next/link by default (`as="a"` for a plain anchor, `as="button"` for a link-looking button). */
export const TextLink = element("a", "font-medium text-brand-700 underline hover:text-brand-800", "TextLink");
/** Rendered Markdown (section bodies): readable defaults without a typography plugin. */
export const Prose = element(
  "div",
  "max-w-3xl space-y-3 leading-relaxed text-slate-900 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-6",
  "Prose",
);
export const Panel = element("section", "rounded-lg border border-slate-200 bg-white p-4 shadow-sm", "Panel");
export const Dl = element("dl", "grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,16rem)_1fr]", "Dl");
export const Dt = element("dt", "font-semibold text-slate-900", "Dt");
export const Dd = element("dd", "whitespace-pre-line text-slate-800", "Dd");
