/**
 * Issue 18, item 2, end to end: "Log ud" ends the session on the server — a copy of the cookie taken
 * before sign-out no longer opens /profil — and the profile page's "Skift adgangskode" and "Log ud
 * alle steder" end every session of the user, in every browser. A user of its own (created by the
 * administrator through the UI), so no demo user's password or sessions change.
 */
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

const FIRST_PASSWORD = "forste-adgangskode-2026";
const SECOND_PASSWORD = "anden-adgangskode-2026!";

async function createUser(browser: Browser): Promise<string> {
  const email = `sessioner.${Date.now()}@demo.dk`;
  const admin = await browser.newContext();
  const page = await admin.newPage();
  await signIn(page, DEMO_USERS.admin, undefined, "/admin/brugere/ny");
  await page.getByLabel("Navn").fill("Signe Session");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Første adgangskode").fill(FIRST_PASSWORD);
  await page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByText("Brugeren er oprettet.")).toBeVisible();
  await admin.close();
  return email;
}

async function signedIn(browser: Browser, email: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signIn(await context.newPage(), email, password, "/profil");
  return context;
}

/** A second browser holding a copy of this one's cookies (as a stolen or forgotten cookie would be). */
async function copyOf(browser: Browser, context: BrowserContext): Promise<BrowserContext> {
  const copy = await browser.newContext();
  await copy.addCookies(await context.cookies());
  return copy;
}

async function expectSignedOut(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/profil");
  await expect(page).toHaveURL(/\/logind\?next=%2Fprofil$/);
  await page.close();
}

test("sign-out ends the session: a copy of the cookie taken before no longer works", async ({ browser }) => {
  const email = await createUser(browser);
  const context = await signedIn(browser, email, FIRST_PASSWORD);
  const copy = await copyOf(browser, context);
  const copyPage = await copy.newPage();
  await copyPage.goto("/profil");
  await expect(copyPage.getByRole("heading", { level: 1, name: "Din profil" })).toBeVisible(); // the copy works while signed in

  const page = context.pages()[0];
  await page.getByRole("button", { name: "Log ud", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Log ind" })).toBeVisible();

  await expectSignedOut(copy);
  await Promise.all([context.close(), copy.close()]);
});

test("changing the password and 'log ud alle steder' end every session of the user", async ({ browser }) => {
  const email = await createUser(browser);
  const here = await signedIn(browser, email, FIRST_PASSWORD);
  const elsewhere = await signedIn(browser, email, FIRST_PASSWORD);
  const page = here.pages()[0];
  await expectNoSeriousA11yViolations(page);

  // A wrong current password: a message at the field, nothing changed.
  await page.getByLabel("Nuværende adgangskode").fill("ikke-den-rigtige");
  await page.getByLabel("Ny adgangskode").fill(SECOND_PASSWORD);
  await page.getByLabel("Gentag den nye adgangskode").fill(SECOND_PASSWORD);
  await page.getByRole("button", { name: "Skift adgangskode" }).click();
  await expect(page.getByText("Den nuværende adgangskode er forkert.")).toBeVisible();
  await expect(page.getByLabel("Nuværende adgangskode")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Nuværende adgangskode").fill(FIRST_PASSWORD);
  await page.getByLabel("Ny adgangskode").fill(SECOND_PASSWORD);
  await page.getByLabel("Gentag den nye adgangskode").fill(SECOND_PASSWORD);
  await page.getByRole("button", { name: "Skift adgangskode" }).click();
  await expect(page).toHaveURL(/\/logind\?udlogget=adgangskode$/);
  await expect(page.getByRole("status").filter({ hasText: "Din adgangskode er skiftet" })).toBeVisible();
  await expectSignedOut(elsewhere);

  // The old password no longer signs in; the new one does.
  await page.getByLabel("E-mailadresse").fill(email);
  await page.getByLabel("Adgangskode").fill(FIRST_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Forkert e-mailadresse eller adgangskode." })).toBeVisible();
  await Promise.all([here.close(), elsewhere.close()]);

  const first = await signedIn(browser, email, SECOND_PASSWORD);
  const second = await signedIn(browser, email, SECOND_PASSWORD);
  const profile = first.pages()[0];
  await profile.getByRole("button", { name: "Log ud alle steder" }).click();
  await expect(profile).toHaveURL(/\/logind\?udlogget=alle$/);
  await expect(profile.getByRole("status").filter({ hasText: "Du er logget ud alle steder." })).toBeVisible();
  await expectSignedOut(second);
  await Promise.all([first.close(), second.close()]);
});
