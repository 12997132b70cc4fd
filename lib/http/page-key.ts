/**
 * A page's request state (its language and a canonical query) as one URL path segment, so that a page
 * whose answer depends only on that state can be rendered once and served from Next's cache (ISR) for
 * every visitor: proxy.ts rewrites `GET /tilbud?q=…` to `/tilbud/soeg/<key>` and `GET /logind?next=…`
 * to `/logind/<key>`. Pure (no Next, no database): used by proxy.ts and by the pages that read their
 * key back. docs/decisions/019-one-cached-page-per-request-state.md.
 *
 * The key is `<locale>.<base64url of the canonical query's UTF-8>` (`da.-` for no query): base64url has
 * no "." and no escaping ambiguity, and a key is refused unless re-encoding its query gives it back,
 * so one question is never cached under two keys.
 */
import { isLocale, type AppLocale } from "@/lib/i18n/config";

// A sign-in page keeps a `next` of up to 2,048 characters (lib/auth/next-path.ts), percent-encoded and then base64url.
const MAX_KEY_LENGTH = 12_000;

/** base64url of the text's UTF-8, "-" for the empty text. */
function encodeText(text: string): string {
  if (text === "") return "-";
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The text back; null when it is not base64url of valid UTF-8. */
function decodeText(encoded: string): string | null {
  if (encoded === "-") return "";
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The key of a page in `locale` for a query already in its canonical form (no "?"). */
export function encodePageKey(locale: AppLocale, canonicalQuery: string): string {
  return `${locale}.${encodeText(canonicalQuery)}`;
}

/**
 * The locale and query of a key; null unless the key is one `encodePageKey(locale, canonical(query))`
 * makes — `canonical` is the page's own canonical form of its query (it drops what the page ignores).
 */
export function decodePageKey(key: string, canonical: (query: URLSearchParams) => string): { locale: AppLocale; query: URLSearchParams } | null {
  if (key.length > MAX_KEY_LENGTH) return null;
  const dot = key.indexOf(".");
  const locale = key.slice(0, dot);
  if (dot < 0 || !isLocale(locale)) return null;
  const text = decodeText(key.slice(dot + 1));
  if (text === null) return null;
  const query = new URLSearchParams(text);
  return canonical(query) === text ? { locale, query } : null;
}

/** The language a rewritten request is rendered in: the `locale` cookie's, or Danish. */
export function pageLocale(cookieValue: string | undefined, fallback: AppLocale): AppLocale {
  return isLocale(cookieValue) ? cookieValue : fallback;
}
