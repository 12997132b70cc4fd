/**
 * Issue 13 item 5 / issue 18 item 5 — the security headers on real responses of the built app
 * (next.config.ts + lib/http/security-headers.ts, decision 026): a page, a static page, a route
 * handler and a 404 each carry the CSP with frame-ancestors and the others; HSTS only when the
 * request came over HTTPS (X-Forwarded-Proto from the TLS proxy).
 */
import { expect, test, type Page } from "@playwright/test";
import { BASE_URL } from "./support/http";
import { DEMO_PASSWORD } from "./support/roles";

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

/** Signs in through the form, collecting every CSP violation the browser reports from then on. */
async function signInWatchingCsp(page: Page, email: string): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${BASE_URL}/logind`);
  await page.getByLabel("E-mailadresse").fill(email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page).not.toHaveURL(/\/logind/);
  return violations;
}

test("the sign-in page works under its CSP (the form submits, the inline scripts run)", async ({ page }) => {
  expect(await signInWatchingCsp(page, "medlem@demo.dk")).toEqual([]);
});

/** The script-src nonce of a response's policy, if any. */
const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test("a page rendered per request carries a fresh script nonce, on every script Next renders; the cached pages keep the shared policy", async ({ request }) => {
  const seen = new Set<string>();
  for (const path of ["/", "/", "/aftaler", "/findes-ikke"]) {
    const response = await request.get(`${BASE_URL}${path}`, { failOnStatusCode: false });
    const policy = response.headers()["content-security-policy"];
    const nonce = nonceOf(policy);
    expect(nonce, `${path}: ${policy}`).toBeTruthy();
    expect(policy, path).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
    expect(seen.has(nonce!), "a nonce is never sent twice").toBe(false);
    seen.add(nonce!);
    if (response.status() === 200) {
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  }
  // Rendered once for everybody (decision 019): no nonce can be in them.
  for (const path of ["/tilbud?q=rygestop", "/logind"]) {
    const policy = (await request.get(`${BASE_URL}${path}`)).headers()["content-security-policy"];
    expect(nonceOf(policy), path).toBeUndefined();
    expect(policy, path).toContain("script-src 'self' 'unsafe-inline'");
  }
});

test("a script injected into a signed-in page's HTML does not run; the page's own scripts do", async ({ page }) => {
  const violations = await signInWatchingCsp(page, "koordinator.roskilde@demo.dk");
  expect(violations).toEqual([]);

  // What an injection that got past React's escaping would look like: a script in the served HTML.
  await page.route(`${BASE_URL}/henvisninger`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${BASE_URL}/henvisninger`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The page's own scripts ran (the App Router started and hydrated), the injected one did not.
  await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.some((text) => /script/i.test(text))).toBe(true);
});
