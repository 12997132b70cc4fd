/**
 * Issue 13 item 5 / issue 18 item 5 — the security headers on real responses of the built app
 * (next.config.ts + lib/http/security-headers.ts, decision 026): a page, a static page, a route
 * handler and a 404 each carry the CSP with frame-ancestors and the others; HSTS only when the
 * request came over HTTPS (X-Forwarded-Proto from the TLS proxy).
 */
import { expect, test } from "@playwright/test";
import { BASE_URL } from "./support/http";

const PATHS = ["/", "/logind", "/tilbud?q=rygestop", "/aftaler", "/api/health", "/findes-ikke"];

test("every response carries the security headers; HSTS only over HTTPS", async ({ request }) => {
  for (const path of PATHS) {
    const response = await request.get(`${BASE_URL}${path}`, { failOnStatusCode: false, maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), path).toBeLessThan(500);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["strict-transport-security"], `${path} over plain HTTP`).toBeUndefined();
  }
  const overTls = await request.get(`${BASE_URL}/`, { headers: { "X-Forwarded-Proto": "https" } });
  expect(overTls.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
});

test("the sign-in page works under its CSP (the form submits, the inline scripts run)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${BASE_URL}/logind`);
  await page.getByLabel("E-mailadresse").fill("medlem@demo.dk");
  await page.getByLabel("Adgangskode").fill("demo-adgang-2026");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page).not.toHaveURL(/\/logind/);
  expect(violations).toEqual([]);
});
