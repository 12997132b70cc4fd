/**
 * Done-when of issue 6: importing the 2019 status tables of Region Syddanmark's follow-up groups
 * (prisma/seed/data/initiatives-status-2019.csv), converted here to the shape Danish Excel writes —
 * UTF-8 with BOM, ";" separators, CRLF, the Danish headers, a forum column, the decision as the first
 * word of the justification cell, quoted multi-line cells — twice yields no duplicates, and each
 * forum's board counts equal the file's decisions (the follow-up groups' boards and the steering
 * forum's cross-forum board).
 */
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { previewInitiativeImport } from "@/lib/domain/initiatives/preview-initiative-import";
import { confirmInitiativeImport } from "@/lib/domain/initiatives/confirm-initiative-import";
import { getForumBoard } from "@/lib/domain/initiatives/get-forum-board";
import { getCrossForumBoard } from "@/lib/domain/initiatives/get-cross-forum-board";
import { exportStatusTable } from "@/lib/domain/initiatives/export-status-table";

type SourceRow = { group: string; initiative: string; decision: "Videreføres" | "Afvikles" };

/** The reference file, read with a deliberately naive reader (it is plain comma CSV with a few quoted cells). */
function readSource(): SourceRow[] {
  const file = path.resolve(process.cwd(), "prisma/seed/data/initiatives-status-2019.csv");
  const lines = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(Boolean);
  const split = (line: string) => {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === "," && !quoted) {
        cells.push(cell);
        cell = "";
      } else cell += ch;
    }
    return [...cells, cell];
  };
  const [header, ...body] = lines.map(split);
  expect(header).toEqual(["group", "initiative", "decision"]);
  return body.map(([group, initiative, decision]) => ({ group, initiative, decision: decision as SourceRow["decision"] }));
}

/** The same table as a follow-up group would export it from Danish Excel. */
function toDanishExcel(rows: SourceRow[]): Uint8Array {
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const header = [
    "Følgegruppe",
    "Navn på indsats",
    "Beskrivelse af indsatsen",
    "Begrundelse for om indsatsen skal videreføres eller afvikles",
    "Hvornår i aftaleperioden forventes indsatsen at kræve et særligt fokus (periode)",
    "Beskrivelse af hvilke ressourcer det forventes, at en videreførelse kræver",
  ];
  const lines = rows.map((row, i) => {
    const multiLine = i % 4 === 0;
    const description = multiLine ? `Indsatsen "${row.initiative}" i sundhedsaftalen.\nDelmål 1; delmål 2.` : `Indsats nr. ${i + 1}`;
    const justification = multiLine ? `${row.decision}.\nBegrundelse på flere linjer;\nmed semikolon.` : `${row.decision}. Vurderet af følgegruppen.`;
    const focus = row.decision === "Videreføres" ? (multiLine ? "2. halvår 2020: opstart\n2021" : "2020-2021") : "";
    const resources = row.decision === "Videreføres" ? "Arbejdsgruppe og en temadag" : "Ingen";
    return [row.group, row.initiative, description, justification, focus, resources].map(quote).join(";");
  });
  const text = "\uFEFF" + [header.map(quote).join(";"), ...lines].join("\r\n") + "\r\n";
  return new TextEncoder().encode(text);
}

let importer: Actor;
let steeringForumId: string;
let coordinationGroupId: string;
const groupIds = new Map<string, string>();
const source = readSource();
const groups = [...new Set(source.map((r) => r.group))];

beforeEach(async () => {
  groupIds.clear();
  const region = await createOrganisation("REGION", { name: "Region Syddanmark", code: "1083" });
  // The region's coordinator is the forums' secretariat: edits the initiatives of every group.
  const user = await createUser([{ organisationId: region.id, role: "COORDINATOR" }]);
  importer = await actorFor(user.id);
  const forum = (name: string, kind: "POLITICAL_COMMITTEE" | "ADMINISTRATIVE_FORUM" | "COORDINATION_GROUP" | "FOLLOW_UP_GROUP", parentId: string | null) =>
    db.forum.create({ data: { regionId: region.id, name, kind, parentId, secretariatOrganisationId: region.id, compositionRule: "CROSS_SECTOR" } });
  const sku = await forum("Sundhedskoordinationsudvalget", "POLITICAL_COMMITTEE", null);
  const dak = await forum("Det Administrative Kontaktforum", "ADMINISTRATIVE_FORUM", sku.id);
  const coordination = await forum("Koordinationsgruppen", "COORDINATION_GROUP", dak.id);
  steeringForumId = dak.id;
  coordinationGroupId = coordination.id;
  for (const group of groups) groupIds.set(group, (await forum(group, "FOLLOW_UP_GROUP", coordination.id)).id);
});

async function importFile(bytes: Uint8Array) {
  const preview = await previewInitiativeImport(importer, { forumId: coordinationGroupId, stage: "PROPOSED", file: { name: "statustabel-2019.csv", bytes } });
  const confirmed = await confirmInitiativeImport(importer, { importId: preview.id });
  return { preview, confirmed };
}

describe("importing the 2019 status tables in the Danish Excel shape", () => {
  it("reads every row, and a second import of the same file creates and changes nothing", async () => {
    expect(source).toHaveLength(52);
    const bytes = toDanishExcel(source);

    const first = await importFile(bytes);
    expect(first.preview.fileProblems).toEqual([]);
    expect(first.preview.columns.sort()).toEqual(["description", "focus", "forum", "justification", "resources", "title"]);
    expect(first.preview.summary).toEqual({ create: 52, update: 0, unchanged: 0, skip: 0, error: 0, warnings: 0 });
    expect(first.confirmed.status).toBe("CONFIRMED");
    expect(first.confirmed.report).toMatchObject({ created: 52, updated: 0, unchanged: 0, skipped: 0 });

    // The multi-line cells arrived whole; the decision word was taken off the justification.
    const multi = await db.initiative.findFirstOrThrow({ where: { title: source[0].initiative }, include: { decisions: true, focusPeriods: true } });
    expect(multi.description).toBe(`Indsatsen "${source[0].initiative}" i sundhedsaftalen.\nDelmål 1; delmål 2.`);
    expect(multi.decisions).toHaveLength(1);
    expect(multi.decisions[0]).toMatchObject({ decision: "CONTINUE", stage: "PROPOSED", justification: "Begrundelse på flere linjer;\nmed semikolon." });
    expect(multi.focusPeriods.map((p) => [p.year, p.half, p.activity])).toEqual(
      expect.arrayContaining([
        [2020, "H2", "opstart"],
        [2021, null, null],
      ]),
    );
    expect(multi.resourceTags.sort()).toEqual(["THEME_DAY", "WORKING_GROUP"]);
    // Bulk-written rows carry the same UTC timestamps Prisma writes.
    for (const at of [multi.createdAt, multi.updatedAt, multi.decisions[0].createdAt]) expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(60_000);
    expect(multi.id).toMatch(/^c[0-9a-z]{24}$/);

    const second = await importFile(bytes);
    expect(second.preview.summary).toEqual({ create: 0, update: 0, unchanged: 52, skip: 0, error: 0, warnings: 0 });
    expect(second.preview.confirmable).toBe(false);
    expect(second.confirmed.report).toMatchObject({ created: 0, updated: 0, unchanged: 52, skipped: 0 });

    expect(await db.initiative.count()).toBe(52);
    expect(await db.initiativeDecision.count()).toBe(52);
    const keys = await db.initiative.groupBy({ by: ["forumId", "importKey"], _count: true });
    expect(keys.every((k) => k._count === 1)).toBe(true);
  });

  it("each follow-up group's board, and the steering forum's cross-forum board, count the file's decisions", async () => {
    const bytes = toDanishExcel(source);
    await importFile(bytes);
    await importFile(bytes);

    const expected = (group: string) => ({
      total: source.filter((r) => r.group === group).length,
      continue: source.filter((r) => r.group === group && r.decision === "Videreføres").length,
      windDown: source.filter((r) => r.group === group && r.decision === "Afvikles").length,
      undecided: 0,
      final: 0,
    });
    for (const group of groups) {
      const board = await getForumBoard(importer, { forumId: groupIds.get(group) });
      expect(board.counts).toMatchObject(expected(group));
      expect(board.rows).toHaveLength(expected(group).total);
      expect(board.rows.every((r) => r.warnings.length === 0)).toBe(true);
    }
    expect(expected("Følgegruppen for behandling og pleje")).toMatchObject({ continue: 20, windDown: 5 });

    const cross = await getCrossForumBoard(importer, { forumId: steeringForumId });
    for (const group of groups) {
      expect(cross.forums.find((f) => f.id === groupIds.get(group))!.counts).toMatchObject(expected(group));
    }
    expect(cross.totals).toMatchObject({ total: 52, continue: 39, windDown: 13, undecided: 0 });
    expect(cross.forums.map((f) => f.name)).toEqual([
      "Det Administrative Kontaktforum",
      "Koordinationsgruppen",
      ...[...groups].sort((a, b) => a.localeCompare(b, "da")),
    ]);
  });

  it("the export has the same shape and imports back without a change", async () => {
    await importFile(toDanishExcel(source));
    const exported = await exportStatusTable(importer, { forumId: coordinationGroupId, scope: "tree" });
    expect(exported.csv.startsWith('\uFEFF"Forum";"Navn på indsats";"Beskrivelse af indsatsen";"Begrundelse for om indsatsen skal videreføres eller afvikles"')).toBe(true);
    expect(exported.csv).toContain("\r\n");
    expect(exported.csv).toContain('"Videreføres. Begrundelse på flere linjer;\nmed semikolon."'); // multi-line cell, LF inside, decision first
    const again = await importFile(new TextEncoder().encode(exported.csv));
    expect(again.preview.summary).toMatchObject({ create: 0, update: 0, unchanged: 52, error: 0 });
  });
});
