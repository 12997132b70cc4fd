/**
 * The public reading page of an agreement version (`/aftaler/<agreementId>/v/<number>`) as a cached
 * page for a visitor without a session (decision 037, after decision 019's sign-in page): proxy.ts
 * rewrites it to `/aftaleversion/<key>` (app/(cached)/aftaleversion/[key]), the key holding the
 * language, the agreement and the number. Pure (no Next, no database): used by proxy.ts and the page.
 */
import type { AppLocale } from "@/lib/i18n/config";
import { decodePageKey, encodePageKey } from "@/lib/http/page-key";

export const CACHED_VERSION_PAGE = "/aftaleversion";

// What the rewrite takes: an id as the ids are made (cuid, seed ids), a number without leading zeros.
// Anything else stays with the per-request page, which answers it as before (a 404).
const VERSION_PATH = /^\/aftaler\/([A-Za-z0-9_-]{1,100})\/v\/([1-9][0-9]{0,3})$/;

const canonical = (agreementId: string, number: string) => new URLSearchParams({ a: agreementId, v: number }).toString();

/** The agreement and number of a version's reading page path; null when `pathname` is not one the rewrite takes. */
export function readVersionPath(pathname: string): { agreementId: string; number: string } | null {
  const match = VERSION_PATH.exec(pathname);
  return match ? { agreementId: match[1], number: match[2] } : null;
}

/** The cached page's path for a request of `pathname` in `locale`; null when it is not a version's reading page. */
export function versionPagePath(locale: AppLocale, pathname: string): string | null {
  const page = readVersionPath(pathname);
  return page ? `${CACHED_VERSION_PAGE}/${encodePageKey(locale, canonical(page.agreementId, page.number))}` : null;
}

/** The language, agreement and number of a key; null unless versionPagePath could have made it. */
export function readVersionPageKey(key: string): { locale: AppLocale; agreementId: string; number: string } | null {
  const decoded = decodePageKey(key, (query) => canonical(query.get("a") ?? "", query.get("v") ?? ""));
  if (!decoded) return null;
  const agreementId = decoded.query.get("a") ?? "";
  const number = decoded.query.get("v") ?? "";
  return versionPagePath(decoded.locale, `/aftaler/${agreementId}/v/${number}`) ? { locale: decoded.locale, agreementId, number } : null;
}
