/**
 * Issue 14 part 2 in the browser, at 390 px: the region's coordinator opens a type B task transfer to
 * Roskilde Kommune with three months' notice and sees the short-notice flag; Roskilde's coordinator
 * completes the municipality's part of the dialogue basis; the steering group (the region's
 * coordinator sits in it; no cluster forum is seeded for Sjælland) records the decision: agreed. Then
 * the implementation plan: the region adds a milestone for each party, each party completes its own,
 * the municipality records the evaluation; the steering group's board shows the case with its
 * short-notice flag and links to the compliance view of its area, whose figures link to the
 * agreement's obligations; the case prints for the committee. axe clean and no sideways scroll.
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

  // The implementation plan: one milestone for each party.
  await page.goto(caseUrl);
  const addMilestone = async (title: string, party: RegExp) => {
    const form = page.getByRole("form", { name: "Tilføj en milepæl" });
    await form.getByLabel(labelled("Milepæl")).fill(title);
    await form.getByLabel(labelled("Afsluttes af")).selectOption({ label: (await form.getByRole("option", { name: party }).textContent()) ?? "" });
    await form.getByRole("button", { name: "Tilføj en milepæl" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Milepælen er tilføjet." })).toBeVisible();
  };
  // Bad input first: a clear message at the field, nothing saved.
  await page.getByRole("form", { name: "Tilføj en milepæl" }).getByRole("button", { name: "Tilføj en milepæl" }).click();
  await expect(page.getByRole("form", { name: "Tilføj en milepæl" }).getByText("Udfyld feltet.").first()).toBeVisible();
  await addMilestone("Oplæring af akutsygeplejersker", /^Den modtagende part/);
  await addMilestone("Infusionspumper og instruks overdraget", /^Den overdragende part/);
  const plan = page.getByRole("table", { name: "Milepæle i implementeringsplanen" });
  await expect(plan.getByRole("row")).toHaveCount(3);
  // The region cannot complete the municipality's milestone: no button for it.
  await expect(page.getByRole("button", { name: "Markér milepælen »Oplæring af akutsygeplejersker« som afsluttet" })).toHaveCount(0);
  await page.getByRole("button", { name: "Markér milepælen »Infusionspumper og instruks overdraget« som afsluttet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Milepælen er markeret som afsluttet." })).toBeVisible();
  await expect(page.getByRole("form", { name: "Evaluering" })).toHaveCount(0); // not implemented yet
  await expectFits(page, "transfer case with its plan (region)");
  await page.context().clearCookies();

  await signIn(page, DEMO_USERS.roskildeCoordinator, undefined, new URL(caseUrl).pathname);
  await page.goto(caseUrl);
  await page.getByRole("button", { name: "Markér milepælen »Oplæring af akutsygeplejersker« som afsluttet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Milepælen er markeret som afsluttet." })).toBeVisible();
  await expect(page.getByText("Alle milepæle er afsluttet")).toBeVisible();
  const evaluation = page.getByRole("form", { name: "Evaluering" });
  await evaluation.getByLabel(labelled("Evaluering")).fill("Overdraget som aftalt. Weekenddækningen følges i klyngen.");
  await evaluation.getByRole("button", { name: "Registrér evalueringen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Evalueringen er registreret. Sagen er afsluttet." })).toBeVisible();
  await expect(page.getByText("Gennemført og evalueret")).toBeVisible();
  await expectFits(page, "evaluated transfer (municipality)");
  await page.context().clearCookies();

  // The steering group's board: the case with its short-notice flag, and the compliance of its area.
  await signIn(page, DEMO_USERS.regionCoordinator, undefined, new URL(caseUrl).pathname);
  await page.goto(caseUrl);
  await page.getByRole("link", { name: "Den administrative styregruppe", exact: true }).click();
  const transfers = page.getByRole("table", { name: "Opgaveoverdragelser for Den administrative styregruppe" });
  await expect(transfers.getByRole("row").filter({ hasText: task })).toContainText("Kort varsel: under 6 måneder");
  await expectFits(page, "the steering group's board");
  await page.getByRole("link", { name: "Overholdelse af aftalen i hele regionen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overholdelse i området for Den administrative styregruppe" })).toBeVisible();
  // Every figure links to the obligation's text: the notice is the region's obligation in section 1.6.
  const notice = page.getByRole("region", { name: "Opgaveoverdragelse: varsel overholdt" });
  await expect(notice.getByRole("link", { name: /Aftalens afsnit 1\.6, forpligtelse 1/ })).toHaveAttribute("href", /#afsnit-1-6$/);
  const receipt = page.getByRole("region", { name: "Henvisning: kvittering" });
  await expect(receipt.getByRole("link", { name: /frist i aftalens afsnit/ }).first()).toHaveAttribute("href", /\/aftaler\/.+\/v\/\d+#afsnit-/);
  await expectFits(page, "compliance of the steering group's area");

  // On paper for the committee.
  await page.goto(`${new URL(caseUrl).pathname}/udskriv`);
  await expect(page.getByRole("heading", { level: 1, name: /— til udvalget$/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Milepæle i implementeringsplanen" }).getByRole("row")).toHaveCount(3);
  await expect(page.getByText("Overdraget som aftalt. Weekenddækningen følges i klyngen.")).toBeVisible();
  await expectFits(page, "transfer print view");
});
