/**
 * Issue 3 end to end, on the seeded Region Sjælland agreement 2015–2018:
 *
 * 1. The public reading page renders every part and chapter; the obligation matrix lists the
 *    obligations per party; search and print work (axe on each).
 * 2. The region's coordinator drafts an amendment, edits an obligation's deadline (the receipt:
 *    3 → 2 working days on the seeded data); two coordinators edit the same section at once and the second sees the first one's
 *    change while keeping their own text; the draft goes to consultation.
 * 3. Every one of the 18 parties approves through the UI, each signed in as a coordinator of its own
 *    organisation (the seed has coordinators for the region and four municipalities; the others are
 *    created in beforeAll by SQL — setup only, with the demo password's hash).
 * 4. The region brings the amendment into force; the version diff lists the changed deadline as an
 *    obligation change, apart from the text change. A GP reads but gets no edit controls.
 *
 * axe (WCAG 2.1 A/AA, no serious or critical violations) on the read, edit and diff pages.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { siblingDatabaseUrl } from "../support/database-url";

const REGION = "Region Sjælland";
const AGREEMENT_TITLE = "Sundhedsaftale 2015–2018 for Region Sjælland og de 17 kommuner";

type Party = { organisationId: string; name: string; email: string };
let agreementId: string;
let chapters: string[] = [];
let parties: Party[] = [];
/** The receipt deadline (working days) in the version in force, and the one the amendment sets. */
let receiptBefore = 3;
let receiptAfter = 2;
/** Makes this run's text edit unique, so a re-run on the same database still changes the text. */
const RUN = `r${Date.now().toString(36)}`;

function databaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL (the e2e database is its sibling <name>_e2e).");
  return siblingDatabaseUrl(process.env.DATABASE_URL, "e2e").url;
}

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const agreement = await client.query<{ id: string }>(
      `SELECT a.id FROM "Agreement" a JOIN "Organisation" o ON o.id = a."regionId" WHERE o.name = $1 AND a."periodStart" = '2015-01-01'`,
      [REGION],
    );
    agreementId = agreement.rows[0].id;
    // Setup: a run that stopped half-way must not leave an open amendment behind (it would block a new one).
    await client.query(`DELETE FROM "AgreementVersion" WHERE "agreementId" = $1 AND status IN ('DRAFT', 'CONSULTATION')`, [agreementId]);
    const current = await client.query<{ id: string }>(`SELECT id FROM "AgreementVersion" WHERE "agreementId" = $1 AND status = 'IN_FORCE'`, [agreementId]);
    const versionId = current.rows[0].id;
    const receipt = await client.query<{ deadlineAmount: number }>(
      `SELECT o."deadlineAmount" FROM "Obligation" o JOIN "Section" s ON s.id = o."sectionId" WHERE s."versionId" = $1 AND o."referralMilestone" = 'RECEIPT'`,
      [versionId],
    );
    receiptBefore = receipt.rows[0].deadlineAmount;
    receiptAfter = receiptBefore === 2 ? 3 : 2; // a re-run on the same database amends the amendment
    chapters = (
      await client.query<{ number: string }>(`SELECT number FROM "Section" WHERE "versionId" = $1 AND kind IN ('PART', 'CHAPTER') ORDER BY number`, [versionId])
    ).rows.map((r) => r.number);

    // One coordinator per party: the seeded one when there is one, else a user created here.
    const partyRows = await client.query<{ organisationId: string; name: string; code: string | null }>(
      `SELECT p."organisationId", o.name, o.code FROM "AgreementParty" p JOIN "Organisation" o ON o.id = p."organisationId" WHERE p."versionId" = $1 ORDER BY o.kind DESC, o.name`,
      [versionId],
    );
    const hash = (await client.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [DEMO_USERS.regionCoordinator])).rows[0].passwordHash;
    parties = [];
    for (const party of partyRows.rows) {
      // A coordinator of this organisation only (one approval button), who signs in with the demo password.
      const existing = await client.query<{ email: string }>(
        `SELECT u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId"
         WHERE m."organisationId" = $1 AND m.role = 'COORDINATOR' AND u.active AND u."passwordHash" = $2
           AND NOT EXISTS (SELECT 1 FROM "Membership" x WHERE x."userId" = u.id AND x.role = 'COORDINATOR' AND x."organisationId" <> $1)
         ORDER BY u.email LIMIT 1`,
        [party.organisationId, hash],
      );
      let email = existing.rows[0]?.email;
      if (!email) {
        email = `koordinator.e2e.${party.code ?? party.organisationId}@demo.dk`;
        const userId = `e2e-user-${party.code ?? party.organisationId}`;
        await client.query(
          `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now()) ON CONFLICT (email) DO NOTHING`,
          [userId, email, `Koordinator ${party.name}`, hash],
        );
        await client.query(
          `INSERT INTO "Membership" (id, "userId", "organisationId", role) VALUES ($1, $2, $3, 'COORDINATOR') ON CONFLICT ("userId", "organisationId", role) DO NOTHING`,
          [`e2e-membership-${party.code ?? party.organisationId}`, userId, party.organisationId],
        );
      }
      parties.push({ organisationId: party.organisationId, name: party.name, email });
    }
  } finally {
    await client.end();
  }
  expect(parties).toHaveLength(18);
});

/** axe once the page is complete: Next streams <title> after the content, so wait for it first. */
async function checkA11y(page: Page, context: string) {
  await expect(page).toHaveTitle(/\S/);
  await expectNoSeriousA11yViolations(page, context);
}

async function signedIn(browser: Browser, email: string, next = "/"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD, next);
  return page;
}

test.describe.serial("agreements", () => {
  let workspaceUrl = "";

  test("the seeded agreement renders every chapter; matrix, search and print work; axe-clean", async ({ page }) => {
    await page.goto("/aftaler");
    await expect(page.getByRole("heading", { level: 1, name: "Sundhedsaftaler" })).toBeVisible();
    await checkA11y(page, "/aftaler");
    await page.getByRole("link", { name: AGREEMENT_TITLE }).click();
    await expect(page.getByRole("heading", { level: 1, name: AGREEMENT_TITLE })).toBeVisible();
    expect(chapters.length).toBeGreaterThanOrEqual(20);
    for (const number of chapters) {
      await expect(page.locator(`[id="afsnit-${number.replace(/[^0-9A-Za-z]+/g, "-")}"]`), `chapter ${number}`).toBeVisible();
    }
    await expect(page.getByRole("table", { name: "Forpligtelser i afsnit 2.1.1" })).toBeVisible();
    await checkA11y(page, "read page");

    // Search: Danish stemming and word starts.
    await page.getByRole("searchbox", { name: "Søg i aftalen" }).fill("kvitt");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Søg i aftalen" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^2\.1\.1 / })).toBeVisible();
    await checkA11y(page, "search page");

    // The obligation matrix per party.
    await page.goto(`/aftaler/${agreementId}/forpligtelser`);
    await expect(page.getByRole("heading", { level: 1, name: /Hvem skal hvad\?/ })).toBeVisible();
    for (const party of ["Kommunen", "Regionen (sygehusene)", "Almen praksis"]) {
      await page.getByRole("rowheader", { name: party }).getByRole("link").click();
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${party.replace(/[()]/g, "\\$&")}: \\d+ forpligtelser`) })).toBeVisible();
      const rows = page.getByRole("table", { name: "Forpligtelser efter filtrene" }).locator("tbody tr");
      expect(await rows.count(), party).toBeGreaterThan(0);
    }
    await expect(page).toHaveURL(/party=GENERAL_PRACTICE/);
    // A hand-edited filter value is dropped, not an error page.
    await page.goto(`/aftaler/${agreementId}/forpligtelser?party=NOPE`);
    await expect(page.getByRole("heading", { level: 2, name: /^\d+ forpligtelser$/ })).toBeVisible();
    await page.goto(`/aftaler/${agreementId}/forpligtelser?party=GENERAL_PRACTICE`);
    await checkA11y(page, "matrix");

    // Print layout: the whole document, without the portal's chrome on paper.
    await page.goto(`/aftaler/${agreementId}`);
    await page.getByRole("link", { name: "Udskriftsvenlig version" }).click();
    await expect(page.getByRole("heading", { level: 1, name: AGREEMENT_TITLE })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.locator('[id="afsnit-2-1-1"]')).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    await checkA11y(page, "print page");
  });

  test("the region drafts an amendment and changes an obligation's deadline; a concurrent edit is not lost", async ({ browser }) => {
    const region = await signedIn(browser, DEMO_USERS.regionCoordinator, `/aftaler/${agreementId}`);
    await region.goto(`/aftaler/${agreementId}`);
    await region.getByRole("link", { name: "Åbn redigering" }).click();
    await expect(region.getByText("Versionen er godkendt og låst. Ændringer skal ske i et tillæg (en ny version).")).toBeVisible();
    await region.getByLabel("Navn på tillægget").fill("Tillæg om kvitteringsfrist");
    await region.getByRole("button", { name: "Start tillæg" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Tillægget er oprettet" })).toBeVisible();
    await expect(region.getByRole("heading", { level: 1, name: "Redigering: Tillæg om kvitteringsfrist" })).toBeVisible();
    workspaceUrl = new URL(region.url()).pathname;
    await checkA11y(region, "workspace");

    // The receipt obligation of 2.1.1: 3 → 2 working days.
    await region.getByRole("link", { name: /^Rediger 2\.1\.1 / }).click();
    await expect(region.getByRole("heading", { level: 1, name: /^Rediger 2\.1\.1/ })).toBeVisible();
    await checkA11y(region, "section edit page");
    const receiptRow = region.getByRole("row").filter({ hasText: "Henvisningsfrist: Kvittering" });
    await expect(receiptRow).toContainText(`${receiptBefore} hverdage`);
    await receiptRow.getByRole("link", { name: /^Ret / }).click();
    await expect(region.getByRole("heading", { level: 1, name: "Rediger forpligtelse" })).toBeVisible();
    await checkA11y(region, "obligation edit page");
    await expect(region.getByLabel("Fristens enhed")).toHaveValue("WORKING_DAYS");
    await region.getByLabel("Fristens antal").fill(String(receiptAfter));
    await region.getByRole("button", { name: "Gem forpligtelse" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Forpligtelsen er gemt." })).toBeVisible();
    await expect(region.getByRole("row").filter({ hasText: "Henvisningsfrist: Kvittering" })).toContainText(`${receiptAfter} hverdage`);
    const sectionUrl = new URL(region.url()).pathname;

    // Two coordinators open 2.1.1; the region saves first; Roskilde's save is refused with the change shown and its own text kept.
    const roskilde = await signedIn(browser, DEMO_USERS.roskildeCoordinator, sectionUrl);
    await roskilde.goto(sectionUrl);
    const regionBody = region.getByLabel("Tekst (Markdown)");
    await regionBody.fill(`${await regionBody.inputValue()}\n\nKvitteringsfristen er nedsat til 2 hverdage.`);
    await region.getByRole("button", { name: "Gem afsnit" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Afsnittet er gemt." })).toBeVisible();

    const ownText = `Roskildes forslag ${RUN}: kommunen kvitterer straks.`;
    await roskilde.getByLabel("Tekst (Markdown)").fill(ownText);
    await roskilde.getByRole("button", { name: "Gem afsnit" }).click();
    await expect(roskilde.getByRole("alert").filter({ hasText: "Lars Mikkelsen har gemt en ændring af afsnittet" })).toBeVisible();
    const conflict = roskilde.getByRole("region", { name: "En anden har ændret afsnittet" });
    await expect(conflict.locator("ins").filter({ hasText: "Kvitteringsfristen er nedsat til 2 hverdage." })).toBeVisible();
    await expect(roskilde.getByLabel("Tekst (Markdown)")).toHaveValue(ownText);
    await checkA11y(roskilde, "conflict view");
    // Having seen it, Roskilde merges and saves deliberately.
    await roskilde.getByLabel("Tekst (Markdown)").fill(`${ownText}\n\nKvitteringsfristen er nedsat til 2 hverdage.`);
    await roskilde.getByRole("button", { name: "Gem min version" }).click();
    await expect(roskilde.getByRole("status").filter({ hasText: "Afsnittet er gemt." })).toBeVisible();
    await roskilde.context().close();

    // To consultation.
    await region.goto(workspaceUrl);
    await region.getByRole("button", { name: "Send i høring" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Versionen er sendt i høring." })).toBeVisible();
    await region.context().close();
  });

  test("every party approves for its own organisation only; the region brings the amendment into force", async ({ browser }) => {
    test.setTimeout(600_000);
    expect(workspaceUrl).not.toBe("");
    for (const party of parties) {
      const page = await signedIn(browser, party.email, workspaceUrl);
      await page.goto(workspaceUrl);
      // Only the own organisation's approval is offered.
      const buttons = page.getByRole("button", { name: /^Registrér godkendelse for / });
      await expect(buttons).toHaveCount(1);
      await page.getByRole("button", { name: `Registrér godkendelse for ${party.name}` }).click();
      await expect(page.getByRole("status").filter({ hasText: "Godkendelsen er registreret." })).toBeVisible();
      await page.context().close();
    }

    const region = await signedIn(browser, DEMO_USERS.regionCoordinator, workspaceUrl);
    await region.goto(workspaceUrl);
    await expect(region.getByText("18 af 18 parter har godkendt.").first()).toBeVisible();
    await region.getByRole("button", { name: "Sæt i kraft" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Versionen er nu gældende." })).toBeVisible();
    await region.context().close();
  });

  test("the version diff lists the changed deadline as an obligation change; a GP reads but cannot edit", async ({ page, browser }) => {
    await page.goto(`/aftaler/${agreementId}`);
    await expect(page.getByText("Gældende", { exact: true }).first()).toBeVisible();
    await page.getByRole("link", { name: "Sammenlign med forrige version" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sammenlign versioner" })).toBeVisible();
    const obligations = page.getByRole("region", { name: /^Ændrede forpligtelser/ });
    await expect(obligations.getByRole("heading", { level: 2 })).toHaveText("Ændrede forpligtelser (1)");
    const deadlineRow = obligations.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Frist" }) });
    await expect(deadlineRow.locator("del")).toContainText(`${receiptBefore} hverdage`);
    await expect(deadlineRow.locator("ins")).toContainText(`${receiptAfter} hverdage`);
    const text = page.getByRole("region", { name: /^Ændret tekst/ });
    await expect(text.getByRole("heading", { level: 3 })).toContainText("2.1.1");
    await expect(text.locator("ins").filter({ hasText: RUN }).first()).toBeVisible();
    await checkA11y(page, "version diff");

    // The matrix reads the version in force now.
    await page.goto(`/aftaler/${agreementId}/forpligtelser?party=MUNICIPALITY&unit=WORKING_DAYS`);
    await expect(page.getByRole("row").filter({ hasText: "Henvisningsfrist: Kvittering" })).toContainText(`${receiptAfter} hverdage`);

    // Section history with a revision diff.
    await page.goto(`/aftaler/${agreementId}`);
    await page.getByRole("link", { name: "Historik for afsnit 2.1.1" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Historik for 2\.1\.1/ })).toBeVisible();
    await checkA11y(page, "section history");

    // A GP reads the agreement but is offered no editing, and the workspace refuses to edit.
    const gp = await signedIn(browser, DEMO_USERS.gpRoskilde, `/aftaler/${agreementId}`);
    await gp.goto(`/aftaler/${agreementId}`);
    await expect(gp.getByRole("heading", { level: 1, name: AGREEMENT_TITLE })).toBeVisible();
    await expect(gp.getByRole("link", { name: "Åbn redigering" })).toHaveCount(0);
    await gp.goto(workspaceUrl);
    await expect(gp.getByText("Kun koordinatorer i regionen og kommunerne kan ændre sundhedsaftaler. Du kan læse aftalen.")).toBeVisible();
    await expect(gp.getByRole("button", { name: /Gem|Send i høring|Start tillæg/ })).toHaveCount(0);
    await gp.context().close();
  });

  test("goals, indicators, measurements, the checklist and consultation responses are edited in the browser", async ({ browser }) => {
    test.setTimeout(180_000);
    const region = await signedIn(browser, DEMO_USERS.regionCoordinator, `/aftaler/${agreementId}`);
    await region.goto(`/aftaler/${agreementId}`);
    await region.getByRole("link", { name: "Åbn redigering" }).click();
    await region.getByLabel("Navn på tillægget").fill(`Tillæg om opfølgning ${RUN}`);
    await region.getByRole("button", { name: "Start tillæg" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Tillægget er oprettet" })).toBeVisible();
    const workspace = new URL(region.url()).pathname;

    // A benchmark: its mid-term status, and a measurement of its indicator.
    await region.getByRole("link", { name: "Mål og pejlemærker", exact: true }).click();
    await expect(region.getByRole("heading", { level: 1, name: "Mål og pejlemærker" })).toBeVisible();
    await checkA11y(region, "goals page");
    await region.getByRole("link", { name: "Færre forebyggelige indlæggelser blandt ældre", exact: true }).click();
    await region.getByLabel("Midtvejsstatus").fill(`Midtvejsstatus ${RUN}: faldet 4 %.`);
    await region.getByRole("button", { name: "Gem", exact: true }).click();
    await expect(region.getByRole("status").filter({ hasText: "Gemt." })).toBeVisible();
    await region.getByRole("textbox", { name: "Dato", exact: true }).fill("2016-06-30");
    await region.getByRole("textbox", { name: "Værdi", exact: true }).fill("41,5");
    await region.getByRole("button", { name: "Registrér måling" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Målingen er registreret." })).toBeVisible();
    await expect(region.getByRole("cell", { name: /^41,5/ })).toBeVisible();
    await checkA11y(region, "goal page");

    // The requirement checklist: 5.5.c with linked sections.
    await region.goto(`${workspace}/krav`);
    await expect(region.getByRole("heading", { level: 1, name: /^Kravtjekliste/ })).toBeVisible();
    await checkA11y(region, "checklist page");
    const item = region.locator("form").filter({ has: region.getByRole("button", { name: "Gem vurdering af 5.5.c" }) });
    await item.getByLabel("Vurdering").selectOption("PARTLY");
    await item.getByLabel("Afsnit").fill("2.1, 2.1.1");
    await item.getByRole("button", { name: "Gem vurdering af 5.5.c" }).click();
    await expect(item.getByRole("status").filter({ hasText: "Vurderingen er gemt." })).toBeVisible();
    await item.getByLabel("Afsnit").fill("9.9.9");
    await item.getByRole("button", { name: "Gem vurdering af 5.5.c" }).click();
    await expect(item.getByText("Ukendte afsnitsnumre: 9.9.9.")).toBeVisible();

    // Consultation: send, record a response, decide its outcome.
    await region.goto(workspace);
    await region.getByRole("button", { name: "Send i høring" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Versionen er sendt i høring." })).toBeVisible();
    await region.getByRole("link", { name: "Høring", exact: true }).click();
    await region.getByLabel("Høringspart").fill("Danske Patienter");
    await region.getByLabel("Afsnit").selectOption({ label: "2.1.1 Forebyggelsestilbud og henvisning" });
    await region.getByRole("textbox", { name: "Høringssvar", exact: true }).fill(`Vi støtter kortere frister (${RUN}).`);
    await region.getByRole("button", { name: "Registrér høringssvar" }).click();
    await expect(region.getByRole("status").filter({ hasText: "Høringssvaret er registreret." })).toBeVisible();
    const response = region.locator("form").filter({ has: region.getByRole("button", { name: "Gem udfald for Danske Patienter" }) });
    await response.getByRole("combobox", { name: "Udfald", exact: true }).selectOption("NOTED");
    await response.getByLabel("Kommentar til udfaldet").fill("Taget til efterretning.");
    await response.getByRole("button", { name: "Gem udfald for Danske Patienter" }).click();
    await expect(region.getByText("Udfald: Taget til efterretning – Taget til efterretning.")).toBeVisible();
    await checkA11y(region, "consultation page");
    await region.context().close();
  });
});
