/**
 * Issue 16 item 2 in the browser: a caseworker records that a course started yesterday. The referral
 * is started "yesterday" (its start in the timeline is yesterday), and the closing-status deadline the
 * page shows is counted from yesterday: the end of the 8-week KOL course plus the agreement's five
 * working days (the same arithmetic as the seed's, lib/calendar). A start in the future is refused at
 * the field. Runs on the seeded demo referral H-2026-000007 (accepted 12 days ago, Roskilde's KOL).
 */
import { expect, test } from "@playwright/test";
import { DEMO_USERS, signIn } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { addDays, closingDaysFromSetting, danishDate, deadlineAfter, endOfDanishDay } from "../../lib/calendar";
import { SECTIONS } from "../../prisma/seed/agreement-sjaelland-sections";

const REFERRAL = "/henvisninger/seed-referral-h-2026-000007";
const KOL_COURSE_WEEKS = 8; // prisma/seed/offers-catalogue.ts, TEMPLATES.kol.durationWeeks

const danish = (iso: string) => iso.split("-").reverse().join(".");

test("a referral started yesterday has its deadline counted from yesterday", async ({ page }) => {
  test.setTimeout(120_000);
  const today = danishDate(new Date());
  const yesterday = addDays(today, -1);
  const obligation = SECTIONS.flatMap((s) => s.obligations ?? []).find((o) => o.milestone === "CLOSING_STATUS")!;
  const rule = { amount: obligation.amount ?? null, unit: obligation.unit ?? null };
  const expected = deadlineAfter(endOfDanishDay(addDays(yesterday, KOL_COURSE_WEEKS * 7)), rule, { closingDays: closingDaysFromSetting(process.env.WORKING_DAY_OPEN_CLOSING_DAYS) })!;

  await signIn(page, DEMO_USERS.roskildeCoordinator, undefined, REFERRAL);
  await page.goto(REFERRAL);
  const start = page.getByRole("form", { name: "Start forløbet" });
  const day = start.getByLabel("Forløbet startede den");
  await expect(day).toHaveValue(today); // today by default

  // Tomorrow is refused, at the field, and nothing changes.
  await day.fill(addDays(today, 1));
  await start.getByRole("button", { name: "Start forløbet" }).click();
  await expect(start.getByText("Datoen kan ikke ligge i fremtiden.")).toBeVisible();
  await expect(day).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page, "referral start with a date error");

  await day.fill(yesterday);
  await start.getByRole("button", { name: "Start forløbet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Forløbet er startet." })).toBeVisible();
  const started = page.getByRole("listitem").filter({ hasText: "Forløbet er startet" });
  await expect(started.locator("time")).toHaveAttribute("datetime", new RegExp(`^${yesterday}T`));
  await expect(started).toContainText(danish(yesterday));
  await expect(page.getByText(`Slutstatus senest ${danish(danishDate(expected))}`)).toBeVisible();
});
