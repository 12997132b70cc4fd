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
/** A list of plain <a> links with TextLink's look, set once on the list (a long table of contents). */
export const LinkList = element("ul", "[&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline [&_a:hover]:text-brand-800", "LinkList");
/** Rendered Markdown (section bodies): its look is the class `prose-body` of app/globals.css — one class, not 30 per body. */
export const Prose = element("div", "prose-body", "Prose");
export const Panel = element("section", "rounded-lg border border-slate-200 bg-white p-4 shadow-sm", "Panel");
export const Dl = element("dl", "grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,16rem)_1fr]", "Dl");
export const Dt = element("dt", "font-semibold text-slate-900", "Dt");
export const Dd = element("dd", "whitespace-pre-line text-slate-800", "Dd");
