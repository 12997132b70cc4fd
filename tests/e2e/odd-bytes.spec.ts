/**
 * Text is clean at the edge (issue 18, "odd bytes give 500"): a NUL byte (%00), another control
 * character or a broken escape in a query parameter or a path segment is a page (or a 400/404),
 * never a 500 — PostgreSQL cannot store or compare NUL, so such a value must not reach it. The probe
 * of issue 18 found 500s at these routes; tests/integration/text-clean-at-the-edge.test.ts shows the
 * reads behind them threw PostgreSQL's 22021 before lib/validation/primitives.ts.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./support/auth";

const AGREEMENT = "/aftaler/seed-agreement-sjl1518";

async function statusOf(request: APIRequestContext | Page["request"], url: string): Promise<number> {
  return (await request.get(url, { maxRedirects: 0 })).status();
}

test("open data (HSDS): NUL in the organisations search is a page, a service id that cannot be an id is 404", async ({ request }) => {
  expect(await statusOf(request, "/api/hsds/organizations?search=%00")).toBe(200);
  expect(await statusOf(request, "/api/hsds/organizations?search=Roskilde%00%07")).toBe(200);
  expect(await statusOf(request, "/api/hsds/services?search=%00")).toBe(200);
  expect(await statusOf(request, "/api/hsds/services/%00")).toBe(404);
  expect(await statusOf(request, "/api/hsds/services/abc%00def")).toBe(404);
  expect(await statusOf(request, "/api/hsds/services?organization_id=%00")).toBe(400);
});

test("the agreement search: NUL and control characters in q are stripped, the search page answers", async ({ page }) => {
  for (const q of ["%00", "frist%00", "%1B%5B2J"]) {
    const response = await page.goto(`${AGREEMENT}/v/1/soeg?q=${q}`);
    expect(response?.status(), q).toBe(200);
  }
  // A path segment that cannot be an id is 404, not 500.
  expect((await page.goto("/aftaler/%00"))?.status()).toBe(404);
  expect((await page.goto("/tilbud/%00"))?.status()).toBe(404);
  expect((await page.goto("/tilbud?q=%00"))?.status()).toBe(200);
});

test("signed in: an initiative id, the members filter, admin user search and audit filter with NUL are pages or 404", async ({ browser }) => {
  const chair = await (await browser.newContext()).newPage();
  await signIn(chair, DEMO_USERS.chair);
  expect((await chair.goto("/initiativer/%00"))?.status()).toBe(404);
  expect((await chair.goto("/initiativer/x%00y"))?.status()).toBe(404);
  expect((await chair.goto("/initiativer?q=%00"))?.status()).toBe(200);
  expect((await chair.goto("/fora/%00"))?.status()).toBe(404);

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, DEMO_USERS.roskildeCoordinator);
  expect((await coordinator.goto("/organisation/medlemmer?organisationId=%00"))?.status()).toBe(404);
  expect((await coordinator.goto("/mine-tilbud/%00"))?.status()).toBe(404);
  expect((await coordinator.goto("/henvisninger/%00"))?.status()).toBe(404);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO_USERS.admin);
  const search = await admin.goto("/admin/brugere?q=%00");
  expect(search?.status()).toBe(200);
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  for (const filter of ["userId", "organisationId", "entityType", "entityId"]) {
    expect((await admin.goto(`/admin/revision?${filter}=%00`))?.status(), filter).toBe(200);
  }
  expect((await admin.goto("/admin/brugere/%00"))?.status()).toBe(404);
  expect((await admin.goto("/admin/adgangslog?henvisning=%00&bruger=%00"))?.status()).toBe(200);
});

test("a NUL typed into the profile name gets a message at the field, nothing is saved", async ({ page }) => {
  await signIn(page, DEMO_USERS.member, undefined, "/profil");
  await page.goto("/profil");
  const name = page.getByLabel("Navn");
  const before = await name.inputValue();
  await name.fill("Med\u0000nul");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByText("Feltet indeholder et usynligt styretegn")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByLabel("Navn")).toHaveValue(before);
});
