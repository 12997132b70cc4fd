/** Decision tables of issue 11's pure rules: e-mail defaults, the job queue's admin, lifecycle by date. */
import { describe, expect, it } from "vitest";
import { EMAIL_KINDS, defaultEmailMode, emailModeOf } from "@/lib/rules/email";
import { canManageJobs, canRetryJob } from "@/lib/rules/users";
import { dueToComeIntoForce, dueToExpire } from "@/lib/rules/agreements";
import type { Actor } from "@/lib/rules/actor";

const actor = (kind: "PLATFORM" | "MUNICIPALITY", role: "ADMIN" | "COORDINATOR"): Actor => ({
  userId: "u1",
  email: "a@b.dk",
  name: "A",
  locale: "da",
  activeOrganisationId: null,
  memberships: [{ membershipId: "m1", organisationId: "o1", organisationKind: kind, organisationName: "O", regionId: null, role }],
});

describe("e-mail choices", () => {
  it.each([
    ["REFERRAL_NEW", "IMMEDIATE"],
    ["REFERRAL_OVERDUE", "IMMEDIATE"],
    ["REFERRAL_DEADLINE_SOON", "IMMEDIATE"],
    ["REFERRAL_COMPLETED", "DIGEST"],
    ["OFFER_REVIEW_DUE", "DIGEST"],
    ["GENERAL", "NEVER"],
  ] as const)("%s defaults to %s", (kind, mode) => {
    expect(defaultEmailMode(kind)).toBe(mode);
  });
  it("a user's choice wins over the default", () => {
    expect(emailModeOf("REFERRAL_NEW", new Map([["REFERRAL_NEW", "NEVER"]]))).toBe("NEVER");
    expect(emailModeOf("REFERRAL_NEW", new Map())).toBe("IMMEDIATE");
  });
  it("every kind the profile offers is a kind users can choose", () => {
    expect(EMAIL_KINDS).not.toContain("GENERAL");
    expect(new Set(EMAIL_KINDS).size).toBe(EMAIL_KINDS.length);
  });
});

describe("the job queue's admin", () => {
  it.each([
    ["an administrator", actor("PLATFORM", "ADMIN"), true],
    ["a coordinator", actor("MUNICIPALITY", "COORDINATOR"), false],
    ["nobody", null, false],
  ] as const)("%s may manage jobs: %s", (_label, who, allowed) => {
    expect(canManageJobs(who).allowed).toBe(allowed);
  });
  it.each([
    ["failed", true],
    ["completed", false],
    ["active", false],
    ["retry", false],
  ])("a %s job can be retried: %s", (state, allowed) => {
    expect(canRetryJob({ state }).allowed).toBe(allowed);
  });
});

describe("agreement lifecycle by date", () => {
  it.each([
    ["APPROVED", "2026-03-10", "2026-03-09", false],
    ["APPROVED", "2026-03-10", "2026-03-10", true],
    ["APPROVED", "2026-03-10", "2026-03-11", true],
    ["IN_FORCE", "2026-03-10", "2026-03-11", false],
    ["DRAFT", "2026-03-10", "2026-03-11", false],
  ] as const)("%s starting %s, today %s → comes into force: %s", (status, startsOn, today, allowed) => {
    expect(dueToComeIntoForce({ status, startsOn }, today).allowed).toBe(allowed);
  });
  it.each([
    ["IN_FORCE", "2027-12-31", "2027-12-31", false],
    ["IN_FORCE", "2027-12-31", "2028-01-01", true],
    ["SUPERSEDED", "2027-12-31", "2028-01-01", false],
  ] as const)("%s ending %s, today %s → expires: %s", (status, periodEnd, today, allowed) => {
    expect(dueToExpire({ status, periodEnd }, today).allowed).toBe(allowed);
  });
});
