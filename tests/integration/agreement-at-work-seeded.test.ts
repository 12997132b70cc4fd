/**
 * The seeded demo (Region Sjælland) for issue 14's workflows: a type A transfer goes to the
 * cross-sector clinical management forum, whose board shows the cases it decides; the agreement's
 * obligations state the notice (region 6 months, municipality 3) and the 90-day close, and every
 * compliance figure links to the obligation that holds its organisation; the steering forum's area is
 * the whole region.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed/index";
import { db } from "./support/db";
import { actorFor } from "./support/factories";
import { openTaskTransfer } from "@/lib/domain/task-transfers/open-task-transfer";
import { listForumTaskTransfers } from "@/lib/domain/task-transfers/list-forum-task-transfers";
import { complianceView } from "@/lib/domain/compliance/compliance-view";
import { addMonths, danishDate } from "@/lib/calendar";
import type { Actor } from "@/lib/rules/actor";

const byEmail = async (email: string): Promise<Actor> => actorFor((await db.user.findUniqueOrThrow({ where: { email } })).id);

// Every test starts from an empty database (tests/integration/setup.ts): seed per test.
beforeEach(async () => {
  await seed(db, { demo: true });
}, 120_000);

describe("issue 14's demo in Region Sjælland", () => {
  it("a type A transfer from the municipality goes to the clinical management forum with the municipality's 3 months' notice", async () => {
    const forum = await db.forum.findFirstOrThrow({ where: { kind: "CLINICAL_MANAGEMENT", region: { name: "Region Sjælland" } }, include: { members: true } });
    expect(forum.mandate).toContain("Demodata");
    expect(new Set(forum.members.map((m) => m.party))).toEqual(new Set(["REGION", "MUNICIPALITY", "GENERAL_PRACTICE"]));
    const roskilde = await db.organisation.findFirstOrThrow({ where: { name: "Roskilde Kommune" } });
    const region = await db.organisation.findFirstOrThrow({ where: { name: "Region Sjælland" } });
    const opened = await openTaskTransfer(await byEmail("koordinator.roskilde@demo.dk"), {
      type: "A_DEVELOPMENT",
      transferringOrganisationId: roskilde.id,
      receivingOrganisationId: region.id,
      effectiveFrom: addMonths(danishDate(new Date()), 4),
      task: "Opfølgning på ernæringsscreening efter udskrivelse",
      patientGroup: "Ældre medicinske patienter",
      competences: "",
      equipment: "",
      documentation: "",
      economyTransferring: "",
      risks: "",
    });
    const row = await db.taskTransfer.findUniqueOrThrow({ where: { id: opened.id } });
    expect(row).toMatchObject({ forumId: forum.id, noticeMonths: 3, shortNotice: false });
    // The forum's chair (a hospital clinician, no party coordinator) sees it on the board with the seeded type A cases.
    const board = await listForumTaskTransfers(await byEmail("laege.hospital@demo.dk"), { forumId: forum.id });
    expect(board.map((x) => x.reference)).toEqual(expect.arrayContaining([opened.reference, "OO-DEMO-02", "OO-DEMO-03"]));
  });

  it("every compliance row links to the obligation that holds its organisation; the steering forum sees the whole region", async () => {
    const regionCoordinator = await byEmail("koordinator.region@demo.dk");
    const year = Number(danishDate(new Date()).slice(0, 4));
    const view = await complianceView(regionCoordinator, { year: String(year) });
    expect(Object.keys(view.sources).sort()).toEqual(["ADVERSE_EVENT_CLOSE", "REFERRAL_CLOSING_STATUS", "REFERRAL_DECISION", "REFERRAL_RECEIPT", "TASK_TRANSFER_NOTICE"]);
    expect(view.sources.TASK_TRANSFER_NOTICE!.map((s) => [s.sectionNumber, s.responsibleParty])).toEqual([
      ["1.6", "REGION"],
      ["1.6", "MUNICIPALITY"],
    ]);
    expect(view.sources.ADVERSE_EVENT_CLOSE).toEqual([expect.objectContaining({ sectionNumber: "5.3", obligationNumber: 2 })]);
    expect(view.rows.length).toBeGreaterThan(0);
    for (const row of view.rows) expect(row.source, `${row.obligation} ${row.organisationName}`).not.toBeNull();
    const notice = view.rows.find((r) => r.obligation === "TASK_TRANSFER_NOTICE" && r.organisationName === "Region Sjælland");
    if (notice) expect(notice.source).toMatchObject({ responsibleParty: "REGION", obligationNumber: 1 });

    const steering = await db.forum.findFirstOrThrow({ where: { kind: "ADMINISTRATIVE_FORUM", region: { name: "Region Sjælland" } } });
    const area = await complianceView(regionCoordinator, { year: String(year), forumId: steering.id });
    expect(area.rows.map((r) => `${r.obligation}|${r.organisationId}`)).toEqual(view.rows.map((r) => `${r.obligation}|${r.organisationId}`));
  });
});
