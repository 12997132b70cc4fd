/**
 * Capability 4 end to end, on the demo seed (Region Syddanmark: DAK ← Koordinationsgruppen ← the
 * 2019 follow-up groups; formand@demo.dk chairs the first group, sekretaer.syddanmark@demo.dk is the
 * groups' secretary):
 *   1. the secretary imports a status table exported from Danish Excel (BOM, ";", a multi-line
 *      cell, the decision as the first word of the justification, one malformed row) — upload,
 *      preview with a verdict per row, confirm, report;
 *   2. the chair records a final decision with justification at the group's planned meeting;
 *   3. the steering forum's (DAK's) cross-forum board shows the new counts for the group;
 *   4. the meeting pack renders for print (portal chrome hidden, agenda and status visible).
 * axe (WCAG 2.1 A/AA) finds no serious or critical violations on the pages on the way.
 */
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

const GROUP = "Følgegruppen for behandling og pleje";
const STEERING = "Det Administrative Kontaktforum";
const SECRETARY = "sekretaer.syddanmark@demo.dk";
const CHAIR = "formand@demo.dk";

async function groupCounts(page: Page) {
  await page.goto("/fora");
  await page.getByRole("link", { name: STEERING, exact: true }).click();
  await page.getByRole("link", { name: "Oversigt over fora herunder" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(STEERING);
  const row = page.locator(`tr[data-forum="${GROUP}"]`);
  const count = async (name: string) => Number((await row.locator(`td[data-count="${name}"]`).innerText()).replace(/\D/g, ""));
  return { continue: await count("continue"), windDown: await count("windDown"), total: await count("total"), final: await count("final") };
}

function statusTable(title: string): Buffer {
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const rows = [
    ["Navn på indsats", "Beskrivelse af indsatsen", "Begrundelse for om indsatsen skal videreføres eller afvikles", "Hvornår i aftaleperioden forventes indsatsen at kræve et særligt fokus (periode)", "Beskrivelse af hvilke ressourcer det forventes, at en videreførelse kræver"],
    [title, "Fælles plan for akutte forløb.\nAftalt i følgegruppen.", "Afvikles. Pilotprojektet er afsluttet og overgår til drift.", "", "Ingen"],
    ["", "En række uden navn", "Videreføres", "", ""],
  ];
  return Buffer.from("\uFEFF" + rows.map((r) => r.map(quote).join(";")).join("\r\n") + "\r\n", "utf8");
}

test("a secretary imports, the chair decides at a meeting, the steering board counts it, the meeting pack prints", async ({ page }) => {
  test.setTimeout(180_000);
  const title = `E2E akutplan ${Date.now()}`;

  // 1. The secretary: the steering forum's board before, then the import.
  await signIn(page, SECRETARY, undefined, "/fora");
  await expectNoSeriousA11yViolations(page, "/fora");
  const before = await groupCounts(page);
  await expectNoSeriousA11yViolations(page, "cross-forum board");

  await page.goto("/fora");
  await page.getByRole("link", { name: GROUP, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(GROUP);
  await expectNoSeriousA11yViolations(page, "forum page");
  await page.getByRole("link", { name: "Importér statusskema" }).click();
  await expectNoSeriousA11yViolations(page, "import page");
  await page.getByLabel("CSV-fil").setInputFiles({ name: "statusskema.csv", mimeType: "text/csv", buffer: statusTable(title) });
  await page.getByRole("button", { name: "Læs filen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Gennemgang af statusskema" })).toBeVisible();
  await expect(page.getByTestId("import-summary")).toContainText("1 oprettes, 0 opdateres, 0 er uændrede, 0 springes over, 1 har fejl");
  const newRow = page.getByRole("row").filter({ hasText: title });
  await expect(newRow).toContainText("Oprettes");
  await expect(newRow).toContainText("Afvikles");
  await expect(page.getByRole("row").filter({ hasText: "Navnet på indsatsen mangler." })).toContainText("Fejl");
  await expectNoSeriousA11yViolations(page, "import preview");
  await page.getByRole("button", { name: /Bekræft og importér/ }).click();
  await expect(page.getByTestId("import-report")).toContainText("1 oprettet, 0 opdateret, 0 uændret, 1 sprunget over");
  await expectNoSeriousA11yViolations(page, "import report");

  await page.getByRole("link", { name: "Gå til statustavlen" }).click();
  const imported = page.getByRole("row").filter({ hasText: title });
  await expect(imported).toContainText("Afvikles · indstillet");
  await expect(imported).toContainText("Pilotprojektet er afsluttet og overgår til drift.");
  await expectNoSeriousA11yViolations(page, "status board");
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Log ind" })).toBeVisible();

  // 2. The chair records the final decision at the group's planned meeting.
  await signIn(page, CHAIR, undefined, "/fora");
  await page.getByRole("link", { name: GROUP, exact: true }).click();
  await page.getByRole("row").filter({ hasText: "Planlagt" }).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Møde i ${GROUP}`);
  await expectNoSeriousA11yViolations(page, "meeting page");

  // The first agenda item linked to an initiative (the seed links continuing ones).
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: /Status:/ }) }).first();
  await expect(item.getByRole("table")).toContainText("Videreføres · endelig");
  await item.getByLabel(/^Beslutning om /).selectOption({ label: "Afvikles" });
  await item.getByLabel("Status for beslutningen").selectOption({ label: "endelig" });
  await item.getByLabel("Begrundelse").fill("Indsatsen er implementeret og overgår til drift i kommunerne.");
  await item.getByRole("button", { name: "Registrér beslutning" }).click();
  await expect(item.getByRole("status").filter({ hasText: "Beslutningen er registreret." })).toBeVisible();
  await expect(item.getByRole("table")).toContainText("Afvikles · endelig");
  await expect(page.getByRole("region", { name: "Beslutninger om indsatser på mødet" })).toContainText("Indsatsen er implementeret og overgår til drift i kommunerne.");

  // 3. The steering forum's board: the imported initiative and the decision are counted.
  const after = await groupCounts(page);
  expect(after).toEqual({
    continue: before.continue - 1,
    windDown: before.windDown + 2,
    total: before.total + 1,
    final: before.final, // the chair's final decision replaced a final one; the import is a proposal
  });

  // 4. The meeting pack, as printed.
  await page.goto("/fora");
  await page.getByRole("link", { name: GROUP, exact: true }).click();
  await page.getByRole("row").filter({ hasText: "Planlagt" }).first().getByRole("link").click();
  await page.getByRole("link", { name: "Mødepakke til print" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mødepakke til mødet");
  await expectNoSeriousA11yViolations(page, "meeting pack");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden(); // the portal header is not printed
  await expect(page.getByText("Udskriv med browserens print")).toBeHidden();
  const pack = page.getByTestId("meeting-pack");
  await expect(pack.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(pack.getByRole("heading", { name: "Dagsorden", exact: true })).toBeVisible();
  await expect(pack.getByText("Beslutning der skal træffes").first()).toBeVisible();
  await expect(pack.getByRole("columnheader", { name: "Beslutning og begrundelse" }).first()).toBeVisible();
  await expect(pack).toContainText("Indsatsen er implementeret og overgår til drift i kommunerne.");
  const pdf = await page.pdf({ format: "A4", landscape: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
