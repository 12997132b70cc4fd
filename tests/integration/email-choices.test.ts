import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor } from "./support/factories";
import { jobsWorld } from "./support/jobs-world";
import { getEmailChoices } from "@/lib/domain/users/get-email-choices";
import { updateEmailChoices } from "@/lib/domain/users/update-email-choices";
import { EMAIL_KINDS, defaultEmailMode } from "@/lib/rules/email";
import { ConflictError, InvalidError } from "@/lib/domain/errors";

describe("e-mail choices on the profile", () => {
  it("shows the defaults, saves one's own choices (rows only where they differ) with an audit row, refuses an unknown mode", async () => {
    const w = await jobsWorld();
    const actor = await actorFor(w.caseworker.id);
    const initial = await getEmailChoices(actor);
    expect(initial.choices.find((c) => c.kind === "REFERRAL_NEW")?.mode).toBe("IMMEDIATE");
    expect(initial.choices.find((c) => c.kind === "REFERRAL_COMPLETED")?.mode).toBe("DIGEST");

    const form = Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, defaultEmailMode(kind)]));
    const saved = await updateEmailChoices(actor, { ...form, REFERRAL_OVERDUE: "NEVER", REFERRAL_COMPLETED: "IMMEDIATE", version: initial.version });
    expect(saved.version).toBe(initial.version + 1);
    expect(saved.choices.find((c) => c.kind === "REFERRAL_OVERDUE")?.mode).toBe("NEVER");
    const rows = await db.notificationPreference.findMany({ where: { userId: w.caseworker.id }, orderBy: { kind: "asc" } });
    expect(rows.map((r) => [r.kind, r.mode])).toEqual([
      ["REFERRAL_COMPLETED", "IMMEDIATE"],
      ["REFERRAL_OVERDUE", "NEVER"],
    ]);
    expect(await db.auditEvent.count({ where: { action: "user.emailChoices", entityId: w.caseworker.id } })).toBe(1);
    // Another user's choices are untouched.
    expect(await db.notificationPreference.count({ where: { userId: w.gp.id } })).toBe(0);

    await expect(updateEmailChoices(actor, { ...form, REFERRAL_NEW: "HOURLY", version: saved.version })).rejects.toBeInstanceOf(InvalidError);
  });

  it("refuses a form rendered before another tab saved: nothing changes, no audit row", async () => {
    const w = await jobsWorld();
    const actor = await actorFor(w.caseworker.id);
    const form = Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, defaultEmailMode(kind)]));
    const { version } = await getEmailChoices(actor);
    await updateEmailChoices(actor, { ...form, REFERRAL_NEW: "DIGEST", version }); // the first tab
    const audits = await db.auditEvent.count({ where: { action: "user.emailChoices", entityId: w.caseworker.id } });

    // The second tab still carries the old version: it would have set REFERRAL_NEW back to IMMEDIATE.
    await expect(updateEmailChoices(actor, { ...form, REFERRAL_OVERDUE: "NEVER", version })).rejects.toBeInstanceOf(ConflictError);
    const rows = await db.notificationPreference.findMany({ where: { userId: w.caseworker.id } });
    expect(rows.map((r) => [r.kind, r.mode])).toEqual([["REFERRAL_NEW", "DIGEST"]]);
    expect(await db.auditEvent.count({ where: { action: "user.emailChoices", entityId: w.caseworker.id } })).toBe(audits);
  });
});
