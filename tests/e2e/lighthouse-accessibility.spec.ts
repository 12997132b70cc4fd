/**
 * Lighthouse's accessibility category as a test (issue 16: accessibility 100 on the public pages,
 * the lookup, the inbox and the initiative board). bench/lighthouse.ts measures the score, but a
 * benchmark is run by hand; this scan runs in `npm test`. It uses exactly the axe rules Lighthouse
 * 12.2.3 scores (read from its own configuration: every accessibility audit of weight > 0, whatever
 * axe's impact — `heading-order`, `target-size`, `link-in-text-block` … which the serious-only scan
 * of tests/e2e/support/axe.ts lets pass), at Lighthouse's mobile viewport, on the pages the benchmark
 * measures (tests/support/audited-pages.ts). Any violation fails with the rule and its elements.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LOCALE_COOKIE } from "../../lib/i18n/config";
import { AUDITED_PAGES } from "../support/audited-pages";
import { signIn } from "./support/auth";

// Lighthouse's mobile profile: an emulated Moto G Power, 412 × 823 CSS px at 1.75 device pixels.
test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });

async function lighthouseAccessibilityRules(): Promise<string[]> {
  const { default: config } = (await import("lighthouse/core/config/default-config.js")) as {
    default: { categories: Record<string, { auditRefs: { id: string; weight: number }[] }> };
  };
  // Lighthouse's accessibility audits are named after the axe rules they report.
  return config.categories.accessibility.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id);
}

for (const audited of AUDITED_PAGES) {
  test(`${audited.label} (${audited.path}${audited.user ? `, as ${audited.user}` : ""}): no violation of a rule Lighthouse scores`, async ({ page, context, baseURL }) => {
    const rules = await lighthouseAccessibilityRules();
    expect(rules.length, "Lighthouse's weighted accessibility audits").toBeGreaterThan(40);
    if (audited.locale) await context.addCookies([{ name: LOCALE_COOKIE, value: audited.locale, url: baseURL! }]);
    if (audited.user) await signIn(page, audited.user, undefined, audited.path);
    const response = await page.goto(audited.path);
    expect(response?.status(), audited.path).toBe(200);
    expect(new URL(page.url()).pathname, "not answered by the sign-in form").toBe(new URL(audited.path, baseURL).pathname);
    // The <title> streams after the body (Next 16): scan the page once it is complete.
    await expect(page).toHaveTitle(/\S/);
    const results = await new AxeBuilder({ page }).withRules(rules).analyze();
    const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    expect(found, `axe violations of Lighthouse's rules on ${audited.path}`).toEqual([]);
  });
}
