/**
 * Issue 2 end to end: every demo user signs in; throttling; a deactivated user's open session stops
 * working; cross-organisation membership access is not found; invalid input shows field messages in
 * the current language; axe on the sign-in page, the shell and the admin pages.
 */
import { expect, test, type Browser } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

async function newSignedInPage(browser: Browser, email: string, next = "/") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD, next);
  return { context, page };
}

test("the health endpoint answers ok with the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: "ok" });
  // npm start's job worker installs the queue shortly after the server answers (decision 022).
  expect(["ok", "not started"]).toContain(body.jobs);
  expect(body.smtp).toBeUndefined(); // no SMTP_URL in the e2e environment
});

test("every demo user can sign in and out", async ({ browser }) => {
  for (const email of Object.values(DEMO_USERS)) {
    const { context, page } = await newSignedInPage(browser, email);
    await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
    await page.getByRole("button", { name: "Log ud" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Log ind" })).toBeVisible();
    await context.close();
  }
});

test("repeated wrong passwords are throttled with a clear message", async ({ page }) => {
  // An address without an account is throttled the same way, so no demo user gets locked.
  const email = `ukendt-${Date.now()}@demo.dk`;
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.goto("/logind");
    await page.getByLabel("E-mailadresse").fill(email);
    await page.getByLabel("Adgangskode").fill("forkert-kode");
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Forkert e-mailadresse eller adgangskode." })).toBeVisible();
  }
  await page.getByLabel("E-mailadresse").fill(email);
  await page.getByLabel("Adgangskode").fill("forkert-kode");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /For mange mislykkede forsøg\. Prøv igen kl\. \d\d:\d\d\./ })).toBeVisible();
});

test("invalid input gets a message at each field, in Danish and in English", async ({ page }) => {
  await page.goto("/logind");
  await page.getByLabel("E-mailadresse").fill("ikke-en-adresse");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  const email = page.getByLabel("E-mailadresse");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Skriv en gyldig e-mailadresse, fx navn@kommune.dk.")).toBeVisible();
  await expect(page.getByText("Udfyld feltet.")).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("E-mail address").fill("not-an-address");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter a valid e-mail address, e.g. name@municipality.dk.")).toBeVisible();
  await expect(page.getByText("Fill in this field.")).toBeVisible();

  // The choice persists across requests.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
});

test("an administrator creates a user, whose open session ends when deactivated", async ({ browser }) => {
  const email = `ny.bruger.${Date.now()}@demo.dk`;
  const admin = await newSignedInPage(browser, DEMO_USERS.admin, "/admin/brugere/ny");

  // Bad input first: messages at the fields, nothing saved.
  await admin.page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(admin.page.getByLabel("Navn")).toHaveAttribute("aria-invalid", "true");

  await admin.page.getByLabel("Navn").fill("Karen Ny Bruger");
  await admin.page.getByLabel("E-mail").fill(email);
  await admin.page.getByLabel("Første adgangskode").fill("en-lang-kode-2026");
  await admin.page.getByRole("button", { name: "Opret bruger" }).click();
  await expect(admin.page.getByText("Brugeren er oprettet.")).toBeVisible();
  const userUrl = admin.page.url();

  const user = await browser.newContext();
  const userPage = await user.newPage();
  await signIn(userPage, email, "en-lang-kode-2026", "/profil");
  await expect(userPage.getByRole("heading", { level: 1 })).toBeVisible();

  await admin.page.goto(userUrl);
  await admin.page.getByRole("link", { name: "Deaktivér bruger" }).click();
  await admin.page.getByRole("button", { name: "Ja, deaktivér" }).click();
  await expect(admin.page.getByText("Brugeren er deaktiveret og logget ud.")).toBeVisible();

  // The user's session cookie still exists, but the next request finds the user deactivated — and the
  // sign-in page still knows the way back.
  await userPage.goto("/profil");
  await expect(userPage).toHaveURL(/\/logind\?next=%2Fprofil$/);

  await user.close();
  await admin.context.close();
});

test("a stale or forged session cookie leads to sign-in and back to the page asked for", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  // A cookie the server cannot read, as an expired session or a secret rotation leaves behind.
  await context.addCookies([{ name: "authjs.session-token", value: "not-a-session", url: baseURL! }]);
  const page = await context.newPage();
  for (const path of ["/henvisninger/statistik", "/admin/brugere", "/organisation/medlemmer"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/logind\\?next=${encodeURIComponent(path)}$`));
  }
  await page.getByLabel("E-mailadresse").fill(DEMO_USERS.admin);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page).toHaveURL(/\/organisation\/medlemmer$/);
  await context.close();
});

test("a coordinator cannot see or change another organisation's memberships", async ({ browser }) => {
  const admin = await newSignedInPage(browser, DEMO_USERS.admin, `/admin/brugere?q=${DEMO_USERS.roskildeCoordinator}`);
  await admin.page.getByRole("table").getByRole("link").first().click();
  await expect(admin.page).toHaveURL(/\/admin\/brugere\/[^/?]+/);
  const roskildeUserUrl = new URL(admin.page.url()).pathname;
  await admin.context.close();

  const naestved = await newSignedInPage(browser, DEMO_USERS.naestvedCoordinator, "/organisation/medlemmer");
  await expect(naestved.page.getByRole("heading", { level: 1 })).toBeVisible();
  // (one row per role: the demo coordinator is also a caseworker)
  await expect(naestved.page.getByText("koordinator.naestved@demo.dk").first()).toBeVisible();
  await expect(naestved.page.getByText("koordinator.roskilde@demo.dk")).toHaveCount(0);

  // A forged URL to another organisation's user: not found, not forbidden.
  const response = await naestved.page.goto(roskildeUserUrl);
  expect(response?.status()).toBe(404);
  // Inside the portal's own shell: the user is still shown as signed in, the menu is there.
  await expect(naestved.page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
  await expect(naestved.page.getByRole("button", { name: "Log ud" })).toBeVisible();
  await naestved.context.close();
});

test("axe: sign-in page, shell and admin pages have no serious violations", async ({ browser, page }) => {
  await page.goto("/logind");
  await expectNoSeriousA11yViolations(page, "/logind");
  await page.goto("/");
  await expectNoSeriousA11yViolations(page, "/ (signed out)");
  const missing = await page.goto("/findes-ikke");
  expect(missing?.status()).toBe(404);
  // No route matches: a plain page in both languages (it is rendered into every page's payload, so it reads nothing).
  await expect(page.getByRole("heading", { level: 1, name: /Siden findes ikke.*Page not found/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "404");

  const admin = await newSignedInPage(browser, DEMO_USERS.admin);
  for (const path of ["/", "/admin/brugere", "/admin/brugere/ny", "/admin/revision", "/profil"]) {
    await admin.page.goto(path);
    await expectNoSeriousA11yViolations(admin.page, path);
  }
  await admin.page.goto("/admin/brugere");
  await admin.page.getByRole("table").getByRole("link").first().click();
  await expectNoSeriousA11yViolations(admin.page, "user detail");
  await admin.context.close();

  const coordinator = await newSignedInPage(browser, DEMO_USERS.roskildeCoordinator, "/organisation/medlemmer");
  await expectNoSeriousA11yViolations(coordinator.page, "/organisation/medlemmer");
  await coordinator.context.close();
});
