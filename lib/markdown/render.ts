/**
 * Markdown → HTML for agreement text (section bodies, mandates), with `marked`.
 *
 * Policy (docs/decisions/008-diff-and-markdown.md): agreement text is written by many people and
 * shown to the public, so the output may contain only what Markdown itself produces.
 * - Raw HTML is never passed through: html tokens (block and inline) are rendered as escaped text.
 * - Links only to http(s) and mailto. Anything else (javascript:, data:, vbscript:, relative and
 *   protocol-relative URLs, entity-obfuscated schemes) is rendered as its text, without a link.
 * - Images are not part of agreement text: an image is rendered as its alternative text.
 * - Headings in a body are shifted below the section's own heading (`headingOffset`), so the page
 *   keeps one h1 and an unbroken heading order (WCAG 1.3.1).
 *
 * Pure and synchronous: safe on the server and in tests.
 */
import { Marked, type Tokens } from "marked";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** http://, https:// or mailto: — checked on the literal string, so encoded schemes never pass. */
const SAFE_HREF = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;
// C0 controls and DEL: browsers strip some of them inside schemes ("java\tscript:").
const CONTROL = /[\u0000-\u001f\u007f]/;

export function isSafeHref(href: string | null | undefined): href is string {
  if (!href) return false;
  const value = href.trim();
  return SAFE_HREF.test(value) && !CONTROL.test(value);
}

export type RenderOptions = {
  /** Body headings start below this level: with 2, "# x" becomes <h3>. Default 0 (no shift). */
  headingOffset?: number;
};

const instances = new Map<number, Marked>();

function instance(headingOffset: number): Marked {
  const existing = instances.get(headingOffset);
  if (existing) return existing;
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag): string {
        const text = escapeHtml(token.text);
        return "block" in token && token.block ? `<p>${text}</p>\n` : text;
      },
      link(token: Tokens.Link): string {
        const text = this.parser.parseInline(token.tokens);
        if (!isSafeHref(token.href)) return text;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
        const external = /^https?:/i.test(token.href.trim()) ? ' rel="noopener noreferrer nofollow"' : "";
        return `<a href="${escapeHtml(token.href.trim())}"${title}${external}>${text}</a>`;
      },
      image(token: Tokens.Image): string {
        return escapeHtml(token.text);
      },
      heading(token: Tokens.Heading): string {
        const depth = Math.min(6, token.depth + headingOffset);
        return `<h${depth}>${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
      },
    },
  });
  instances.set(headingOffset, marked);
  return marked;
}

/** Renders agreement Markdown to safe HTML (see the policy above). */
export function renderMarkdown(source: string | null | undefined, options: RenderOptions = {}): string {
  if (!source) return "";
  const offset = Math.max(0, Math.min(5, Math.trunc(options.headingOffset ?? 0)));
  return instance(offset).parse(source, { async: false }) as string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/**
 * The text a reader sees of agreement Markdown: rendered by the same renderer as the public page,
 * then without tags — paragraphs, headings and list items on their own lines, list items with a
 * bullet. What the version diff compares, so a change shows as the words that changed, not as `**`.
 */
export function markdownText(source: string | null | undefined): string {
  return renderMarkdown(source)
    .replace(/<li>/g, "• ")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<\/(li|tr)>\s*/g, "\n")
    .replace(/<\/(p|h[1-6]|blockquote|pre|ul|ol|table)>\s*/g, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name])
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
