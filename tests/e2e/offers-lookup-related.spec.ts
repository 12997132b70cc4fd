/**
 * Issue 16 item 5 in the browser: the anonymous (cached) lookup for "rygestop" in Roskilde shows the
 * smoking-cessation course first and the offers that only list smoking among their risk factors under
 * their own heading — without JavaScript, in English too, axe-clean and without sideways scrolling
 * at 390 px.
 */
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("\"rygestop\": the course first, the related offers under their own heading", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/tilbud?q=rygestop&kommune=265");
  const results = page.getByRole("region", { name: /^Resultater/ });
  const related = page.getByRole("region", { name: "Relaterede tilbud — om rygning" });
  await expect(related).toBeVisible();
  await expect(results.getByRole("heading", { level: 3 }).first()).toHaveText("Rygestopkursus i grupper");
  await expect(related.getByRole("link", { name: "KOL-rehabilitering", exact: true })).toBeVisible();
  await expect(related.getByRole("link", { name: "Rygestopkursus i grupper" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();

  const english = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await english.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  const enPage = await english.newPage();
  await enPage.goto("/tilbud?q=rygestop&kommune=265");
  await expect(enPage.getByRole("heading", { name: "Related offers — about smoking" })).toBeVisible();
  await expectNoSeriousA11yViolations(enPage, "lookup with related offers (English)");
  await english.close();
});
