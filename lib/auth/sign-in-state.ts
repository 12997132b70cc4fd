/**
 * What the sign-in page shows depends on three query parameters only — where to go afterwards
 * (`next`), why the visitor was signed out (`udlogget`), and a failure next-auth sent back (`error`) —
 * and on the language. Their canonical form (invalid values dropped, fixed order) is the key of one
 * cached sign-in page per state (app/(cached)/logind/[key], routed by proxy.ts for visitors without a
 * session). Pure: used by proxy.ts, the cached page and tests. docs/decisions/019-one-cached-page-per-request-state.md.
 */
import type { AppLocale } from "@/lib/i18n/config";
import { decodePageKey, encodePageKey } from "@/lib/http/page-key";
import { SIGN_IN_PATH, safeNextPath } from "./next-path";

const SIGNED_OUT = ["adgangskode", "alle"] as const;
export type SignedOutReason = (typeof SIGNED_OUT)[number];

export type SignInState = {
  /** Where to go after signing in ("/" when nothing or nothing safe was asked for). */
  next: string;
  /** Sent here after ending every session (a password change, "sign out everywhere"). */
  signedOut: SignedOutReason | null;
  /** A failure next-auth sent back: an unknown single-sign-on user, or anything else. */
  error: "AccessDenied" | "other" | null;
};

/** The state a sign-in URL's query asks for (the first value of each parameter). */
export function signInState(query: URLSearchParams): SignInState {
  const udlogget = query.get("udlogget");
  const error = query.get("error");
  return {
    next: safeNextPath(query.get("next")),
    signedOut: SIGNED_OUT.find((reason) => reason === udlogget) ?? null,
    error: error ? (error === "AccessDenied" ? "AccessDenied" : "other") : null,
  };
}

/** The canonical query of a sign-in URL: only what changes the page, in a fixed order. */
export function canonicalSignInQuery(query: URLSearchParams): string {
  const state = signInState(query);
  const canonical = new URLSearchParams();
  if (state.next !== "/") canonical.set("next", state.next);
  if (state.signedOut) canonical.set("udlogget", state.signedOut);
  if (state.error) canonical.set("error", state.error);
  return canonical.toString();
}

/** The path of the cached sign-in page for a sign-in URL's query in `locale`. */
export function signInPagePath(locale: AppLocale, query: URLSearchParams): string {
  return `${SIGN_IN_PATH}/${encodePageKey(locale, canonicalSignInQuery(query))}`;
}

/** A sign-in page's key back to its language and state; null when proxy.ts could not have made it. */
export function readSignInPageKey(key: string): { locale: AppLocale; state: SignInState } | null {
  const decoded = decodePageKey(key, canonicalSignInQuery);
  return decoded ? { locale: decoded.locale, state: signInState(decoded.query) } : null;
}
