/**
 * Issue 14, part 1 end to end on the demo seed (Region Sjælland's demo aids catalogue; the aids
 * council: koordinator.roskilde@demo.dk chairs it, koordinator.region@demo.dk is its secretary):
 *   1. a municipal nurse (caseworker in Roskilde) finds who supplies a walker for temporary use in one
 *      search — "rollator midlertidigt" finds the catalogue's "Gangredskab" — at 390 px without
 *      sideways scroll, and proposes a change to it;
 *   2. the council's chair accepts the proposal at the council's meeting with a reason; the aid's
 *      history shows the new revision and its diff; the nurse sees the decision;
 *   3. the print view renders; signed out, the (not public) catalogue asks for sign-in.
 * axe (WCAG 2.1 A/AA) finds no serious or critical violations on the pages on the way.
 */
import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

const NURSE = "sagsbehandler.roskilde@demo.dk";
const CHAIR = "koordinator.roskilde@demo.dk";
const WALKER = "Gangredskab (gangstativ, gangvogn, albuestokke)";

test("a nurse finds the walker's supplier in one search and proposes a change; the aids council accepts it at its meeting", async ({ browser }) => {
  test.setTimeout(180_000);
  const marker = `rollator-${Date.now()}`;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();

  // 1. The nurse: one search, one line.
  await signIn(page, NURSE, undefined, "/hjaelpemidler");
  // The menu has the entry (at 390 px the shell may fold the menu behind a button, so: in the document).
  await expect(page.locator('a[href="/hjaelpemidler"]').first()).toBeAttached();
  await expect(page.getByRole("heading", { level: 1, name: "Hjælpemidler og behandlingsredskaber" })).toBeVisible();
  await expect(page.getByText("Kataloget indeholder demodata")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/hjaelpemidler");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("searchbox", { name: "Hjælpemiddel" }).fill("rollator midlertidigt");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  const first = page.getByTestId("aid-results").getByRole("listitem").first();
  await expect(first.getByRole("link", { name: WALKER })).toBeVisible();
  await expect(first.getByTestId("aid-answer")).toHaveText("Kommunen — midlertidigt behov, sundhedslovens §140 (genoptræning)");
  await expectNoSeriousA11yViolations(page, "lookup result");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await first.getByRole("link", { name: WALKER }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(WALKER);
  await expectNoSeriousA11yViolations(page, "aid page");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByLabel("Andre ord for det").fill(`gangbuk, gangbord, ${marker}`);
  await page.getByLabel("Begrundelse for forslaget").fill("Borgerne og personalet siger rollator.");
  await page.getByRole("button", { name: "Send forslag" }).click();
  await expect(page.getByText("Forslaget er sendt til hjælpemiddelrådet.")).toBeVisible();
  await signOut(page);

  // 2. The council's chair decides at the council's meeting.
  await signIn(page, CHAIR, undefined, "/hjaelpemidler/forslag");
  await expect(page.getByRole("heading", { level: 1, name: "Ændringsforslag" })).toBeVisible();
  const proposal = page.getByTestId("aid-proposal").filter({ hasText: marker });
  await expect(proposal).toContainText("Venter");
  await expect(proposal.locator("ins")).toContainText(marker);
  await expectNoSeriousA11yViolations(page, "proposals");
  await proposal.getByLabel("Beslutning").selectOption({ label: "Godkend" });
  await proposal.getByRole("textbox", { name: "Begrundelse", exact: true }).fill(`Godkendt: rollator er det ord, borgerne bruger (${marker}).`);
  await proposal.getByRole("button", { name: "Registrér beslutning" }).click();
  await expect(page.getByText("Beslutningen er registreret.")).toBeVisible();
  await page.reload();
  // A decided card shows the decision with its reason (which carries the marker), no longer the diff.
  const decided = page.getByTestId("aid-proposal").filter({ hasText: marker });
  await expect(decided.getByTestId("aid-decision")).toContainText("Godkendt");
  await expect(decided.getByTestId("aid-decision")).toContainText("Hjælpemiddelrådet Region Sjælland");

  await page.goto("/hjaelpemidler?q=" + encodeURIComponent(marker));
  await page.getByTestId("aid-results").getByRole("link", { name: WALKER }).click();
  await expect(page.getByText(`gangbuk, gangbord, ${marker}`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Gemte versioner af hjælpemidlet" })).toContainText("Vedtaget forslag");
  await expect(page.locator("ins").filter({ hasText: marker })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "aid page with history");

  // 3. The print view; signed out, the catalogue (not public) asks for sign-in.
  await page.goto("/hjaelpemidler/udskriv");
  await expect(page.getByTestId("aids-print")).toContainText(WALKER);
  await expectNoSeriousA11yViolations(page, "print view");
  await signOut(page);
  await page.goto("/hjaelpemidler");
  await expect(page).toHaveURL(/\/logind\?next=(%2F|\/)hjaelpemidler/);
  await context.close();
});
