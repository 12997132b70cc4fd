/**
 * The compliance view against a real PostgreSQL: for a generated dataset (referrals with receipt,
 * decision and closing deadlines met, missed and pending; adverse events closed in and after their 90
 * days; task transfers with and without notice), every figure equals a plain computation of the same
 * definition in TypeScript over the same rows; small cells are suppressed; only those with a right to
 * the figures see them; the CSV carries the same figures.
 */
import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { complianceView } from "@/lib/domain/compliance/compliance-view";
import { complianceCsv } from "@/lib/domain/compliance/compliance-csv";
import { COMPLIANCE_SUPPRESS_BELOW } from "@/lib/rules/compliance";
import { danishDate } from "@/lib/calendar";
import { translator } from "@/lib/i18n/translate";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const DAY = 86_400_000;

async function generate() {
  const rnd = random(14);
  const region = await createOrganisation("REGION", { name: "Region Sjælland" });
  const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune", regionId: region.id });
  const lejre = await createOrganisation("MUNICIPALITY", { name: "Lejre Kommune", regionId: region.id });
  const tiny = await createOrganisation("MUNICIPALITY", { name: "Lille Kommune", regionId: region.id });
  const hospital = await createOrganisation("HOSPITAL", { name: "Sjællands Universitetshospital", regionId: region.id });
  const otherRegion = await createOrganisation("REGION", { name: "Region Syddanmark" });
  const clinic = await createOrganisation("GP_CLINIC", { name: "Lægehuset", regionId: region.id });
  const gp = await createUser([{ organisationId: clinic.id, role: "CLINICIAN" }]);
  const risk = await createUser([{ organisationId: region.id, role: "RISK_MANAGER" }]);

  const referrals = [];
  const receivers = [roskilde.id, roskilde.id, lejre.id];
  for (let i = 0; i < 240; i++) {
    const sentAt = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 364 * DAY) + Math.floor(rnd() * DAY));
    const receiptDueAt = new Date(sentAt.getTime() + 3 * DAY);
    const decisionDueAt = new Date(sentAt.getTime() + 13 * DAY);
    const closingDueAt = rnd() < 0.8 ? new Date(sentAt.getTime() + 60 * DAY) : null;
    const r = rnd();
    const status = r < 0.08 ? "SENT" : r < 0.16 ? "RECEIVED" : r < 0.24 ? "CANCELLED" : r < 0.32 ? "REJECTED" : r < 0.5 ? "IN_PROGRESS" : r < 0.85 ? "COMPLETED" : "DROPPED_OUT";
    const received = status !== "SENT" && !(status === "CANCELLED" && rnd() < 0.5);
    const receivedAt = received ? new Date(sentAt.getTime() + rnd() * 5 * DAY) : null;
    const decided = receivedAt && !["RECEIVED", "CANCELLED"].includes(status);
    const decidedAt = decided ? new Date(receivedAt.getTime() + rnd() * 14 * DAY) : null;
    const closedAt = ["COMPLETED", "DROPPED_OUT"].includes(status) && decidedAt ? new Date(decidedAt.getTime() + rnd() * 70 * DAY) : null;
    referrals.push({
      reference: `H-2025-${String(i + 1).padStart(6, "0")}`,
      kind: "OFFER" as const,
      referringOrganisationId: clinic.id,
      referringUserId: gp.id,
      citizenCpr: "0101901234",
      citizenName: "Borger",
      residenceMunicipalityId: receivers[i % 3],
      receivingMunicipalityId: receivers[i % 3],
      reason: "Forebyggelse",
      consentBasis: "ORAL_CONSENT" as const,
      status: status as ReferralStatus,
      sentAt,
      receivedAt,
      decidedAt,
      closedAt,
      receiptDueAt,
      decisionDueAt,
      closingDueAt,
    });
  }
  // Three referrals for the small municipality: its cells are suppressed.
  for (let i = 0; i < 3; i++) {
    const sentAt = new Date(Date.UTC(2025, 4, 5 + i, 9));
    referrals.push({ ...referrals[0], reference: `H-2025-9${i}`, residenceMunicipalityId: tiny.id, receivingMunicipalityId: tiny.id, status: "COMPLETED" as ReferralStatus, sentAt, receivedAt: sentAt, decidedAt: sentAt, closedAt: sentAt, receiptDueAt: new Date(sentAt.getTime() + DAY), decisionDueAt: new Date(sentAt.getTime() + DAY), closingDueAt: new Date(sentAt.getTime() + DAY) });
  }
  await db.referral.createMany({ data: referrals });

  const events = [];
  for (let i = 0; i < 30; i++) {
    const reportedAt = new Date(Date.UTC(2025, 0, 3) + Math.floor(rnd() * 300 * DAY));
    const closeDueAt = new Date(reportedAt.getTime() + 90 * DAY);
    const closedAt = rnd() < 0.85 ? new Date(reportedAt.getTime() + rnd() * 120 * DAY) : null;
    events.push({
      reference: `UH-2025-${String(i + 1).padStart(4, "0")}`,
      dpsdReference: `DPSD-${i}`,
      title: "Hændelse",
      description: "Beskrivelse",
      reportingOrganisationId: i % 2 ? roskilde.id : hospital.id,
      reportedById: risk.id,
      reportedAt,
      closeDueAt,
      status: closedAt ? ("CLOSED" as const) : ("ANALYSED" as const),
      primaryHandlerOrganisationId: i % 3 ? region.id : null,
      closedAt,
    });
  }
  await db.adverseEvent.createMany({ data: events });

  const transfers = [];
  for (let i = 0; i < 14; i++) {
    transfers.push({
      reference: `OO-2025-${String(i + 1).padStart(4, "0")}`,
      type: "B_CAPACITY" as const,
      status: i === 13 ? ("WITHDRAWN" as const) : ("PROPOSED" as const),
      transferringOrganisationId: region.id,
      receivingOrganisationId: roskilde.id,
      openedById: risk.id,
      openedAt: new Date(Date.UTC(2025, i % 12, 10)),
      effectiveFrom: new Date(Date.UTC(2025, (i % 12) + 3, 1)),
      shortNotice: i % 3 === 0,
      task: "Opgave",
      patientGroup: "Gruppe",
    });
  }
  await db.taskTransfer.createMany({ data: transfers });

  const reader = await actorFor((await createUser([{ organisationId: region.id, role: "READER" }])).id);
  const otherReader = await actorFor((await createUser([{ organisationId: otherRegion.id, role: "READER" }])).id);
  const clinician = await actorFor(gp.id);
  return { region, roskilde, lejre, hospital, clinic, tiny, referrals, events, transfers, reader, otherReader, clinician };
}

type Expected = Map<string, { assessed: number; met: number }>;

/** The definition, in plain TypeScript: the outcome per case, counted per obligation, organisation and quarter (and year). */
function plainComputation(data: Awaited<ReturnType<typeof generate>>, now: Date): Expected {
  const counts: Expected = new Map();
  const add = (obligation: string, org: string, started: Date, kept: boolean | null) => {
    if (kept === null) return;
    const quarter = Math.floor((Number(danishDate(started).slice(5, 7)) - 1) / 3) + 1;
    for (const key of [`${obligation}|${org}|${quarter}`, `${obligation}|${org}|year`]) {
      const c = counts.get(key) ?? { assessed: 0, met: 0 };
      c.assessed += 1;
      if (kept) c.met += 1;
      counts.set(key, c);
    }
  };
  const outcome = (due: Date | null, done: Date | null, waiting: boolean) => (due === null ? null : done ? done <= due : waiting && now > due ? false : null);
  for (const r of data.referrals) {
    add("REFERRAL_RECEIPT", r.receivingMunicipalityId, r.sentAt, outcome(r.receiptDueAt, r.receivedAt, (r.status as string) === "SENT"));
    add("REFERRAL_DECISION", r.receivingMunicipalityId, r.sentAt, outcome(r.decisionDueAt, r.decidedAt, (r.status as string) === "RECEIVED"));
    const closed = (r.status as string) === "COMPLETED" || (r.status as string) === "DROPPED_OUT" ? r.closedAt : null;
    add("REFERRAL_CLOSING_STATUS", r.receivingMunicipalityId, r.sentAt, outcome(r.closingDueAt, closed, (r.status as string) === "IN_PROGRESS"));
  }
  for (const e of data.events) add("ADVERSE_EVENT_CLOSE", e.primaryHandlerOrganisationId ?? e.reportingOrganisationId, e.reportedAt, outcome(e.closeDueAt, e.closedAt, true));
  for (const t of data.transfers) if (t.status !== "WITHDRAWN") add("TASK_TRANSFER_NOTICE", t.transferringOrganisationId, t.openedAt, !t.shortNotice);
  return counts;
}

describe("compliance view", () => {
  it("equals a plain computation of the same definition, and suppresses small cells", async () => {
    const data = await generate();
    const view = await complianceView(data.reader, { year: "2025" });
    const expected = plainComputation(data, new Date());
    expect(view.region?.id).toBe(data.region.id);

    let compared = 0;
    let suppressed = 0;
    const seen = new Set<string>();
    for (const row of view.rows) {
      const cells: [string, (typeof row)["year"]][] = [...row.quarters.map((c, i) => [String(i + 1), c] as [string, typeof c]), ["year", row.year]];
      for (const [period, cell] of cells) {
        const key = `${row.obligation}|${row.organisationId}|${period}`;
        seen.add(key);
        const want = expected.get(key);
        if (!want) {
          expect(cell).toEqual({ assessed: null, met: null, share: null, suppressed: false });
        } else if (want.assessed < COMPLIANCE_SUPPRESS_BELOW) {
          expect(cell).toEqual({ assessed: null, met: null, share: null, suppressed: true });
          suppressed += 1;
        } else {
          expect(cell).toEqual({ assessed: want.assessed, met: want.met, share: want.met / want.assessed, suppressed: false });
          compared += 1;
        }
      }
    }
    // Every expected cell is in the view, and the comparison covered all five obligations.
    for (const key of expected.keys()) expect(seen.has(key), key).toBe(true);
    expect(new Set(view.rows.map((r) => r.obligation))).toEqual(new Set(["REFERRAL_RECEIPT", "REFERRAL_DECISION", "REFERRAL_CLOSING_STATUS", "ADVERSE_EVENT_CLOSE", "TASK_TRANSFER_NOTICE"]));
    expect(compared).toBeGreaterThan(20);
    expect(suppressed).toBeGreaterThan(0);
    // The small municipality's three referrals are never shown as a figure.
    expect(view.rows.filter((r) => r.organisationId === data.tiny.id).every((r) => r.year.suppressed && r.year.assessed === null)).toBe(true);
    // Some deadlines were missed, so the worst list is not empty and sorted ascending.
    expect(view.worst.length).toBeGreaterThan(0);
    const shares = view.worst.map((r) => r.year.share!);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);

    // The CSV carries the same figures (decimal comma, suppressed cells empty).
    const { csv } = await complianceCsv(data.reader, { year: "2025" }, translator("da"));
    const first = view.rows.find((r) => r.year.share !== null)!;
    const line = csv.split("\r\n").find((l) => l.includes(first.organisationName) && l.startsWith(`"${translator("da").key(`compliance.obligation.${first.obligation}`)}"`))!;
    expect(line).toContain(`"${first.year.assessed}";"${String(Math.round(first.year.share! * 1000) / 10).replace(".", ",")}"`);
  });

  it("is for the region's members and forums, not for a GP; another region's reader sees their own (empty) region", async () => {
    const data = await generate();
    await expect(complianceView(data.clinician, { year: "2025" })).rejects.toBeInstanceOf(ForbiddenError);
    const other = await complianceView(data.otherReader, { year: "2025" });
    expect(other.region?.name).toBe("Region Syddanmark");
    expect(other.rows).toEqual([]);
  });
});

/**
 * The same definition in plain SQL, written out per obligation without the view's statement (no
 * LATERAL, no GROUPING SETS): the outcome per case, then counted per obligation, organisation and
 * quarter and for the year — over the organisations of `area` only.
 */
async function plainSql(area: string[], year: number, now: Date): Promise<Expected> {
  const rows = await db.$queryRawUnsafe<{ obligation: string; org: string; quarter: number | null; assessed: number; met: number }[]>(
    `WITH outcomes AS (
       SELECT 'REFERRAL_RECEIPT' AS obligation, "receivingMunicipalityId" AS org, "sentAt" AS started,
              CASE WHEN "receivedAt" IS NOT NULL THEN "receivedAt" <= "receiptDueAt" WHEN "status" = 'SENT' AND $3 > "receiptDueAt" THEN FALSE END AS kept
         FROM "Referral"
       UNION ALL
       SELECT 'REFERRAL_DECISION', "receivingMunicipalityId", "sentAt",
              CASE WHEN "decisionDueAt" IS NULL THEN NULL WHEN "decidedAt" IS NOT NULL THEN "decidedAt" <= "decisionDueAt" WHEN "status" = 'RECEIVED' AND $3 > "decisionDueAt" THEN FALSE END
         FROM "Referral"
       UNION ALL
       SELECT 'REFERRAL_CLOSING_STATUS', "receivingMunicipalityId", "sentAt",
              CASE WHEN "closingDueAt" IS NULL THEN NULL
                   WHEN "status" IN ('COMPLETED', 'DROPPED_OUT') AND "closedAt" IS NOT NULL THEN "closedAt" <= "closingDueAt"
                   WHEN "status" = 'IN_PROGRESS' AND $3 > "closingDueAt" THEN FALSE END
         FROM "Referral"
       UNION ALL
       SELECT 'ADVERSE_EVENT_CLOSE', coalesce("primaryHandlerOrganisationId", "reportingOrganisationId"), "reportedAt",
              CASE WHEN "closedAt" IS NOT NULL THEN "closedAt" <= "closeDueAt" WHEN $3 > "closeDueAt" THEN FALSE END
         FROM "AdverseEvent"
       UNION ALL
       SELECT 'TASK_TRANSFER_NOTICE', "transferringOrganisationId", "openedAt", NOT "shortNotice"
         FROM "TaskTransfer" WHERE "status" <> 'WITHDRAWN'
     ), counted AS (
       SELECT obligation, org, extract(quarter FROM timezone('Europe/Copenhagen', started AT TIME ZONE 'UTC'))::int AS quarter, kept
         FROM outcomes
        WHERE kept IS NOT NULL AND org = ANY($1::text[])
          AND extract(year FROM timezone('Europe/Copenhagen', started AT TIME ZONE 'UTC')) = $2
     )
     SELECT obligation, org, quarter, count(*)::int AS assessed, count(*) FILTER (WHERE kept)::int AS met FROM counted GROUP BY obligation, org, quarter
     UNION ALL
     SELECT obligation, org, NULL, count(*)::int, count(*) FILTER (WHERE kept)::int FROM counted GROUP BY obligation, org`,
    area,
    year,
    now,
  );
  return new Map(rows.map((r) => [`${r.obligation}|${r.org}|${r.quarter ?? "year"}`, { assessed: r.assessed, met: r.met }]));
}

/** Every cell of the view equals the expected counts (suppressed below the threshold), and nothing expected is missing. */
function expectCells(view: Awaited<ReturnType<typeof complianceView>>, expected: Expected): number {
  let compared = 0;
  const seen = new Set<string>();
  for (const row of view.rows) {
    for (const [period, cell] of [...row.quarters.map((c, i) => [String(i + 1), c] as const), ["year", row.year] as const]) {
      const key = `${row.obligation}|${row.organisationId}|${period}`;
      seen.add(key);
      const want = expected.get(key);
      if (!want) expect(cell, key).toEqual({ assessed: null, met: null, share: null, suppressed: false });
      else if (want.assessed < COMPLIANCE_SUPPRESS_BELOW) expect(cell, key).toEqual({ assessed: null, met: null, share: null, suppressed: true });
      else {
        expect(cell, key).toEqual({ assessed: want.assessed, met: want.met, share: want.met / want.assessed, suppressed: false });
        compared += 1;
      }
    }
  }
  for (const key of expected.keys()) expect(seen.has(key), key).toBe(true);
  return compared;
}

describe("a forum's area", () => {
  it("a cluster sees the figures of the organisations seated in it and below it, equal to a plain SQL computation; the steering forum the whole region", async () => {
    const data = await generate();
    const steering = await db.forum.create({ data: { regionId: data.region.id, name: "Styregruppen", kind: "ADMINISTRATIVE_FORUM", isPublic: true } });
    const cluster = await db.forum.create({ data: { regionId: data.region.id, parentId: steering.id, name: "Klynge Lejre", kind: "CLUSTER" } });
    const below = await db.forum.create({ data: { regionId: data.region.id, parentId: cluster.id, name: "Arbejdsgruppe", kind: "WORKING_GROUP" } });
    // A caseworker of Lejre: no right to the figures of their own (a caseworker), but a seat in the cluster.
    const seated = await createUser([{ organisationId: data.lejre.id, role: "CASEWORKER" }]);
    const seat = (forumId: string, organisationId: string, userId: string | null = null) =>
      db.forumMember.create({ data: { forumId, userId, organisationId, name: "Medlem", party: "MUNICIPALITY", periodFrom: new Date("2024-01-01") } });
    await seat(cluster.id, data.lejre.id, seated.id);
    await seat(cluster.id, data.region.id);
    await seat(below.id, data.hospital.id); // a seat in a forum below counts
    await seat(cluster.id, data.clinic.id); // a GP clinic's seat adds no organisation
    await db.forumMember.create({ data: { forumId: cluster.id, organisationId: data.roskilde.id, name: "Tidligere", party: "MUNICIPALITY", periodFrom: new Date("2020-01-01"), periodTo: new Date("2023-12-31") } }); // ended: not in the area
    const member = await actorFor(seated.id);

    const now = new Date();
    const view = await complianceView(member, { year: "2025", forumId: cluster.id });
    expect(view.forum).toMatchObject({ id: cluster.id, name: "Klynge Lejre" });
    const area = [data.region.id, data.lejre.id, data.hospital.id];
    expect(new Set(view.rows.map((r) => r.organisationId))).toEqual(new Set(area));
    const compared = expectCells(view, await plainSql(area, 2025, now));
    expect(compared).toBeGreaterThan(5);
    expect(new Set(view.rows.map((r) => r.obligation)).size).toBeGreaterThanOrEqual(4);

    // The steering forum (public; read by the region's reader, who sees the region's figures anyway): the whole region, as plain SQL.
    const regionWide = await complianceView(data.reader, { year: "2025", forumId: steering.id });
    const regionOrgs = [data.region.id, data.roskilde.id, data.lejre.id, data.tiny.id, data.hospital.id];
    expectCells(regionWide, await plainSql(regionOrgs, 2025, now));
    expect(regionWide.rows.some((r) => r.organisationId === data.roskilde.id)).toBe(true);

    // The CSV of the forum's area carries the area only.
    const { csv } = await complianceCsv(member, { year: "2025", forumId: cluster.id }, translator("da"));
    expect(csv).toContain("Lejre Kommune");
    expect(csv).not.toContain("Roskilde Kommune");
  });

  it("a private forum is not found for a stranger; a readable one without a seat or the region's right is forbidden", async () => {
    const data = await generate();
    const cluster = await db.forum.create({ data: { regionId: data.region.id, name: "Klynge", kind: "CLUSTER" } });
    const open = await db.forum.create({ data: { regionId: data.region.id, name: "Åbent netværk", kind: "NETWORK", isPublic: true } });
    await expect(complianceView(data.clinician, { year: "2025", forumId: cluster.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(complianceView(data.clinician, { year: "2025", forumId: open.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(complianceView(data.clinician, { year: "2025", forumId: "no-such-forum" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
