/**
 * Where to go after signing in. Only a same-site relative path is accepted (`/aftaler?x=1`), never
 * an absolute or protocol-relative URL (`https://evil.example`, `//evil.example`, `/\evil.example`):
 * otherwise the sign-in page would be an open redirect that lends our domain to phishing.
 * Pure: used by the sign-in action, requireActor() and tests.
 */
export const SIGN_IN_PATH = "/logind";

export function safeNextPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/")) return fallback;
  // `//host` and `/\host` are read by browsers as another host.
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters (tabs, newlines) are stripped by browsers and can turn `/\t/host` into `//host`.
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  // Going back to the sign-in page after signing in would loop.
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`) || value.startsWith(`${SIGN_IN_PATH}/`)) return fallback;
  return value;
}

/** The sign-in page URL that returns to `path` afterwards. */
export function signInUrl(path?: string | null): string {
  const next = safeNextPath(path, "");
  return next && next !== "/" ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}
