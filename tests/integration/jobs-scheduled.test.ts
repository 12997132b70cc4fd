/**
 * The scheduled jobs against a real PostgreSQL, each with the clock set by the test (no sleeping):
 * deadline reminders and the overdue event exactly once (also with two workers at once), an approved
 * version coming into force on its date, expiry, retention at 25 and 23 months with the statistics
 * unchanged, and the offer review-due notification.
 */
import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import { CITIZEN, jobsWorld } from "./support/jobs-world";
import { runDeadlineAlerts } from "@/lib/domain/jobs/deadline-alerts";
import { runAgreementLifecycle } from "@/lib/domain/jobs/agreement-lifecycle";
import { runRetention } from "@/lib/domain/jobs/retention";
import { runOfferReview } from "@/lib/domain/jobs/offer-review";
import { referralStatistics } from "@/lib/domain/referrals/referral-statistics";
import { getReferral } from "@/lib/domain/referrals/get-referral";
import { endOfDanishDay } from "@/lib/calendar";

const at = (iso: string) => ({ now: new Date(iso) });

describe("deadline reminders and overdue", () => {
  // Receipt due at the end of Wednesday 4 March 2026 (Danish time).
  const due = endOfDanishDay("2026-03-04");

  it("reminds the municipality one working day before, then marks the referral overdue once — also with two workers", async () => {
    const w = await jobsWorld();
    const referral = await w.referral({ receiptDueAt: due });

    // Monday: two working days before — nothing yet.
    expect(await runDeadlineAlerts(at("2026-03-02T08:00:00Z"))).toEqual({ reminders: 0, overdue: 0 });
    // Tuesday morning: one working day before — a reminder to the municipality's staff, not the GP.
    expect(await runDeadlineAlerts(at("2026-03-03T07:00:00Z"))).toEqual({ reminders: 1, overdue: 0 });
    expect(await runDeadlineAlerts(at("2026-03-03T12:00:00Z"))).toEqual({ reminders: 0, overdue: 0 });
    const reminders = await db.notification.findMany({ where: { kind: "REFERRAL_DEADLINE_SOON" }, select: { userId: true } });
    expect(reminders.map((r) => r.userId).sort()).toEqual([w.caseworker.id, w.coordinator.id].sort());

    // Thursday: the deadline has passed. Two workers run at the same moment.
    const thursday = at("2026-03-05T08:00:00Z");
    const [a, b] = await Promise.all([runDeadlineAlerts(thursday), runDeadlineAlerts(thursday)]);
    expect(a.overdue + b.overdue).toBe(1);
    expect(await runDeadlineAlerts(at("2026-03-06T08:00:00Z"))).toEqual({ reminders: 0, overdue: 0 });

    const events = await db.referralEvent.findMany({ where: { referralId: referral.id, type: "OVERDUE" } });
    expect(events).toHaveLength(1);
    expect(events[0].occurredAt.toISOString()).toBe("2026-03-05T08:00:00.000Z");
    const overdue = await db.notification.findMany({ where: { kind: "REFERRAL_OVERDUE" }, select: { userId: true, params: true } });
    // One notification per recipient: the two staff members and the GP.
    expect(overdue.map((o) => o.userId).sort()).toEqual([w.caseworker.id, w.coordinator.id, w.gp.id].sort());
    expect(JSON.stringify(overdue)).not.toContain(CITIZEN.cpr);
    expect(JSON.stringify(overdue)).not.toContain(CITIZEN.name);
    expect(await db.auditEvent.count({ where: { action: "referral.overdue", entityId: referral.id } })).toBe(1);

    // The GP sees the event on the referral's timeline.
    const view = await getReferral(await actorFor(w.gp.id), { referralId: referral.id });
    expect(view.events.map((e) => e.type)).toContain("OVERDUE");
  });

  it("leaves a received referral alone and skips deadlines older than the look-back", async () => {
    const w = await jobsWorld();
    await w.referral({ status: "RECEIVED", receiptDueAt: due }); // receipt done; no decision deadline
    await w.referral({ receiptDueAt: endOfDanishDay("2025-01-06") }); // a year old
    expect(await runDeadlineAlerts(at("2026-03-05T08:00:00Z"))).toEqual({ reminders: 0, overdue: 0 });
  });

  it("works through more than one batch", async () => {
    const w = await jobsWorld();
    for (let i = 0; i < 7; i++) await w.referral({ receiptDueAt: due });
    expect(await runDeadlineAlerts(at("2026-03-05T08:00:00Z"), { batchSize: 3 })).toEqual({ reminders: 0, overdue: 7 });
    expect(await db.referralEvent.count({ where: { type: "OVERDUE" } })).toBe(7);
  });
});

describe("agreement lifecycle by date", () => {
  it("brings an approved version with tomorrow's date into force when the job runs tomorrow, superseding the previous", async () => {
    const region = await createOrganisation("REGION", { name: "Region Sjælland", code: "1085" });
    const agreement = await db.agreement.create({
      data: { regionId: region.id, title: "Sundhedsaftale 2024–2027", periodStart: new Date("2024-01-01"), periodEnd: new Date("2027-12-31"), generation: 4 },
    });
    const original = await db.agreementVersion.create({ data: { agreementId: agreement.id, number: 1, label: "Oprindelig", status: "IN_FORCE", inForceFrom: new Date("2024-01-01") } });
    const amendment = await db.agreementVersion.create({
      data: { agreementId: agreement.id, number: 2, label: "Tillæg 1", status: "APPROVED", basedOnVersionId: original.id, inForceFrom: new Date("2026-03-10") },
    });

    // 9 March, 23:30 in Copenhagen (22:30 UTC): still the day before.
    expect(await runAgreementLifecycle(at("2026-03-09T22:30:00Z"))).toEqual({ inForce: [], expired: [] });
    // 10 March, 00:30 in Copenhagen (9 March 23:30 UTC): its day in Denmark.
    expect(await runAgreementLifecycle(at("2026-03-09T23:30:00Z"))).toEqual({ inForce: [amendment.id], expired: [] });
    expect(await runAgreementLifecycle(at("2026-03-10T12:00:00Z"))).toEqual({ inForce: [], expired: [] });

    const versions = await db.agreementVersion.findMany({ where: { agreementId: agreement.id }, orderBy: { number: "asc" }, select: { status: true, inForceTo: true } });
    expect(versions.map((v) => v.status)).toEqual(["SUPERSEDED", "IN_FORCE"]);
    expect(versions[0].inForceTo?.toISOString().slice(0, 10)).toBe("2026-03-09");
    const audit = await db.auditEvent.findMany({ where: { entityId: amendment.id, action: "agreementVersion.bringIntoForce" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorUserId).toBeNull();

    // The period ends 31 December 2027: on 1 January 2028 the version in force expires.
    expect(await runAgreementLifecycle(at("2027-12-31T12:00:00Z"))).toEqual({ inForce: [], expired: [] });
    expect(await runAgreementLifecycle(at("2028-01-01T12:00:00Z"))).toEqual({ inForce: [], expired: [amendment.id] });
  });
});

describe("retention", () => {
  it("anonymises a referral closed 25 months ago, not one closed 23 months ago; statistics and access log unchanged", async () => {
    const w = await jobsWorld();
    const old = await w.referral({ status: "COMPLETED", sentAt: new Date("2024-01-08T09:00:00Z"), closedAt: new Date("2024-02-01T10:00:00Z") });
    const rejected = await w.referral({ status: "REJECTED", sentAt: new Date("2024-01-08T09:00:00Z"), decidedAt: new Date("2024-01-20T10:00:00Z") });
    const recent = await w.referral({ status: "COMPLETED", sentAt: new Date("2024-03-04T09:00:00Z"), closedAt: new Date("2024-04-01T10:00:00Z") });
    await db.referralEvent.create({ data: { referralId: old.id, type: "COMPLETED", toStatus: "COMPLETED", actorUserId: w.caseworker.id, actorOrganisationId: w.roskilde.id, note: "Borgeren røg 20 om dagen" } });
    await db.referralAccessLog.create({ data: { referralId: old.id, userId: w.caseworker.id, organisationId: w.roskilde.id } });
    // Enough referrals for the statistics not to be suppressed (small numbers are hidden).
    for (let i = 0; i < 6; i++) await w.referral({ status: "COMPLETED", sentAt: new Date("2024-01-15T09:00:00Z"), closedAt: new Date("2024-06-03T10:00:00Z") });
    const reader = await createUser([{ organisationId: w.region.id, role: "READER" }]);
    const readerActor = await actorFor(reader.id);
    const before = await referralStatistics(readerActor, { year: 2024 });
    expect(JSON.stringify(before)).toMatch(/"referrals":9/); // every referral is counted

    // 2 March 2026: Feb 2024 is 25 months back, April 2024 23 months.
    expect(await runRetention(at("2026-03-02T03:00:00Z"))).toEqual({ anonymised: 2 });
    expect(await runRetention(at("2026-03-02T04:00:00Z"))).toEqual({ anonymised: 0 });

    const rows = await db.referral.findMany({ where: { id: { in: [old.id, rejected.id, recent.id] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of [old.id, rejected.id]) {
      const r = byId.get(id)!;
      expect(r.anonymisedAt).not.toBeNull();
      expect(JSON.stringify(r)).not.toContain(CITIZEN.cpr);
      expect(JSON.stringify(r)).not.toContain(CITIZEN.name);
      expect(r.reason).toBe("");
      expect(r.relevantInformation).toBeNull();
    }
    expect(byId.get(recent.id)!.citizenCpr).toBe(CITIZEN.cpr);
    expect(byId.get(recent.id)!.anonymisedAt).toBeNull();
    expect((await db.referralEvent.findMany({ where: { referralId: old.id } })).map((e) => e.note)).toEqual([null]);
    expect(await db.referralAccessLog.count({ where: { referralId: old.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "referral.anonymise" } })).toBe(2);
    const audit = await db.auditEvent.findMany({ where: { action: "referral.anonymise" } });
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(CITIZEN.cpr);

    expect(await referralStatistics(readerActor, { year: 2024 })).toEqual(before);
  });

  it("counts the months from REFERRAL_RETENTION_MONTHS", async () => {
    const w = await jobsWorld();
    await w.referral({ status: "CANCELLED", closedAt: new Date("2025-12-15T10:00:00Z") });
    process.env.REFERRAL_RETENTION_MONTHS = "2";
    try {
      expect(await runRetention(at("2026-02-10T12:00:00Z"))).toEqual({ anonymised: 0 });
      expect(await runRetention(at("2026-02-16T12:00:00Z"))).toEqual({ anonymised: 1 });
    } finally {
      delete process.env.REFERRAL_RETENTION_MONTHS;
    }
  });
});

describe("offer freshness", () => {
  it("notifies the owner's coordinators once when an offer passes its review interval, again after the next confirmation", async () => {
    const w = await jobsWorld();
    const offer = await db.offer.create({
      data: { ownerId: w.roskilde.id, title: "Rygestop", summary: "Kursus", status: "PUBLISHED", lastConfirmedAt: new Date("2026-01-01T10:00:00Z"), reviewIntervalDays: 30 },
    });
    expect((await runOfferReview(at("2026-01-30T10:00:00Z"))).notified).toBe(0);
    expect((await runOfferReview(at("2026-02-01T10:00:00Z"))).notified).toBe(1);
    expect((await runOfferReview(at("2026-02-02T10:00:00Z"))).notified).toBe(0);
    const sent = await db.notification.findMany({ where: { kind: "OFFER_REVIEW_DUE" } });
    expect(sent.map((n) => n.userId)).toEqual([w.coordinator.id]);

    await db.offer.update({ where: { id: offer.id }, data: { lastConfirmedAt: new Date("2026-02-03T10:00:00Z") } });
    expect((await runOfferReview(at("2026-03-06T10:00:00Z"))).notified).toBe(1);
  });
});
