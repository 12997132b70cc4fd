/**
 * Issue 12 end to end: one lookup page, one cache, for everybody (docs/decisions/019).
 * - a signed-in GP and a visitor without a session get the same results for the same search, both
 *   from the cache; the GP's header still shows who is signed in (the account island, /api/konto);
 * - an offer edited by its coordinator is in the lookup on the very next request (the offer actions
 *   revalidate the cached lookup pages), for both;
 * - without JavaScript the sign-in page (cached per state) signs in, the lookup searches, and the
 *   signed-in user reaches their own pages from the lookup's header.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";

const SEARCH = "/tilbud?q=rygning&kommune=265";
const OFFER = "seed-offer-roskilde-rygestop-gruppe";
const TITLE = "Rygestopkursus i grupper";

test.describe.configure({ mode: "serial" });

async function signedIn(browser: Browser, email: string, next = "/"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD, next);
  return page;
}

/** The titles of the results, in order. */
async function resultTitles(page: Page): Promise<string[]> {
  const results = page.getByRole("region", { name: /^(Resultater|Results)/ });
  await expect(results.getByRole("listitem").first()).toBeVisible();
  return results.getByRole("listitem").evaluateAll((items) => items.map((item) => item.querySelector("a")?.textContent?.trim() ?? ""));
}

test("a signed-in GP and a visitor without a session get the same cached results; the GP's header shows the GP", async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(SEARCH);
  const anonymous = await resultTitles(visitor);
  expect(anonymous).toContain(TITLE);
  await expect(visitor.getByRole("banner").getByRole("link", { name: "Log ind", exact: true }).first()).toBeVisible();

  const gp = await signedIn(browser, DEMO_USERS.gpRoskilde);
  const response = await gp.goto(SEARCH);
  expect(response?.headers()["x-nextjs-cache"], "the GP gets the page the visitor's request cached").toBe("HIT");
  expect(await resultTitles(gp)).toEqual(anonymous);
  // The header draws its tools twice (wide screens, and the phone menu): the first is the one shown here.
  const banner = gp.getByRole("banner");
  await expect(banner.getByText("Søren Pedersen").first()).toBeVisible();
  await expect(banner.getByRole("button", { name: "Log ud" }).first()).toBeVisible();
  await expect(banner.getByRole("link", { name: "Log ind", exact: true })).toHaveCount(0);
  // The GP's menu (Henvisninger), with Tilbud marked as the current page.
  const menu = gp.getByRole("navigation", { name: "Hovedmenu" });
  await expect(menu.getByRole("link", { name: "Henvisninger" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Tilbud" })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(gp, `${SEARCH} (cached, signed in)`);

  // The header's user part works: sign-out from the cached page ends the session.
  await banner.getByRole("button", { name: "Log ud" }).first().click();
  await expect(gp.getByRole("banner").getByRole("link", { name: "Log ind", exact: true }).first()).toBeVisible();
  const after = await gp.request.get("/api/konto");
  expect(await after.json()).toEqual({ account: null });
  await gp.context().close();
  await visitor.context().close();
});

test("an offer edited by its coordinator is in the lookup on the next request, signed in and not", async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  const gp = await signedIn(browser, DEMO_USERS.gpRoskilde);
  await visitor.goto(SEARCH);
  await gp.goto(SEARCH);
  expect(await resultTitles(gp)).toContain(TITLE);

  const coordinator = await signedIn(browser, DEMO_USERS.roskildeCoordinator, `/mine-tilbud/${OFFER}/rediger`);
  const edit = async (title: string) => {
    await coordinator.goto(`/mine-tilbud/${OFFER}/rediger`);
    await coordinator.getByLabel("Titel").fill(title);
    await coordinator.getByRole("button", { name: "Gem", exact: true }).click();
    await expect(coordinator.getByRole("status").filter({ hasText: "Ændringerne er gemt." })).toBeVisible();
  };
  const renamed = `${TITLE} (nyt navn ${Date.now().toString(36)})`;
  try {
    await edit(renamed);
    // The very next request after the save — no waiting, no reload loop: the save revalidated the page.
    for (const page of [visitor, gp]) {
      await page.goto(SEARCH);
      expect(await resultTitles(page)).toContain(renamed);
      expect(await resultTitles(page)).not.toContain(TITLE);
    }
  } finally {
    await edit(TITLE); // the seeded title back for the other specs
  }
  await visitor.goto(SEARCH);
  expect(await resultTitles(visitor)).toContain(TITLE);
  await Promise.all([visitor.context().close(), gp.context().close(), coordinator.context().close()]);
});

test("without JavaScript: the cached sign-in page signs in, the lookup searches, the header leads to the user's pages", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const first = await page.goto(`/logind?next=${encodeURIComponent(SEARCH)}`);
  expect(first?.headers()["x-nextjs-cache"]).toMatch(/MISS|STALE|HIT/);
  await page.getByLabel("E-mailadresse").fill(DEMO_USERS.gpRoskilde);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page).toHaveURL(SEARCH);
  expect(await resultTitles(page)).toContain(TITLE);

  // The cached page's header carries the sign-in link; signed in, it leads to the user's front page.
  await page.getByRole("banner").getByRole("link", { name: "Log ind", exact: true }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByText("Søren Pedersen").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Henvisninger" })).toBeVisible();

  // The sign-in page of a state is served from the cache the second time.
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const again = await visitor.goto(`/logind?next=${encodeURIComponent(SEARCH)}`);
  expect(again?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(visitor.getByText("Log ind for at se siden.")).toBeVisible();
  await Promise.all([context.close(), visitor.context().close()]);
});
