import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * WCAG 2.1 A/AA scan of the current page; fails on serious or critical violations and prints what
 * they are (rule, impact, the first offending elements) so the failure explains itself.
 */
export async function expectNoSeriousA11yViolations(page: Page, context = page.url()): Promise<void> {
  // Next 16 streams a page's metadata (generateMetadata) after its body for browsers: the <title>
  // arrives a moment after the content a test waited for. Wait for it — it must come — rather than
  // scan a page that is still loading (a scan that early failed once in CI with "document-title").
  await expect(page, `a <title> on ${context}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}
