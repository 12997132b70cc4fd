/** The header policy itself (decision 026); tests/security/headers.spec.ts checks real responses. */
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, HSTS, securityHeaders } from "@/lib/http/security-headers";

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

  it("the rest of the set, and HSTS for a year", () => {
    const names = securityHeaders().map((h) => h.key);
    expect(names).toEqual(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy"]);
    expect(HSTS.value).toBe("max-age=31536000; includeSubDomains");
  });
});
