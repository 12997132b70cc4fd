/**
 * Issue 5 end to end — the closed loop: a GP refers from the offer page (or, while the offer page has
 * no referral link yet, from /henvisninger/ny?tilbud=<id> — noted as an annotation), previews and
 * sends; the municipality receipts, accepts, starts and completes with a closing status; the GP sees
 * the timeline, the closing status and a notification. The rejection path shows the reason to the
 * GP. axe (WCAG 2.1 A/AA) on every referral page on the way.
 *
 * Runs on the seeded demo data (prisma/seed): Roskilde's group smoking-cessation course, the GP
 * laege.roskilde@demo.dk and Roskilde's coordinator-and-caseworker koordinator.roskilde@demo.dk.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

const OFFER_ID = "seed-offer-roskilde-rygestop-gruppe";

// Whole journeys across three users on a shared two-core machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

async function signedIn(browser: Browser, email: string, next = "/"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD, next);
  return page;
}

/** From the offer page's "Henvis borger" link (it must be there: the test fails without it). */
async function openReferralFormFromOffer(page: Page) {
  await page.goto(`/tilbud/${OFFER_ID}`);
  await page.getByRole("link", { name: /Henvis borger/ }).first().click();
  await expect(page).toHaveURL(/\/henvisninger\/ny\?.*tilbud=/);
  await expect(page.getByRole("heading", { level: 1, name: "Ny henvisning" })).toBeVisible();
}

async function fillCitizen(page: Page, cpr: string, name: string) {
  await page.getByLabel("CPR-nummer").fill(cpr);
  await page.getByLabel("Borgerens navn").fill(name);
  await page.getByLabel("Årsag til henvisningen").fill("Ryger 20 om dagen og ønsker hjælp til at stoppe.");
}

/** The referral's reference from its page heading ("Henvisning H-2026-000025"). */
async function referenceOf(page: Page): Promise<string> {
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const match = /H-\d{4}-\d{6}/.exec(heading ?? "");
  expect(match, `reference in "${heading}"`).not.toBeNull();
  return match![0];
}

async function openFromInbox(page: Page, reference: string, view = "Nye") {
  await page.goto("/henvisninger");
  await page.getByRole("link", { name: new RegExp(`^${view}`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Indbakke: henvisninger til Roskilde Kommune/ })).toBeVisible();
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Henvisning ${reference}` })).toBeVisible();
}

async function submitTransition(page: Page, name: string, done: string) {
  const form = page.getByRole("form", { name });
  await form.getByRole("button", { name }).click();
  await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
}

test("a GP refers from the offer page; the municipality receipts, accepts, starts and completes; the GP sees timeline, closing status and a notification", async ({ browser }) => {
  // ── The GP refers ──
  const gp = await signedIn(browser, DEMO_USERS.gpRoskilde);
  await openReferralFormFromOffer(gp);
  await expect(gp.getByText(/Du henviser til: Rygestop/)).toBeVisible();
  // The offer's owner is preselected as residence municipality, and the offer as the target.
  await expect(gp.getByRole("combobox", { name: "Bopælskommune" })).toHaveValue(/.+/);
  await expect(gp.getByRole("combobox", { name: "Henvis til" })).toHaveValue(OFFER_ID);
  await expectNoSeriousA11yViolations(gp, "referral form");

  // Invalid input: messages at the fields.
  await gp.getByLabel("CPR-nummer").fill("320190-1234");
  await gp.getByRole("radio", { name: /Mundtligt samtykke/ }).check();
  await gp.getByRole("button", { name: "Gennemse henvisningen" }).click();
  await expect(gp.getByText("De første seks cifre skal være en gyldig fødselsdato (ddmmåå).")).toBeVisible();
  await expect(gp.getByText("Bekræft, at samtykket er givet og noteret i journalen.")).toBeVisible();
  await expect(gp.getByLabel("CPR-nummer")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(gp, "referral form with errors");

  await fillCitizen(gp, "150384-4321", "Karen E2E Jensen");
  await gp.getByRole("checkbox", { name: "Rygning" }).check();
  await gp.getByRole("radio", { name: /Mundtligt samtykke/ }).check();
  await gp.getByRole("checkbox", { name: "Samtykket er givet og noteret i journalen" }).check();
  await gp.getByRole("button", { name: "Gennemse henvisningen" }).click();

  // ── Preview, then send ──
  const preview = gp.getByRole("region", { name: "Gennemse henvisningen, før du sender" });
  await expect(preview).toBeVisible();
  await expect(preview.getByText("150384-4321")).toBeVisible();
  await expect(preview.getByText("Karen E2E Jensen")).toBeVisible();
  await expect(preview.getByText(/Kommunen skal kvittere senest \d\d\.\d\d\.\d{4}\./)).toBeVisible();
  await expectNoSeriousA11yViolations(gp, "referral preview");
  await gp.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(gp).toHaveURL(/\/henvisninger\/[^/?]+\?udfoert=sendt/);
  await expect(gp.getByRole("status").filter({ hasText: "Henvisningen er sendt." })).toBeVisible();
  const reference = await referenceOf(gp);
  const referralUrl = gp.url().split("?")[0];
  await expect(gp.getByText("150384-4321")).toBeVisible(); // full CPR on the referral's own page
  await expect(gp.getByText(/Kvittering senest/)).toBeVisible();
  await expectNoSeriousA11yViolations(gp, "referral page (GP, sent)");

  // The GP's list: masked CPR, the compact timeline.
  await gp.goto("/henvisninger");
  await expect(gp.getByRole("heading", { level: 1, name: "Mine henvisninger" })).toBeVisible();
  const gpRow = gp.getByRole("row").filter({ hasText: reference });
  await expect(gpRow.getByText("150384-xxxx")).toBeVisible();
  await expect(gpRow.getByText("Kvittering: afventer")).toBeVisible();
  await expectNoSeriousA11yViolations(gp, "GP list");

  // ── The municipality processes it ──
  const staff = await signedIn(browser, DEMO_USERS.roskildeCoordinator);
  await staff.goto("/henvisninger");
  await expectNoSeriousA11yViolations(staff, "municipal inbox");
  const inboxRow = staff.getByRole("row").filter({ hasText: reference });
  await expect(inboxRow.getByText("150384-xxxx")).toBeVisible();
  await expect(inboxRow).not.toContainText("4321");
  await openFromInbox(staff, reference);
  await expectNoSeriousA11yViolations(staff, "referral page (municipality, sent)");

  await submitTransition(staff, "Kvittér for modtagelse", "Der er kvitteret for modtagelsen.");
  await expect(staff.getByText(/Afgørelse senest/)).toBeVisible();
  await submitTransition(staff, "Acceptér", "Henvisningen er accepteret.");
  await submitTransition(staff, "Start forløbet", "Forløbet er startet.");

  const complete = staff.getByRole("form", { name: "Afslut med slutstatus" });
  await complete.getByRole("group", { name: /Deltog borgeren i tilbuddet/ }).getByRole("radio", { name: "Ja" }).check();
  await complete.getByLabel("Mål for forløbet").fill("Røgfri ved afslutning");
  await complete.getByLabel("Borgerens udbytte").fill("Røgfri i fire uger, CO-måling 2 ppm");
  await complete.getByRole("group", { name: /Skal lægen følge op/ }).getByRole("radio", { name: "Ja" }).check();
  await expectNoSeriousA11yViolations(staff, "referral page (municipality, completing)");
  await complete.getByRole("button", { name: "Afslut med slutstatus" }).click();
  await expect(complete.getByText("Skriv, hvad lægen skal følge op på.")).toBeVisible();
  await complete.getByLabel("Hvad skal lægen følge op på?").fill("Følg op på nikotinplaster ved næste konsultation");
  // The radios keep the answers after a refused submit.
  await expect(complete.getByRole("group", { name: /Deltog borgeren/ }).getByRole("radio", { name: "Ja" })).toBeChecked();
  await complete.getByRole("button", { name: "Afslut med slutstatus" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Forløbet er afsluttet." })).toBeVisible();

  // ── The GP sees the loop closed ──
  await gp.goto("/notifikationer");
  await expect(gp.getByRole("heading", { level: 1, name: "Notifikationer" })).toBeVisible();
  await expect(gp.getByText(`Henvisning ${reference} er afsluttet — se slutstatus.`)).toBeVisible();
  await expect(gp.getByText(`Henvisning ${reference} er accepteret.`)).toBeVisible();
  await expect(gp.getByText(`Kommunen har kvitteret for henvisning ${reference}.`)).toBeVisible();
  await expectNoSeriousA11yViolations(gp, "notifications");
  const notification = gp.getByRole("listitem").filter({ hasText: `Henvisning ${reference} er afsluttet` });
  await notification.getByRole("button", { name: "Åbn henvisningen" }).click();
  await expect(gp).toHaveURL(referralUrl);

  const closing = gp.getByRole("region", { name: "Slutstatus" });
  await expect(closing.getByText("Røgfri ved afslutning")).toBeVisible();
  await expect(closing.getByText("Følg op på nikotinplaster ved næste konsultation")).toBeVisible();
  const timeline = gp.getByRole("region", { name: "Forløb" }).getByRole("listitem");
  await expect(timeline).toHaveCount(5);
  await expect(timeline.nth(0)).toContainText("Henvisning sendt");
  await expect(timeline.nth(1)).toContainText("Kvitteret for modtagelse");
  await expect(timeline.nth(2)).toContainText("Accepteret");
  await expect(timeline.nth(3)).toContainText("Forløbet er startet");
  await expect(timeline.nth(4)).toContainText("Afsluttet med slutstatus");
  await expect(timeline.nth(1)).toContainText("Roskilde Kommune");
  await expectNoSeriousA11yViolations(gp, "referral page (GP, completed)");

  await gp.goto("/henvisninger?status=closed");
  await expect(gp.getByRole("row").filter({ hasText: reference }).getByText("Afsluttet", { exact: true })).toBeVisible();
});

test("the rejection path: the municipality must give a reason, and the GP sees it", async ({ browser }) => {
  const gp = await signedIn(browser, DEMO_USERS.gpRoskilde);
  await gp.goto("/henvisninger/ny");
  await gp.getByRole("combobox", { name: "Bopælskommune" }).selectOption({ label: "Roskilde Kommune" });
  await gp.getByRole("button", { name: "Vis tilbud for kommunen" }).click();
  await gp.getByRole("combobox", { name: "Henvis til" }).selectOption({ label: "Afklarende samtale med Roskilde Kommune" });
  await fillCitizen(gp, "0102104000", "Oskar E2E Afvist");
  await gp.getByRole("radio", { name: /Autoriserede sundhedspersoner/ }).check();
  await gp.getByRole("button", { name: "Gennemse henvisningen" }).click();
  // Edit after the preview keeps the values.
  await gp.getByRole("button", { name: "Ret henvisningen" }).click();
  await expect(gp.getByLabel("Borgerens navn")).toHaveValue("Oskar E2E Afvist");
  await gp.getByRole("button", { name: "Gennemse henvisningen" }).click();
  await gp.getByRole("button", { name: "Send henvisningen" }).click();
  await expect(gp.getByRole("status").filter({ hasText: "Henvisningen er sendt." })).toBeVisible();
  const reference = await referenceOf(gp);
  const referralUrl = gp.url().split("?")[0];

  const staff = await signedIn(browser, DEMO_USERS.roskildeCoordinator);
  await openFromInbox(staff, reference);
  await submitTransition(staff, "Kvittér for modtagelse", "Der er kvitteret for modtagelsen.");
  const reject = staff.getByRole("form", { name: "Afvis" });
  await reject.getByRole("button", { name: "Afvis" }).click();
  await expect(reject.getByText("Udfyld feltet.")).toBeVisible();
  await expect(reject.getByLabel("Begrundelse")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(staff, "referral page (reject with error)");
  await reject.getByLabel("Begrundelse").fill("Borgeren er allerede i forløb hos jobcentrets sundhedsindsats.");
  await reject.getByRole("button", { name: "Afvis" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Henvisningen er afvist." })).toBeVisible();

  await gp.goto("/notifikationer");
  await expect(gp.getByText(`Henvisning ${reference} er afvist — se begrundelsen.`)).toBeVisible();
  // "Mark all as read" empties the header's count and goes away itself (both read the same count).
  await expect(gp.getByRole("banner").getByRole("link", { name: /^Notifikationer \d+ ulæste$/ })).toBeVisible();
  await gp.getByRole("button", { name: "Markér alle som læst" }).click();
  await expect(gp.getByRole("button", { name: "Markér alle som læst" })).toHaveCount(0);
  await expect(gp.getByRole("banner").getByRole("link", { name: "Notifikationer", exact: true })).toBeVisible();
  await gp.goto(referralUrl);
  const rejection = gp.getByRole("region", { name: "Begrundelse for afvisning" });
  await expect(rejection).toContainText("Borgeren er allerede i forløb hos jobcentrets sundhedsindsats.");
  await expect(gp.getByText("Afvist", { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(gp, "referral page (GP, rejected)");
});

test("privacy and the other referral pages: another GP gets 404, the administrator reads the access log, statistics show figures only", async ({ browser }) => {
  const gp = await signedIn(browser, DEMO_USERS.gpRoskilde);
  await gp.goto("/henvisninger");
  await gp.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(gp.getByRole("heading", { level: 1, name: /Henvisning H-/ })).toBeVisible();
  const url = gp.url().split("?")[0];
  const reference = await referenceOf(gp);

  const otherGp = await signedIn(browser, DEMO_USERS.gpSlagelse);
  const response = await otherGp.goto(url);
  expect(response?.status()).toBe(404);
  await expect(otherGp.getByText(reference)).toHaveCount(0);

  const admin = await signedIn(browser, DEMO_USERS.admin);
  await admin.goto(`/admin/adgangslog?henvisning=${reference}`);
  await expect(admin.getByRole("heading", { level: 1, name: "Adgangslog for henvisninger" })).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: DEMO_USERS.gpRoskilde }).first()).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: DEMO_USERS.gpSlagelse })).toHaveCount(0);
  await expectNoSeriousA11yViolations(admin, "access log");
  const adminView = await admin.goto(url);
  expect(adminView?.status()).toBe(404); // the administrator reads the log, not the referral

  const region = await signedIn(browser, "koordinator.region@demo.dk");
  await region.goto("/henvisninger/statistik");
  await expect(region.getByRole("heading", { level: 1, name: "Henvisninger i tal" })).toBeVisible();
  await expect(region.getByRole("table")).toBeVisible();
  await expect(region.getByText(/H-\d{4}-\d{6}|\d{6}-(\d{4}|xxxx)/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(region, "statistics");
  const forbidden = await region.goto(url);
  expect(forbidden?.status()).toBe(404); // committees never see a referral
});
