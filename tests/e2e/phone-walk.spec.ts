/**
 * Issue 16 (phones and the browser audit): every page, signed out and as each demo role, at a
 * 390 × 844 phone — the document never scrolls sideways (WCAG 1.4.10 Reflow: scrollWidth ≤ the
 * viewport's width), the header ends within 80 px, and the browser's console shows
 * no error (a missing favicon, a failed request, a hydration error, a script error).
 *
 * "Every page" is found, not listed: from the front page and the menu, every same-origin link in
 * the header and the main content is followed (breadth first), one URL per route pattern (ids and
 * version numbers become placeholders), so a page added tomorrow is walked tomorrow.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, signIn } from "./support/auth";

const PHONE = { width: 390, height: 844 };
/** Enough for every page pattern a role can reach (the admin reaches the most, about 40). */
const MAX_PAGES = 60;
/** Not pages: downloads, API answers, and the sign-in page (a signed-in walk must stay signed in). */
const SKIP = [/^\/api\//, /\/eksport/, /\/export/, /\.csv$/, /^\/logind/, /^\/_next\//];

/** A route pattern: ids and numbers become placeholders, the query (other than its keys) is dropped. */
export function routePattern(url: URL): string {
  const path = url.pathname
    .split("/")
    .map((segment) => (/^[a-z0-9]{20,}$/.test(segment) || /^[0-9a-f-]{36}$/.test(segment) || /^seed-/.test(segment) ? ":id" : /^\d+$/.test(segment) ? ":n" : segment))
    .join("/");
  const keys = [...new Set(url.searchParams.keys())].sort().join(",");
  return keys ? `${path}?${keys}` : path;
}

type Finding = { url: string; problem: string };

async function check(page: Page, url: string, consoleErrors: string[]): Promise<Finding[]> {
  consoleErrors.length = 0;
  const response = await page.goto(url, { waitUntil: "load" });
  const findings: Finding[] = [];
  const status = response?.status() ?? 0;
  if (status >= 500) findings.push({ url, problem: `answered ${status}` });
  const { scrollWidth, viewport, headerBottom } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    headerBottom: document.querySelector("header")?.getBoundingClientRect().bottom ?? null,
  }));
  if (scrollWidth > viewport) {
    // Name the widest elements, so the failure says where to look.
    const wide = await page.evaluate((limit) => {
      const out: string[] = [];
      const clipped = (el: Element) => {
        for (let p = el.parentElement; p; p = p.parentElement) if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(p).overflowX)) return true;
        return false;
      };
      for (const el of Array.from(document.querySelectorAll("body *"))) {
        const rect = el.getBoundingClientRect();
        if (rect.right > limit + 1 && rect.width > 0 && !clipped(el) && out.length < 3) out.push(`${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").split(" ").slice(0, 3).join(".")} (${Math.round(rect.right)} px)`);
      }
      return out;
    }, viewport);
    findings.push({ url, problem: `scrolls sideways: ${scrollWidth} px > ${viewport} px — ${wide.join(", ")}` });
  }
  // The shell's share of the first screen: the header ends within 80 px (it took 193–359 px), so a
  // page whose heading comes first has it within the first 120 px.
  if (headerBottom !== null && headerBottom > 80) findings.push({ url, problem: `the header ends ${Math.round(headerBottom)} px down` });
  await page.waitForTimeout(50); // a late console message (hydration) still belongs to this page
  for (const message of consoleErrors) findings.push({ url, problem: `console: ${message}` });
  return findings;
}

/** Walks every page pattern reachable by links from the front page; returns what failed and what was seen. */
async function walk(page: Page): Promise<{ findings: Finding[]; visited: string[] }> {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.text()} ${message.location().url ?? ""}`.trim());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  const origin = new URL(page.url()).origin;
  const queue = ["/", "/tilbud?q=rygestop"];
  const seen = new Set<string>();
  const visited: string[] = [];
  const findings: Finding[] = [];
  while (queue.length > 0 && visited.length < MAX_PAGES) {
    const next = queue.shift()!;
    const url = new URL(next, origin);
    const pattern = routePattern(url);
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    visited.push(url.pathname + url.search);
    findings.push(...(await check(page, url.pathname + url.search, consoleErrors)));
    const links = await page.$$eval("header a[href], main a[href]", (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const target = new URL(href);
      if (target.origin !== origin || SKIP.some((skip) => skip.test(target.pathname))) continue;
      if (!seen.has(routePattern(target))) queue.push(target.pathname + target.search);
    }
  }
  return { findings, visited };
}

test.describe("at 390 × 844", () => {
  test.use({ viewport: PHONE });
  // A walk is tens of pages, each rendered by the server: minutes, not the default minute.
  test.describe.configure({ timeout: 600_000 });

  test("signed out: no page scrolls sideways or logs a console error", async ({ page }) => {
    await page.goto("/");
    const { findings, visited } = await walk(page);
    expect(visited.length, visited.join("\n")).toBeGreaterThan(5);
    expect(findings).toEqual([]);
  });

  for (const [role, email] of Object.entries(DEMO_USERS)) {
    test(`signed in as ${role}: no page scrolls sideways or logs a console error`, async ({ page }) => {
      await signIn(page, email, DEMO_PASSWORD);
      const { findings, visited } = await walk(page);
      expect(visited.length, visited.join("\n")).toBeGreaterThan(5);
      expect(findings).toEqual([]);
    });
  }
});

test("the favicon and robots.txt answer (no console error for them on any page)", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\//);
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toMatch(/User-Agent: \*/i);
  // The public pages may be indexed; the signed-in area may not.
  expect(text).toMatch(/Disallow: \/henvisninger/);
  expect(text).not.toMatch(/Disallow: \/tilbud\b/);
});

test("the language switch has no role a form may not take (axe aria-allowed-role, any impact)", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).withRules(["aria-allowed-role"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await expect(page.getByRole("group", { name: "Sprog" }).getByRole("button", { name: "English" })).toBeVisible();
});

test("in the English UI the Danish content is marked lang=da (WCAG 3.1.2): agreement text, offers", async ({ page }) => {
  await page.goto("/aftaler");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.locator("main table a").first().click();
  await expect(page.locator("main h1")).toHaveAttribute("lang", "da");
  // The section bodies (rendered Markdown, a section's direct <div>) and titles are Danish elements.
  expect(await page.locator("main section[aria-labelledby^='afsnit'] > div[lang='da']").count()).toBeGreaterThan(0);
  expect(await page.locator("main section[aria-labelledby^='afsnit'] > div:not([lang='da'])").count()).toBe(0);
  expect(await page.locator("main section[aria-labelledby^='afsnit'] :is(h2, h3, h4) > span[lang='da']").count()).toBeGreaterThan(0);

  await page.goto("/tilbud?q=rygestop");
  const first = page.locator("main ol > li").first();
  await expect(first.locator("h3")).toHaveAttribute("lang", "da");
  await first.locator("h3 a").click();
  await expect(page.locator("main h1")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("link", { name: "Back to the search" })).toHaveAttribute("href", "/tilbud?q=rygestop");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
});

test("public pages are kept for the back button; signed-in pages are not stored", async ({ request }) => {
  for (const path of ["/", "/aftaler", "/tilbud/daekning", "/logind"]) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toBe("private, no-cache");
  }
});
