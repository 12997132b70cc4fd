/**
 * The security headers of every response (next.config.ts `headers()`; decision 026, issue 13 item 5).
 * Pure, read at build time by next.config.ts and by tests/unit/security-headers.test.ts.
 *
 * Two policies for scripts (decision 040):
 * - **Pages rendered per request** — every page that shows a signed-in user's data — get a nonce: the
 *   proxy draws one per request and sends `script-src 'nonce-…' 'strict-dynamic'` (lib/http/script-nonce.ts);
 *   Next puts the nonce on each of its scripts, and a script injected into the HTML does not run.
 * - **Pages rendered once and served to everybody** — the cached lookup, sign-in and agreement version
 *   pages (app/(cached), ISR, decision 019), the static 404 and Next's files — cannot carry a
 *   per-request nonce, and Next's inline RSC payload scripts differ per page, so hashes cannot be
 *   listed either: they keep `'self' 'unsafe-inline'` (this header, from next.config.ts).
 * What both policies give: no script, frame, form target,
 * plugin or base URL from another origin, no framing at all (frame-ancestors 'none': clickjacking),
 * and connect-src 'self' (nothing read can be sent elsewhere by fetch). Injection itself is
 * prevented where it starts: React escapes, Markdown is sanitised (lib/markdown), and the fuzz
 * suite proves no payload comes back unescaped (tests/security/fuzz.spec.ts).
 */

type Header = { key: string; value: string };

export type PolicyOptions = { development?: boolean; ssoIssuer?: string | undefined; /** A per-request page's script nonce (base64). */ nonce?: string };

export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  let ssoOrigin = "";
  try {
    ssoOrigin = options.ssoIssuer ? new URL(options.ssoIssuer).origin : "";
  } catch {
    ssoOrigin = "";
  }
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'unsafe-eval' only for `next dev` (React's development build needs it), never in production.
    // With a nonce, browsers of CSP level 3 run only scripts that carry it and the scripts those load
    // ('strict-dynamic'), and ignore 'self' and 'unsafe-inline' — which stay as the fallback for older
    // browsers, so a page never breaks where the nonce is not understood.
    "script-src": [
      ...(options.nonce ? [`'nonce-${options.nonce}'`, "'strict-dynamic'"] : []),
      "'self'",
      "'unsafe-inline'",
      ...(options.development ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(options.development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    // The sign-in form may go on to the identity provider (SSO), nowhere else.
    "form-action": ["'self'", ...(ssoOrigin ? [ssoOrigin] : [])],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Headers on every response. */
export function securityHeaders(options: { development?: boolean; ssoIssuer?: string | undefined } = {}): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    // For browsers older than frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/**
 * HSTS only when the request came over HTTPS (the TLS-terminating proxy in front says so with
 * X-Forwarded-Proto): over plain HTTP a browser ignores it anyway, and on localhost it would pin
 * the developer's other local sites to HTTPS.
 */
export const HSTS: Header = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };
