/**
 * Issue 11 in the browser: the administrator's page of the job queue (npm start's worker has
 * installed it) and a user's e-mail choices on the profile page — both in Danish, axe-clean, without
 * sideways scrolling at 390 px.
 */
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

async function noSidewaysScroll(page: import("@playwright/test").Page) {
  await page.setViewportSize({ width: 390, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("an administrator sees the job queue: scheduled, running, failed", async ({ page }) => {
  await signIn(page, DEMO_USERS.admin, undefined, "/admin/job");
  await expect(page.getByRole("heading", { level: 1, name: "Planlagte job" })).toBeVisible();
  // The worker beside the server installs the queue within seconds of the start.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("navigation", { name: "Status" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const views = page.getByRole("navigation", { name: "Status" });
  await expect(views.getByRole("link", { name: /^Fejlet/ })).toHaveAttribute("aria-current", "page");
  await views.getByRole("link", { name: /^Planlagt/ }).click();
  await expect(page).toHaveURL(/visning=scheduled/);
  await expectNoSeriousA11yViolations(page, "/admin/job");
  await noSidewaysScroll(page);
});

test("a coordinator cannot open the job queue", async ({ page }) => {
  await signIn(page, DEMO_USERS.roskildeCoordinator, undefined, "/admin/job");
  await expect(page.getByRole("heading", { level: 1, name: "Planlagte job" })).toHaveCount(0);
});

test("a user chooses per kind of message: at once, daily summary or never", async ({ page }) => {
  await signIn(page, DEMO_USERS.gpRoskilde, undefined, "/profil");
  const section = page.getByRole("region", { name: "E-mails" });
  await expect(section).toBeVisible();
  await expect(section.getByLabel("Frist overskredet")).toHaveValue("IMMEDIATE");
  await section.getByLabel("Frist overskredet").selectOption("NEVER");
  await section.getByLabel("Afsluttet").selectOption("IMMEDIATE");
  await section.getByRole("button", { name: "Gem e-mailvalg" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Dine e-mailvalg er gemt." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "E-mails" }).getByLabel("Frist overskredet")).toHaveValue("NEVER");
  await expectNoSeriousA11yViolations(page, "/profil");
  await noSidewaysScroll(page);
  // Back to the defaults, so the demo user is as seeded.
  await page.getByRole("region", { name: "E-mails" }).getByLabel("Frist overskredet").selectOption("IMMEDIATE");
  await page.getByRole("region", { name: "E-mails" }).getByLabel("Afsluttet").selectOption("DIGEST");
  await page.getByRole("region", { name: "E-mails" }).getByRole("button", { name: "Gem e-mailvalg" }).click();
  await expect(page.getByRole("region", { name: "E-mails" }).getByRole("status").filter({ hasText: "Dine e-mailvalg er gemt." })).toBeVisible();
});
