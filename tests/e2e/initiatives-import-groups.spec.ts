/**
 * Issue 16 item 1 in the browser: the region's coordinator imports a committee's sheet whose forum
 * column names one group the portal knows and one it does not. The preview lists both groups with a choice each; the unknown one is created as a working
 * group; a changed choice that was not applied re-plans instead of importing; the report counts every
 * row. Axe finds nothing serious on the preview.
 */
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

const COORDINATION = "Koordinationsgruppen";
const KNOWN = "Følgegruppen for behandling og pleje";

function sheet(newGroup: string, stamp: string): Buffer {
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const rows = [
    ["Følgegruppe:", "Navn på indsats", "Begrundelse for om indsatsen skal videreføres eller afvikles?", "", ""],
    [KNOWN, `E2E kendt gruppe ${stamp}`, "Videreføres.\nDen virker.", "", ""],
    [newGroup, `E2E ny gruppe 1 ${stamp}`, "Videreføres. Godt i gang.", "", ""],
    [newGroup, `E2E ny gruppe 2 ${stamp}`, "Afvikles. Overgået til drift.", "", ""],
  ];
  return Buffer.from("\uFEFF" + rows.map((r) => r.map(quote).join(";")).join("\r\n") + "\r\n", "utf8");
}

test("a committee's sheet with a group the portal does not know imports whole", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = String(Date.now());
  const newGroup = `Følgegruppen for velfærdsteknologi ${stamp}`;
  await signIn(page, DEMO_USERS.chair, undefined, "/fora");
  await page.getByRole("link", { name: COORDINATION, exact: true }).click();
  await page.getByRole("link", { name: "Importér statusskema" }).click();
  await page.getByLabel("CSV-fil").setInputFiles({ name: "statusskema.csv", mimeType: "text/csv", buffer: sheet(newGroup, stamp) });
  await page.getByRole("button", { name: "Læs filen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Gennemgang af statusskema" })).toBeVisible();
  const known = page.getByLabel(KNOWN, { exact: true });
  const unknown = page.getByLabel(newGroup, { exact: true });
  await expect(known.locator("option:checked")).toHaveText(`Til »${KNOWN}«`);
  await expect(unknown.locator("option:checked")).toHaveText(`Opret som ny arbejdsgruppe under »${COORDINATION}«`);
  await expect(page.getByTestId("import-summary")).toContainText("3 oprettes");
  await expectNoSeriousA11yViolations(page, "import preview with groups");

  // Skip the new group but confirm at once: the preview is planned again, nothing is imported yet.
  await unknown.selectOption({ label: "Spring rækkerne over" });
  await page.getByRole("button", { name: /Bekræft og importér/ }).click();
  await expect(page.getByText("Du havde ændret valgene")).toBeVisible();
  await expect(page.getByTestId("import-summary")).toContainText("1 oprettes, 0 opdateres, 0 er uændrede, 2 springes over");

  // Back to "create", applied, then confirmed.
  await page.getByLabel(newGroup, { exact: true }).selectOption({ label: `Opret som ny arbejdsgruppe under »${COORDINATION}«` });
  await page.getByRole("button", { name: "Opdatér gennemgangen" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("3 oprettes, 0 opdateres, 0 er uændrede, 0 springes over");
  await page.getByRole("button", { name: /Bekræft og importér/ }).click();
  await expect(page.getByTestId("import-report")).toContainText("3 oprettet, 0 opdateret, 0 uændret, 0 sprunget over");

  await page.goto("/fora");
  await expect(page.getByRole("link", { name: newGroup, exact: true })).toBeVisible();
});
