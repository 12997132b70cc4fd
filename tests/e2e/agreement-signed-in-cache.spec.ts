/**
 * Issue 12, decision 037 ("Signed-in readers"): an agreement version that everybody may read is one
 * cached page for everybody, signed in or not; what a signed-in reader sees beyond it (the workspace
 * link, their drafts in the version list) comes from the reader island. A draft stays per request:
 * its coordinator reads it, a GP of another organisation and a visitor get a real 404.
 *
 * On the seeded Region Sjælland agreement 2015–2018. The draft (an amendment) is started through the
 * UI and removed again at the end (setup by SQL, as tests/e2e/agreements-amend.spec.ts does).
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { siblingDatabaseUrl } from "../support/database-url";

const AGREEMENT_TITLE = "Sundhedsaftale 2015–2018 for Region Sjælland og de 17 kommuner";
let agreementId = "";
let inForce = 0;
let draftNumber = 0;

function databaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL (the e2e database is its sibling <name>_e2e).");
  return siblingDatabaseUrl(process.env.DATABASE_URL, "e2e").url;
}

/** Setup and cleanup only: no open amendment of the seeded agreement before or after this spec. */
async function removeDrafts(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const agreement = await client.query<{ id: string; number: number }>(
      `SELECT a.id, v.number FROM "Agreement" a JOIN "Organisation" o ON o.id = a."regionId" JOIN "AgreementVersion" v ON v."agreementId" = a.id
       WHERE o.name = 'Region Sjælland' AND a."periodStart" = '2015-01-01' AND v.status = 'IN_FORCE'`,
    );
    ({ id: agreementId, number: inForce } = agreement.rows[0]);
    await client.query(`DELETE FROM "AgreementVersion" WHERE "agreementId" = $1 AND status IN ('DRAFT', 'CONSULTATION')`, [agreementId]);
  } finally {
    await client.end();
  }
}

test.beforeAll(removeDrafts);
test.afterAll(removeDrafts);

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD, "/aftaler");
  return page;
}

const versionPath = (number: number) => `/aftaler/${agreementId}/v/${number}`;

test.describe.serial("the agreement page for signed-in readers", () => {
  test("a signed-in coordinator and a visitor without a session get the same cached version page; the coordinator's link is the island's", async ({ browser }) => {
    const visitor = await (await browser.newContext()).newPage();
    const first = await visitor.goto(versionPath(inForce));
    expect(first?.status()).toBe(200);
    const anonymous = await visitor.goto(versionPath(inForce));
    expect(anonymous?.headers()["x-nextjs-cache"]).toBe("HIT");
    const html = await anonymous!.text();

    const coordinator = await signedIn(browser, DEMO_USERS.regionCoordinator);
    const response = await coordinator.goto(versionPath(inForce));
    expect(response?.status()).toBe(200);
    expect(response?.headers()["x-nextjs-cache"], "the coordinator gets the page the visitor's request cached").toBe("HIT");
    expect(await response!.text(), "the same document, byte for byte").toBe(html);
    await expect(coordinator.getByRole("heading", { level: 1, name: AGREEMENT_TITLE })).toBeVisible();
    await expect(coordinator.locator('[id="afsnit-2-1-1"]')).toBeVisible();
    // The user's part: the header (account island) and the workspace link (reader island).
    await expect(coordinator.getByRole("banner").getByText("Lars Mikkelsen").first()).toBeVisible();
    await expect(coordinator.getByRole("link", { name: "Åbn redigering" })).toBeVisible();
    await expect(coordinator).toHaveTitle(/\S/);
    await expectNoSeriousA11yViolations(coordinator, "version page (cached, signed in as a coordinator)");

    // Neither the visitor nor a GP (signed in, no party's coordinator) is offered the workspace.
    const gp = await signedIn(browser, DEMO_USERS.gpRoskilde);
    const gpResponse = await gp.goto(versionPath(inForce));
    expect(gpResponse?.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(gp.getByRole("banner").getByText("Søren Pedersen").first()).toBeVisible();
    const island = await gp.request.get(`/api/aftaler/${agreementId}/v/${inForce}`);
    expect(await island.json()).toEqual({ reader: { canOpenWorkspace: false, drafts: [] } });
    await expect(gp.getByRole("link", { name: "Åbn redigering" })).toHaveCount(0);
    await expect(visitor.getByRole("link", { name: "Åbn redigering" })).toHaveCount(0);
    await Promise.all([visitor.context().close(), coordinator.context().close(), gp.context().close()]);
  });

  test("the coordinator still gets their workspace and their draft; a GP of another organisation and a visitor get a 404", async ({ browser }) => {
    const coordinator = await signedIn(browser, DEMO_USERS.regionCoordinator);
    await coordinator.goto(versionPath(inForce));
    await coordinator.getByRole("link", { name: "Åbn redigering" }).click();
    await coordinator.getByLabel("Navn på tillægget").fill("Tillæg læst fra cachen");
    await coordinator.getByRole("button", { name: "Start tillæg" }).click();
    await expect(coordinator.getByRole("status").filter({ hasText: "Tillægget er oprettet" })).toBeVisible();
    draftNumber = inForce + 1;

    // The cached page of the version in force lists the coordinator's draft (reader island) …
    // (Starting the amendment revalidated it: rendered afresh into the cache, MISS — still the cached route.)
    const cached = await coordinator.goto(versionPath(inForce));
    expect(cached?.headers()["x-nextjs-cache"]).toMatch(/^(HIT|MISS|STALE)$/);
    const versions = coordinator.getByRole("navigation", { name: "Versioner af aftalen" });
    await versions.getByRole("link", { name: `Version ${draftNumber}: Tillæg læst fra cachen (Udkast)` }).click();
    // … and the draft's own page is the per-request one, with the draft in it.
    await expect(coordinator).toHaveURL(new RegExp(`${versionPath(draftNumber)}$`));
    await expect(coordinator.getByText("Dette er et udkast, som kun parternes koordinatorer kan se.")).toBeVisible();
    const direct = await coordinator.goto(versionPath(draftNumber));
    expect(direct?.status()).toBe(200);
    expect(direct?.headers()["x-nextjs-cache"], "a draft is never served from the cache").toBeUndefined();
    await expect(coordinator.getByRole("link", { name: "Åbn redigering" })).toBeVisible();
    await expect(coordinator).toHaveTitle(/\S/);
    await expectNoSeriousA11yViolations(coordinator, "draft version page (per request, its coordinator)");

    // A GP of another organisation: a real 404, for the page and for the island's answer.
    const gp = await signedIn(browser, DEMO_USERS.gpRoskilde);
    const refused = await gp.goto(versionPath(draftNumber));
    expect(refused?.status()).toBe(404);
    await expect(gp.getByText("Tillæg læst fra cachen")).toHaveCount(0);
    expect((await gp.request.get(`/api/aftaler/${agreementId}/v/${draftNumber}`)).status()).toBe(404);
    // … and the GP's list of versions on the cached page has no draft.
    await gp.goto(versionPath(inForce));
    await expect(gp.getByRole("banner").getByText("Søren Pedersen").first()).toBeVisible();
    await expect(gp.getByText("Tillæg læst fra cachen")).toHaveCount(0);

    // A visitor without a session: a 404 too.
    const visitor = await (await browser.newContext()).newPage();
    expect((await visitor.goto(versionPath(draftNumber)))?.status()).toBe(404);
    await Promise.all([coordinator.context().close(), gp.context().close(), visitor.context().close()]);
  });
});
