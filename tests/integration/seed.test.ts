/**
 * The seed (prisma/seed): idempotent, complete demo data in demo mode, and reference data only in
 * production mode. Runs against the real test database (emptied before each test).
 */
import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { normaliseImportKey } from "@/lib/domain/initiatives/import-key";
import { Prisma } from "@/lib/generated/prisma/client";
import { ReferralMilestone, ReferralStatus } from "@/lib/generated/prisma/enums";
import { parseCsvRecords, readInitiativeStatus2019 } from "@/prisma/seed/csv";
import { seed } from "@/prisma/seed/index";
import { db } from "./support/db";

const NAMED_DEMO_USERS = [
  "admin@demo.dk",
  "koordinator.region@demo.dk",
  "koordinator.roskilde@demo.dk",
  "koordinator.naestved@demo.dk",
  "laege.roskilde@demo.dk",
  "laege.slagelse@demo.dk",
  "formand@demo.dk",
  "medlem@demo.dk",
];

/** Row count of every model. */
async function countAll(): Promise<Record<string, number>> {
  const delegates = db as unknown as Record<string, { count(): Promise<number> }>;
  const counts: Record<string, number> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    counts[model] = await delegates[model.charAt(0).toLowerCase() + model.slice(1)].count();
  }
  return counts;
}

describe("seed (demo mode)", () => {
  it("creates the demo data, and a second run leaves every table with the same number of rows", { timeout: 120_000 }, async () => {
    await seed(db, { demo: true });
    const first = await countAll();
    await seed(db, { demo: true });
    const second = await countAll();
    expect(second).toEqual(first);

    // Reference data.
    expect(await db.organisation.count({ where: { kind: "REGION" } })).toBe(5);
    expect(await db.organisation.count({ where: { kind: "MUNICIPALITY", regionId: { not: null } } })).toBe(98);
    expect(await db.organisation.count({ where: { kind: "PLATFORM", name: "Sundhedsaftaleportalen (drift)" } })).toBe(1);
    expect(await db.requirement.count()).toBe(6);

    // The eight demo accounts sign in with the demo password.
    const users = await db.user.findMany({ where: { email: { in: NAMED_DEMO_USERS } } });
    expect(users).toHaveLength(8);
    for (const user of users) {
      expect(user.passwordHash, user.email).toMatch(/^\$argon2id\$/);
      expect(await verify(user.passwordHash!, "demo-adgang-2026"), user.email).toBe(true);
    }

    // Region Sjælland's agreement in force: 10 benchmarks and one obligation per referral milestone.
    const version = await db.agreementVersion.findFirstOrThrow({
      where: { status: "IN_FORCE", agreement: { region: { name: "Region Sjælland" } } },
    });
    const benchmarks = await db.goal.findMany({
      where: { versionId: version.id, kind: "BENCHMARK" },
      include: { indicators: { include: { measurements: true } } },
    });
    expect(benchmarks.map((b) => Number(b.number)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const b of benchmarks) {
      expect(b.indicators).toHaveLength(1);
      expect(b.indicators[0].measurements.length).toBeGreaterThanOrEqual(2);
    }
    const milestones = await db.obligation.findMany({
      where: { section: { versionId: version.id }, referralMilestone: { not: null } },
    });
    expect(milestones.map((o) => o.referralMilestone).sort()).toEqual(Object.values(ReferralMilestone).sort());
    const deadline = (m: ReferralMilestone) => milestones.find((o) => o.referralMilestone === m);
    expect(deadline("RECEIPT")).toMatchObject({ deadlineAmount: 3, deadlineUnit: "WORKING_DAYS", responsibleParty: "MUNICIPALITY", modality: "MUST" });
    expect(deadline("DECISION")).toMatchObject({ deadlineAmount: 10, deadlineUnit: "WORKING_DAYS" });
    expect(deadline("CLOSING_STATUS")).toMatchObject({ deadlineAmount: 5, deadlineUnit: "WORKING_DAYS", channel: "MEDCOM_CLOSING_NOTE" });
    expect(await db.agreementParty.count({ where: { versionId: version.id } })).toBe(18);
    expect(await db.partyApproval.count({ where: { versionId: version.id } })).toBe(18);

    // Offers: 3–6 published in each of Region Sjælland's municipalities.
    const sjaelland = await db.organisation.findMany({
      where: { kind: "MUNICIPALITY", region: { name: "Region Sjælland" } },
      include: { offers: { where: { status: "PUBLISHED" } } },
    });
    expect(sjaelland).toHaveLength(17);
    for (const m of sjaelland) {
      expect(m.offers.length, m.name).toBeGreaterThanOrEqual(3);
      expect(m.offers.length, m.name).toBeLessThanOrEqual(6);
    }

    // Referrals in every state, each received by the residence municipality or its partner.
    const referrals = await db.referral.findMany({ include: { offer: { include: { partnerArrangements: true } }, events: true } });
    expect(new Set(referrals.map((r) => r.status))).toEqual(new Set(Object.values(ReferralStatus)));
    for (const r of referrals) {
      const partner = r.offer?.partnerArrangements.some((p) => p.citizenMunicipalityId === r.residenceMunicipalityId) ?? false;
      expect(r.receivingMunicipalityId === r.residenceMunicipalityId || partner, r.reference).toBe(true);
      expect(r.events.some((e) => e.toStatus === r.status), r.reference).toBe(true);
      expect(r.citizenCpr).toMatch(/^\d{10}$/);
    }

    // Initiatives: one per CSV row in its follow-up group, with the CSV's decisions.
    const rows = readInitiativeStatus2019();
    const groups = [...new Set(rows.map((r) => r.group))];
    const forumIds: string[] = [];
    for (const group of groups) {
      const forum = await db.forum.findFirstOrThrow({ where: { name: group, region: { name: "Region Syddanmark" } } });
      forumIds.push(forum.id);
      const expected = rows.filter((r) => r.group === group);
      const initiatives = await db.initiative.findMany({ where: { forumId: forum.id } });
      expect(initiatives, group).toHaveLength(expected.length);
      expect(initiatives.map((i) => i.importKey).sort()).toEqual(expected.map((r) => normaliseImportKey(r.initiative)).sort());
    }
    const current = await db.initiativeDecision.findMany({ where: { stage: "FINAL", supersededAt: null, initiative: { forumId: { in: forumIds } } } });
    expect(current.filter((d) => d.decision === "CONTINUE")).toHaveLength(rows.filter((r) => r.decision === "Videreføres").length);
    expect(current.filter((d) => d.decision === "WIND_DOWN")).toHaveLength(rows.filter((r) => r.decision === "Afvikles").length);
    for (const d of current) expect(d.justification).toMatch(d.decision === "CONTINUE" ? /^Videreføres\./ : /^Afvikles\./);
    expect(await db.forum.count({ where: { kind: "FOLLOW_UP_GROUP", region: { name: "Region Syddanmark" } } })).toBe(6);

    // The chair and the member of the first CSV group are demo users.
    const firstGroup = await db.forum.findFirstOrThrow({ where: { name: groups[0] }, include: { members: { include: { user: true } } } });
    expect(firstGroup.members.find((m) => m.user?.email === "formand@demo.dk")?.position).toBe("CHAIR");
    expect(firstGroup.members.find((m) => m.user?.email === "medlem@demo.dk")?.position).toBe("MEMBER");
  });
});

describe("seed (production mode)", () => {
  it("creates reference data only: no users, no offers, no demo content", { timeout: 60_000 }, async () => {
    await seed(db, { demo: false });
    await seed(db, { demo: false });
    expect(await db.user.count()).toBe(0);
    expect(await db.offer.count()).toBe(0);
    expect(await db.referral.count()).toBe(0);
    expect(await db.agreement.count()).toBe(0);
    expect(await db.forum.count()).toBe(0);
    expect(await db.organisation.count()).toBe(5 + 98 + 1);
    expect(await db.organisation.count({ where: { referralLocationNumber: { not: null } } })).toBe(0);
    expect(await db.requirement.count()).toBe(6);
    expect(await db.requirementItem.count()).toBeGreaterThanOrEqual(12);
  });
});

describe("seed helpers", () => {
  it("reads CSV records with a BOM, CRLF line ends, quoted commas, escaped quotes and line breaks", () => {
    expect(parseCsvRecords('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"multi\nline",z\r\n', ["a", "b"], "test.csv")).toEqual([
      { a: "x, y", b: 'say "hi"' },
      { a: "multi\nline", b: "z" },
    ]);
  });

  it("names a missing column", () => {
    expect(() => parseCsvRecords("a,c\r\n1,2\r\n", ["a", "b"], "test.csv")).toThrow('test.csv: missing column "b"');
  });

  it("normalises import keys: case, surrounding and repeated whitespace", () => {
    expect(normaliseImportKey("  Samarbejdsaftale om\u00a0FMK \n ")).toBe("samarbejdsaftale om fmk");
    expect(normaliseImportKey("ÆBLER  og   Øl")).toBe("æbler og øl");
  });
});
