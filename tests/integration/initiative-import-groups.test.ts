/**
 * Done-when of issue 16 item 1: a committee's status sheet covers several groups in its first column,
 * none of which the portal knows yet (or knows by a shorter name). The preview lists each group
 * name with a choice — an existing forum (suggested by name), a new working group under the
 * importing forum (for a person allowed to create forums there), or skip — and confirming places
 * every row; the choices are remembered, so the same sheet imported again creates nothing.
 * The sheet is in the shape Danish Excel writes: BOM, ";", CRLF, quoted multi-line cells, empty
 * trailing columns, header text with punctuation.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { DomainError } from "@/lib/domain/errors";
import { previewInitiativeImport } from "@/lib/domain/initiatives/preview-initiative-import";
import { chooseImportGroups } from "@/lib/domain/initiatives/choose-import-groups";
import { confirmInitiativeImport } from "@/lib/domain/initiatives/confirm-initiative-import";
import { getForumBoard } from "@/lib/domain/initiatives/get-forum-board";

const GROUPS = ["Følgegruppen for genoptræning og rehabilitering", "Følgegruppen for velfærdsteknologi", "Følgegruppen for økonomi"];

type SheetRow = { group: string; title: string; decision: "Videreføres" | "Afvikles" };

/** Seven rows per group, a mix of decisions. */
const SHEET: SheetRow[] = GROUPS.flatMap((group, g) =>
  Array.from({ length: 7 }, (_, i) => ({ group, title: `Indsats ${g + 1}.${i + 1} – ${group.slice(17)}`, decision: (i + g) % 3 === 0 ? "Afvikles" : "Videreføres" }) as SheetRow),
);

/** The sheet as Danish Excel saves it: BOM, ";", CRLF, quoted multi-line cells, two empty trailing columns. */
function danishExcel(rows: SheetRow[], decisionOf: (row: SheetRow) => string = (r) => r.decision): Uint8Array {
  const quote = (cell: string) => (/[";\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const header = ["Følgegruppe:", "Navn på indsats", "Beskrivelse af indsatsen (kort)", "Begrundelse for om indsatsen skal videreføres eller afvikles?", "Hvornår i aftaleperioden forventes indsatsen at kræve et særligt fokus (periode)?", "", ""];
  const lines = rows.map((row, i) => {
    const description = i % 2 === 0 ? `Første linje om ${row.title}.\nAnden linje; med semikolon og "citat".` : `Kort om ${row.title}`;
    const justification = `${decisionOf(row)}.\nVurderet af gruppen.`;
    const focus = i % 3 === 0 ? "2. halvår 2026: opstart\n2027" : "";
    return [row.group, row.title, description, justification, focus, "", ""].map(quote).join(";");
  });
  return new TextEncoder().encode("\uFEFF" + [header.map(quote).join(";"), ...lines, ";;;;;;"].join("\r\n") + "\r\n");
}

let committeeId: string;
let coordinator: Actor;
let regionId: string;

beforeEach(async () => {
  const region = await createOrganisation("REGION", { name: "Region Midtjylland" });
  regionId = region.id;
  const user = await createUser([{ organisationId: region.id, role: "COORDINATOR" }]);
  coordinator = await actorFor(user.id);
  // The committee: the region is its secretariat, so the region's coordinator edits its initiatives and creates forums.
  const committee = await db.forum.create({
    data: { regionId: region.id, name: "Det Administrative Kontaktforum", kind: "ADMINISTRATIVE_FORUM", secretariatOrganisationId: region.id },
  });
  committeeId = committee.id;
});

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const upload = (actor: Actor, forumId: string, bytes: Uint8Array) => previewInitiativeImport(actor, { forumId, stage: "PROPOSED", file: { name: "statusskema.csv", bytes } });

describe("an import that places a whole sheet", () => {
  it("creates each unknown group as a working group, lands every row, and a second import creates nothing", async () => {
    const bytes = danishExcel(SHEET);
    const preview = await upload(coordinator, committeeId, bytes);
    expect(preview.fileProblems).toEqual([]);
    expect(preview.mayCreate).toBe(true);
    expect(preview.groups.map((g) => [g.name, g.rows, g.suggestion, g.value])).toEqual(GROUPS.map((name) => [name, 7, null, "create"]));
    expect(preview.summary).toMatchObject({ create: 21, update: 0, unchanged: 0, skip: 0, error: 0 });

    const confirmed = await confirmInitiativeImport(coordinator, { importId: preview.id });
    expect(confirmed.report).toMatchObject({ created: 21, updated: 0, unchanged: 0, skipped: 0 });

    // Three working groups under the committee, each with its rows, and the decisions the preview counted.
    const created = await db.forum.findMany({ where: { parentId: committeeId }, orderBy: { name: "asc" } });
    expect(created.map((f) => [f.name, f.kind, f.regionId, f.secretariatOrganisationId])).toEqual([...GROUPS].sort().map((name) => [name, "WORKING_GROUP", regionId, regionId]));
    for (const group of preview.groups) {
      const forum = created.find((f) => f.name === group.name)!;
      const board = await getForumBoard(coordinator, { forumId: forum.id });
      expect(board.counts).toMatchObject({ total: 7, continue: group.counts.continue, windDown: group.counts.windDown, undecided: 0 });
      expect(group.counts.continue + group.counts.windDown).toBe(7);
    }
    const multiLine = await db.initiative.findFirstOrThrow({ where: { title: SHEET[0].title } });
    expect(multiLine.description).toBe(`Første linje om ${SHEET[0].title}.\nAnden linje; med semikolon og "citat".`);
    const audit = await db.auditEvent.count({ where: { action: "forum.create" } });
    expect(audit).toBe(3);

    // Again, the same file: the groups are remembered, every row is unchanged, nothing is created.
    const again = await upload(coordinator, committeeId, bytes);
    expect(again.groups.map((g) => [g.suggestion?.reason, g.value])).toEqual(GROUPS.map((name) => ["remembered", `forum:${created.find((f) => f.name === name)!.id}`]));
    expect(again.summary).toMatchObject({ create: 0, update: 0, unchanged: 21, skip: 0, error: 0 });
    const second = await confirmInitiativeImport(coordinator, { importId: again.id });
    expect(second.report).toMatchObject({ created: 0, updated: 0, unchanged: 21 });
    expect(await db.forum.count({ where: { parentId: committeeId } })).toBe(3);
    expect(await db.initiative.count()).toBe(21);
    expect(await db.initiativeDecision.count()).toBe(21);
  });

  it("a changed row becomes history on the next import: updated, the earlier decision superseded, never duplicated", async () => {
    await confirmInitiativeImport(coordinator, { importId: (await upload(coordinator, committeeId, danishExcel(SHEET))).id });
    const flipped = SHEET[1];
    const next = await upload(coordinator, committeeId, danishExcel(SHEET, (r) => (r === flipped ? "Afvikles" : r.decision)));
    expect(next.summary).toMatchObject({ create: 0, update: 1, unchanged: 20 });
    await confirmInitiativeImport(coordinator, { importId: next.id });
    const initiative = await db.initiative.findFirstOrThrow({ where: { title: flipped.title }, include: { decisions: { orderBy: { createdAt: "asc" } } } });
    expect(initiative.decisions.map((d) => [d.decision, d.supersededAt !== null])).toEqual([
      ["CONTINUE", true],
      ["WIND_DOWN", false],
    ]);
    expect(await db.initiative.count()).toBe(21);
  });

  it("a group the portal knows by a shorter name is suggested, and its rows land in that forum", async () => {
    const existing = await db.forum.create({ data: { regionId, name: "Velfærdsteknologi", kind: "FOLLOW_UP_GROUP", parentId: committeeId, secretariatOrganisationId: regionId } });
    const preview = await upload(coordinator, committeeId, danishExcel(SHEET));
    const group = preview.groups.find((g) => g.name === GROUPS[1])!;
    expect(group.suggestion).toEqual({ forumId: existing.id, reason: "name" });
    expect(group.value).toBe(`forum:${existing.id}`);
    expect(preview.targets.map((t) => t.name)).toEqual(["Det Administrative Kontaktforum", "Velfærdsteknologi"]);

    await confirmInitiativeImport(coordinator, { importId: preview.id });
    expect(await db.initiative.count({ where: { forumId: existing.id } })).toBe(7);
    expect(await db.forum.count({ where: { parentId: committeeId } })).toBe(3); // Velfærdsteknologi + two created
    expect(await db.forum.count({ where: { name: GROUPS[1] } })).toBe(0);
  });

  it("the uploader chooses: one group into the committee itself, one skipped; the choices are remembered", async () => {
    const preview = await upload(coordinator, committeeId, danishExcel(SHEET));
    const { preview: chosen, changed } = await chooseImportGroups(coordinator, { importId: preview.id, "group.0": `forum:${committeeId}`, "group.1": "skip", "group.2": "create" });
    expect(changed).toBe(true);
    expect(chosen.summary).toMatchObject({ create: 14, skip: 7, error: 0 });
    expect(chosen.groups.map((g) => g.counts.skip)).toEqual([0, 7, 0]);
    const report = (await confirmInitiativeImport(coordinator, { importId: preview.id })).report!;
    expect(report).toMatchObject({ created: 14, skipped: 7 });
    expect(await db.initiative.count({ where: { forumId: committeeId } })).toBe(7);
    expect(await db.forum.count({ where: { parentId: committeeId } })).toBe(1);

    const again = await upload(coordinator, committeeId, danishExcel(SHEET));
    expect(again.groups.map((g) => g.value)).toEqual([`forum:${committeeId}`, "skip", expect.stringMatching(/^forum:/)]);
    expect(again.summary).toMatchObject({ create: 0, unchanged: 14, skip: 7 });
  });

  it("a working group's import works; only a person allowed to create forums may create groups", async () => {
    const workingGroup = await db.forum.create({ data: { regionId, name: "Arbejdsgruppen for data", kind: "WORKING_GROUP", parentId: committeeId, secretariatOrganisationId: regionId } });
    const municipality = await createOrganisation("MUNICIPALITY", { regionId });
    const memberUser = await createUser([{ organisationId: municipality.id, role: "READER" }]);
    await db.forumMember.create({ data: { forumId: workingGroup.id, userId: memberUser.id, name: memberUser.name, party: "MUNICIPALITY", position: "MEMBER", periodFrom: new Date("2020-01-01") } });
    const member = await actorFor(memberUser.id);

    // A member cannot create forums: the groups are skipped until placed, and "create" is refused.
    const preview = await upload(member, workingGroup.id, danishExcel(SHEET));
    expect(preview.mayCreate).toBe(false);
    expect(preview.groups.map((g) => g.value)).toEqual(["skip", "skip", "skip"]);
    expect(preview.confirmable).toBe(false);
    const refused = await refusal(chooseImportGroups(member, { importId: preview.id, "group.0": "create", "group.1": "skip", "group.2": "skip" }));
    expect(refused.kind).toBe("invalid");
    // … but may place every group in the working group itself.
    const all = `forum:${workingGroup.id}`;
    await chooseImportGroups(member, { importId: preview.id, "group.0": all, "group.1": all, "group.2": all });
    expect((await confirmInitiativeImport(member, { importId: preview.id })).report).toMatchObject({ created: 21, skipped: 0 });
    expect(await db.initiative.count({ where: { forumId: workingGroup.id } })).toBe(21);

    // The region's coordinator may create groups under the working group.
    const byCoordinator = await upload(coordinator, workingGroup.id, danishExcel(SHEET.map((r) => ({ ...r, title: `${r.title} (ny)` }))));
    expect(byCoordinator.groups.map((g) => g.value)).toEqual([all, all, all]); // remembered for the working group
    await chooseImportGroups(coordinator, { importId: byCoordinator.id, "group.0": "create", "group.1": all, "group.2": all });
    await confirmInitiativeImport(coordinator, { importId: byCoordinator.id });
    expect(await db.forum.count({ where: { parentId: workingGroup.id, kind: "WORKING_GROUP" } })).toBe(1);
  });

  it("a forum id outside the importing forum's tree is refused as a choice", async () => {
    const elsewhere = await db.forum.create({ data: { regionId, name: "Et andet forum", kind: "FOLLOW_UP_GROUP", secretariatOrganisationId: regionId } });
    const preview = await upload(coordinator, committeeId, danishExcel(SHEET));
    const refused = await refusal(chooseImportGroups(coordinator, { importId: preview.id, "group.0": `forum:${elsewhere.id}`, "group.1": "skip", "group.2": "skip" }));
    expect(refused.kind).toBe("invalid");
    expect(await db.initiative.count()).toBe(0);
  });
});
