/** The header policy itself (decision 026); tests/security/headers.spec.ts checks real responses. */
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, HSTS, securityHeaders } from "@/lib/http/security-headers";
import { scriptNonce } from "@/lib/http/script-nonce";

describe("security headers", () => {
  it("the CSP forbids framing, plugins, foreign scripts, forms and base URLs", () => {
    const csp = contentSecurityPolicy();
    for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*(https?:|\*)/);
  });

  it("eval only for next dev; the SSO issuer is the one other form target", () => {
    expect(contentSecurityPolicy({ development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ ssoIssuer: "https://idp.example.dk/realms/x" })).toContain("form-action 'self' https://idp.example.dk;");
    expect(contentSecurityPolicy({ ssoIssuer: "not a url" })).toContain("form-action 'self';");
  });

  it("with a nonce: scripts only with that nonce and what they load; 'self' and 'unsafe-inline' only as old browsers' fallback", () => {
    const csp = contentSecurityPolicy({ nonce: "c2VjcmV0LW5vbmNlLTEyMw==" });
    const scripts = /script-src ([^;]*)/.exec(csp)![1].split(" ");
    expect(scripts.slice(0, 2)).toEqual(["'nonce-c2VjcmV0LW5vbmNlLTEyMw=='", "'strict-dynamic'"]);
    expect(scripts).not.toContain("'unsafe-eval'");
    // The rest of the policy is the same as without a nonce.
    expect(csp.replace(/script-src [^;]*/, "")).toBe(contentSecurityPolicy().replace(/script-src [^;]*/, ""));
    expect(contentSecurityPolicy()).not.toContain("nonce-");
  });

  it("a nonce is 16 random bytes, base64, fresh each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => scriptNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("the rest of the set, and HSTS for a year", () => {
    const names = securityHeaders().map((h) => h.key);
    expect(names).toEqual(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy"]);
    expect(HSTS.value).toBe("max-age=31536000; includeSubDomains");
  });
});
