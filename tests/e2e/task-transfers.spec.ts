/**
 * Issue 14 part 2 in the browser, at 390 px: the region's coordinator opens a type B task transfer to
 * Roskilde Kommune with three months' notice and sees the short-notice flag; Roskilde's coordinator
 * completes the municipality's part of the dialogue basis; the steering group (the region's
 * coordinator sits in it; no cluster forum is seeded for Sjælland) records the decision: agreed.
 * axe clean and no sideways scroll.
 */
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { addMonths, danishDate } from "../../lib/calendar";

/** A field by its label, whether or not the label carries the required mark (" *"). */
function labelled(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
}

test.use({ viewport: { width: 390, height: 844 } });

async function expectFits(page: Page, context: string) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scroll on ${context}`).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page, context);
}

test("a type B transfer with 3 months' notice is flagged, completed by the municipality and agreed by the steering group", async ({ page }) => {
  test.setTimeout(180_000);
  const task = `Hjemmebehandling med IV-antibiotika (${Date.now()})`;
  await signIn(page, DEMO_USERS.regionCoordinator, undefined, "/opgaveoverdragelse/ny");
  await page.goto("/opgaveoverdragelse/ny");
  await expectFits(page, "/opgaveoverdragelse/ny");
  await page.getByLabel(labelled("Type")).selectOption({ label: "Type B — kapacitetsændring" });
  await page.getByLabel(labelled("Overdragende part")).selectOption({ label: "Region Sjælland" });
  await page.getByLabel(labelled("Modtagende part")).selectOption({ label: "Roskilde Kommune" });
  await page.getByLabel(labelled("Planlagt ikrafttræden")).fill(addMonths(danishDate(new Date()), 3));
  await page.getByLabel(labelled("Opgaven")).fill(task);
  await page.getByLabel(labelled("Patientgruppe")).fill("Borgere med komplicerede urinvejsinfektioner");
  await page.getByLabel(labelled("Forventet antal patienter pr. år")).fill("140");
  await page.getByRole("button", { name: "Åbn sagen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sagen er åbnet." })).toBeVisible();
  await expect(page.getByText(/kortere varsel end aftalens 6 måneder/)).toBeVisible();
  const caseUrl = page.url();
  await expectFits(page, "transfer case (region)");
  await page.context().clearCookies(); // the next user (the phone header folds the sign-out button into its menu)

  await signIn(page, DEMO_USERS.roskildeCoordinator, undefined, new URL(caseUrl).pathname);
  await page.goto(caseUrl);
  const part = page.getByRole("form", { name: "Den modtagende parts del af dialoggrundlaget" });
  await part.getByLabel("Økonomiske konsekvenser for den modtagende part").fill("Ca. 0,5 årsværk i akutfunktionen.");
  await part.getByLabel("Den modtagende parts vurdering").fill("Kan løftes med oplæring af akutsygeplejersker.");
  await part.getByRole("button", { name: "Gem vores del" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Jeres del af dialoggrundlaget er gemt." })).toBeVisible();
  await expect(page.getByRole("form", { name: "Registrér: aftalt" })).toHaveCount(0); // a party is not the forum
  await page.context().clearCookies(); // the next user (the phone header folds the sign-out button into its menu)

  await signIn(page, DEMO_USERS.regionCoordinator, undefined, new URL(caseUrl).pathname);
  await page.goto(caseUrl);
  await expect(page.getByText("Kan løftes med oplæring af akutsygeplejersker.")).toBeVisible();
  const agree = page.getByRole("form", { name: "Registrér: aftalt" });
  await agree.getByLabel("Begrundelse").fill("Aftalt i styregruppen.");
  await agree.getByRole("button", { name: "Registrér: aftalt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Beslutningen er registreret: aftalt." })).toBeVisible();
  await page.goto("/opgaveoverdragelse");
  const row = page.getByRole("row").filter({ hasText: task });
  await expect(row).toContainText("Aftalt");
  await expect(row).toContainText("Kort varsel");
  await expectFits(page, "/opgaveoverdragelse");
});
