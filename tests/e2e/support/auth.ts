import { expect, type Page } from "@playwright/test";

/** The demo password (seeded only outside production). */
export const DEMO_PASSWORD = "demo-adgang-2026";

export const DEMO_USERS = {
  admin: "admin@demo.dk",
  regionCoordinator: "koordinator.region@demo.dk",
  roskildeCoordinator: "koordinator.roskilde@demo.dk",
  naestvedCoordinator: "koordinator.naestved@demo.dk",
  gpRoskilde: "laege.roskilde@demo.dk",
  gpSlagelse: "laege.slagelse@demo.dk",
  chair: "formand@demo.dk",
  member: "medlem@demo.dk",
} as const;

/** Signs in through the real form (in Danish) and waits until the portal has let the user in. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD, next = "/"): Promise<void> {
  await page.goto(`/logind?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mailadresse").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page).not.toHaveURL(/\/logind/);
}

export async function signOut(page: Page): Promise<void> {
  const signOutButton = page.getByRole("button", { name: /^(Log ud|Sign out)$/ });
  // On a phone the header folds the user's part into its "Menu" disclosure: open it first.
  // (Below Tailwind's md breakpoint, 768 px; the user's part may still be loading from /api/konto.)
  if ((page.viewportSize()?.width ?? 1280) < 768) await page.getByRole("banner").locator("summary", { hasText: "Menu" }).click();
  await signOutButton.click();
  // The header's sign-in link (a page may show another one in its content).
  await expect(page.getByRole("banner").getByRole("link", { name: /^(Log ind|Sign in)$/ })).toBeVisible();
}
