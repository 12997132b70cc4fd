/**
 * The seeded Region Sjælland agreement 2015–2018 through the agreement operations: every part and
 * chapter is on the version's page, the obligation matrix lists its obligations per party, Danish
 * full-text search finds what a reader types — and a whole amendment runs through every step: a
 * changed deadline, consultation, the approval of all 18 parties (each by its own coordinator), in
 * force, and a version diff that lists the deadline as an obligation change.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/index";
import { db } from "./support/db";
import { actorFor, createUser } from "./support/factories";
import { getVersionDocument } from "@/lib/domain/agreements/get-version-document";
import { getObligationMatrix } from "@/lib/domain/agreements/obligation-matrix";
import { HIGHLIGHT_END, HIGHLIGHT_START, searchSections } from "@/lib/domain/agreements/search-sections";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import { startAmendment } from "@/lib/domain/agreements/start-amendment";
import { upsertObligation } from "@/lib/domain/agreements/upsert-obligation";
import { sendToConsultation } from "@/lib/domain/agreements/send-to-consultation";
import { approveForParty } from "@/lib/domain/agreements/approve-for-party";
import { bringIntoForce } from "@/lib/domain/agreements/bring-into-force";
import { compareVersions } from "@/lib/domain/agreements/compare-versions";
import { getSectionHistory } from "@/lib/domain/agreements/section-history";
import { updateSection } from "@/lib/domain/agreements/update-section";
import { todayInDenmark } from "@/lib/domain/agreements/dates";

let agreementId: string;
let versionId: string;

beforeEach(async () => {
  await seed(db, { demo: true });
  const version = await db.agreementVersion.findFirstOrThrow({ where: { status: "IN_FORCE", agreement: { region: { name: "Region Sjælland" } } } });
  agreementId = version.agreementId;
  versionId = version.id;
}, 120_000);

describe("the seeded Region Sjælland agreement", () => {
  it("is public and its page has every part and chapter, in document order, with all obligations", async () => {
    const doc = await getVersionDocument(null, { agreementId, number: "1" });
    const sections = await db.section.findMany({ where: { versionId }, select: { number: true, kind: true } });
    expect(doc.sections).toHaveLength(sections.length);
    const chapters = sections.filter((s) => s.kind !== "SECTION").map((s) => s.number);
    expect(chapters.length).toBeGreaterThanOrEqual(20);
    for (const number of chapters) expect(doc.sections.map((s) => s.number)).toContain(number);
    // Document order: "2" before "2.1" before "2.1.1" before "2.2".
    const order = doc.sections.map((s) => s.number);
    expect(order.indexOf("2")).toBeLessThan(order.indexOf("2.1"));
    expect(order.indexOf("2.1")).toBeLessThan(order.indexOf("2.1.1"));
    expect(order.indexOf("2.1.1")).toBeLessThan(order.indexOf("2.2"));
    expect(doc.sections.reduce((n, s) => n + s.obligations.length, 0)).toBe(await db.obligation.count({ where: { section: { versionId } } }));
    expect(doc.goals.filter((g) => g.kind === "BENCHMARK")).toHaveLength(10);
    expect(doc.parties).toHaveLength(18);
    expect(doc.parties.every((p) => p.approval)).toBe(true);
    expect(doc.requirements.flatMap((r) => r.items).length).toBeGreaterThanOrEqual(17);

    const list = await listAgreements(null);
    const sjaelland = list.regions.find((r) => r.name === "Region Sjælland")!;
    expect(sjaelland.agreements[0]).toMatchObject({ id: agreementId, current: { number: 1, status: "IN_FORCE" } });
  });

  it("the obligation matrix lists every obligation per party, joint ones included, and filters by area, modality, unit and channel", async () => {
    const all = await db.obligation.findMany({ where: { section: { versionId } }, include: { section: true } });
    const full = await getObligationMatrix(null, { agreementId });
    expect(full.total).toBe(all.length);
    expect(full.rows).toHaveLength(all.length);
    expect(full.counts.reduce((n, c) => n + c.count, 0)).toBe(all.length);
    for (const party of ["REGION", "MUNICIPALITY", "GENERAL_PRACTICE"] as const) {
      const matrix = await getObligationMatrix(null, { agreementId, party });
      const expected = all.filter((o) => o.responsibleParty === party || o.responsibleParty === "JOINT");
      expect(matrix.rows.map((r) => r.id).sort(), party).toEqual(expected.map((o) => o.id).sort());
      expect(matrix.rows.some((r) => r.responsibleParty === party), `${party} has obligations`).toBe(true);
    }
    const municipalReceipts = await getObligationMatrix(null, { agreementId, party: "MUNICIPALITY", unit: "WORKING_DAYS", modality: "MUST" });
    expect(municipalReceipts.rows.length).toBeGreaterThan(0);
    expect(municipalReceipts.rows.every((r) => r.deadlineUnit === "WORKING_DAYS" && r.modality === "MUST")).toBe(true);
    expect(municipalReceipts.rows.some((r) => r.referralMilestone === "RECEIPT")).toBe(true);
    const judged = await getObligationMatrix(null, { agreementId, unit: "PROFESSIONAL_JUDGEMENT" });
    expect(judged.rows.length).toBe(all.filter((o) => o.deadlineUnit === "PROFESSIONAL_JUDGEMENT").length);
    const noChannel = await getObligationMatrix(null, { agreementId, channel: "NONE" });
    expect(noChannel.rows.length).toBe(all.filter((o) => o.channel === null).length);
    const prevention = await getObligationMatrix(null, { agreementId, area: "PREVENTION" });
    expect(prevention.rows.length).toBe(all.filter((o) => o.section.area === "PREVENTION").length);
    // In document order.
    const numbers = full.rows.map((r) => r.sectionNumber);
    expect(numbers.indexOf("2.1.1")).toBeLessThan(numbers.lastIndexOf("4.1") === -1 ? Infinity : numbers.lastIndexOf("4.1"));
  });

  it("Danish full-text search: stemming, prefixes, ranking by title, highlighted snippets", async () => {
    const closing = await searchSections(null, { versionId, q: "slutstatus" });
    expect(closing.map((h) => h.number)).toContain("2.1.1");
    expect(closing[0].snippet).toContain(HIGHLIGHT_START);
    expect(closing[0].snippet).toContain(HIGHLIGHT_END);
    // "kvittering" stems differently from the verb "kvitterer" in 2.1.1 — a word start finds both.
    expect((await searchSections(null, { versionId, q: "kvitt" })).map((h) => h.number)).toContain("2.1.1");
    // A compound typed half-way.
    expect((await searchSections(null, { versionId, q: "forebyggelsest" })).length).toBeGreaterThan(0);
    // Stemming: the plural finds the singular.
    const referrals = await searchSections(null, { versionId, q: "henvisningerne" });
    expect(referrals.map((h) => h.number)).toContain("2.1.1");
    // Quotes and exclusion (websearch syntax) still work, and nothing typed becomes query syntax.
    expect(await searchSections(null, { versionId, q: '"slutstatus" -xyzzy' })).not.toHaveLength(0);
    expect(await searchSections(null, { versionId, q: "):* & | ! <->" })).toEqual([]);
    // Ranked: title (weight A) before body (B).
    const title = await db.section.findFirstOrThrow({ where: { versionId, number: "2.1.1" } });
    const word = title.title.split(/\s+/).find((w) => w.length > 6)!.replace(/[^\p{L}]/gu, "");
    const ranked = await searchSections(null, { versionId, q: word });
    expect(ranked[0].rank).toBeGreaterThanOrEqual(ranked.at(-1)!.rank);
  });
});

describe("an amendment of the seeded agreement, through every party", () => {
  it(
    "region drafts an amendment, changes a deadline, sends it to consultation, all 18 parties approve, it comes into force; the diff lists the deadline as an obligation change",
    { timeout: 120_000 },
    async () => {
      const regionCoordinator = await actorFor((await db.user.findUniqueOrThrow({ where: { email: "koordinator.region@demo.dk" } })).id);
      const amendment = await startAmendment(regionCoordinator, { versionId, label: "Tillæg om kvitteringsfrist" });

      const receipt = await db.obligation.findFirstOrThrow({ where: { referralMilestone: "RECEIPT", section: { versionId: amendment.id } } });
      expect(receipt.deadlineAmount).toBe(3);
      // The workflows' deadlines travel with the text (the notice of a task transfer, the 90-day close):
      // an amendment that lost them would leave the compliance view and the notice without their obligation.
      const workflow = async (id: string) =>
        (await db.obligation.findMany({ where: { workflowDeadline: { not: null }, section: { versionId: id } }, select: { workflowDeadline: true, responsibleParty: true, section: { select: { number: true } } } }))
          .map((o) => `${o.section.number} ${o.responsibleParty} ${o.workflowDeadline}`)
          .sort();
      expect(await workflow(amendment.id)).toEqual(await workflow(versionId));
      expect(await workflow(amendment.id)).not.toEqual([]);
      await upsertObligation(regionCoordinator, {
        obligationId: receipt.id,
        version: String(receipt.version),
        sectionId: receipt.sectionId,
        responsibleParty: receipt.responsibleParty,
        action: receipt.action,
        trigger: receipt.trigger,
        deadlineAmount: "2",
        deadlineUnit: receipt.deadlineUnit!,
        channel: receipt.channel ?? "",
        modality: receipt.modality,
        source: receipt.source ?? "",
        referralMilestone: "RECEIPT",
      });
      // A text edit too, so the diff has both kinds.
      const section = await db.section.findFirstOrThrow({ where: { versionId: amendment.id, number: "2.1.1" } });
      await updateSection(regionCoordinator, {
        sectionId: section.id,
        version: String(section.version),
        kind: section.kind,
        number: section.number,
        title: section.title,
        body: `${section.body}\n\nKvitteringsfristen er nedsat til 2 hverdage ved tillægget.`,
        layer: section.layer,
        area: section.area,
      });
      await sendToConsultation(regionCoordinator, { versionId: amendment.id });

      // Each party approves through a coordinator of its own (the seed has a few; the rest are created here).
      const parties = await db.agreementParty.findMany({ where: { versionId: amendment.id }, include: { organisation: true } });
      expect(parties).toHaveLength(18);
      for (const party of parties) {
        const existing = await db.membership.findFirst({ where: { organisationId: party.organisationId, role: "COORDINATOR" } });
        const userId = existing?.userId ?? (await createUser([{ organisationId: party.organisationId, role: "COORDINATOR" }])).id;
        const actor = await actorFor(userId);
        // Never on behalf of another party:
        const other = parties.find((p) => p.organisationId !== party.organisationId && !actor.memberships.some((m) => m.organisationId === p.organisationId))!;
        await expect(approveForParty(actor, { versionId: amendment.id, organisationId: other.organisationId, decidedOn: todayInDenmark() })).rejects.toMatchObject({
          messageKey: "agreements.reason.ownOrganisationOnly",
        });
        await approveForParty(actor, { versionId: amendment.id, organisationId: party.organisationId, decidedOn: todayInDenmark() });
      }
      expect((await db.agreementVersion.findUniqueOrThrow({ where: { id: amendment.id } })).status).toBe("APPROVED");

      await bringIntoForce(regionCoordinator, { versionId: amendment.id });
      const [v1, v2] = await Promise.all([
        db.agreementVersion.findUniqueOrThrow({ where: { id: versionId } }),
        db.agreementVersion.findUniqueOrThrow({ where: { id: amendment.id } }),
      ]);
      expect([v1.status, v2.status]).toEqual(["SUPERSEDED", "IN_FORCE"]);
      expect(v2.inForceFrom?.toISOString().slice(0, 10)).toBe(todayInDenmark());

      const result = await compareVersions(null, { agreementId, from: "1", to: "2" });
      expect(result.comparison.obligations).toHaveLength(1);
      expect(result.comparison.obligations[0]).toMatchObject({ status: "changed", changedFields: ["deadline"] });
      expect(result.comparison.obligations[0].before).toMatchObject({ deadlineAmount: 3, deadlineUnit: "WORKING_DAYS" });
      expect(result.comparison.obligations[0].after).toMatchObject({ deadlineAmount: 2, deadlineUnit: "WORKING_DAYS" });
      expect(result.comparison.sections.map((s) => [s.after?.number, s.changedFields])).toEqual([["2.1.1", ["body"]]]);

      // The matrix now reads the amendment (the version in force).
      const matrix = await getObligationMatrix(null, { agreementId, party: "MUNICIPALITY" });
      expect(matrix.version?.number).toBe(2);
      expect(matrix.rows.find((r) => r.referralMilestone === "RECEIPT")?.deadlineAmount).toBe(2);

      // The section's history spans both versions.
      const history = await getSectionHistory(null, { agreementId, lineageId: section.lineageId });
      expect(history.revisions.map((r) => [r.versionNumber, r.revision])).toEqual([
        [2, 2],
        [2, 1],
        [1, 1],
      ]);
      expect(history.diff?.body.some((p) => p.kind === "added" && p.text.includes("2 hverdage"))).toBe(true);
    },
  );
});
