/**
 * Imports of malformed status tables: each bad row is reported with its Excel row number and why;
 * cancelling writes nothing; confirming writes the good rows only (in one transaction) and reports
 * the skipped ones; a broken file cannot be confirmed; a preview gone stale is refused; an import is
 * the uploader's own.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { previewInitiativeImport } from "@/lib/domain/initiatives/preview-initiative-import";
import { confirmInitiativeImport } from "@/lib/domain/initiatives/confirm-initiative-import";
import { cancelInitiativeImport } from "@/lib/domain/initiatives/cancel-initiative-import";
import { getInitiativeImport } from "@/lib/domain/initiatives/get-initiative-import";
import { updateInitiative } from "@/lib/domain/initiatives/update-initiative";
import { DomainError } from "@/lib/domain/errors";

let forumId: string;
let childId: string;
let secretary: Actor;
let member: Actor;
let chair: Actor;

const HEADER = '"Følgegruppe";"Navn på indsats";"Beskrivelse af indsatsen";"Begrundelse for om indsatsen skal videreføres eller afvikles"';
const file = (lines: string[], name = "status.csv") => ({ name, bytes: new TextEncoder().encode("\uFEFF" + lines.join("\r\n") + "\r\n") });

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const written = async () => ({
  initiatives: await db.initiative.count(),
  decisions: await db.initiativeDecision.count(),
  events: await db.initiativeEvent.count(),
  periods: await db.initiativeFocusPeriod.count(),
});

beforeEach(async () => {
  const region = await createOrganisation("REGION", { name: "Region Syddanmark" });
  const odense = await createOrganisation("MUNICIPALITY", { name: "Odense Kommune", regionId: region.id });
  const forum = await db.forum.create({ data: { regionId: region.id, name: "Følgegruppen for forebyggelse", shortName: "FG Forebyggelse", kind: "FOLLOW_UP_GROUP" } });
  const child = await db.forum.create({ data: { regionId: region.id, name: "Arbejdsgruppen for rygestop", kind: "WORKING_GROUP", parentId: forum.id } });
  forumId = forum.id;
  childId = child.id;
  const seat = async (position: "SECRETARY" | "MEMBER" | "CHAIR") => {
    const user = await createUser([{ organisationId: odense.id, role: "READER" }]);
    await db.forumMember.create({ data: { forumId, userId: user.id, name: user.name, party: "MUNICIPALITY", position, periodFrom: new Date("2020-01-01") } });
    return actorFor(user.id);
  };
  secretary = await seat("SECRETARY");
  member = await seat("MEMBER");
  chair = await seat("CHAIR");
});

describe("malformed rows", () => {
  const malformed = file([
    HEADER,
    '"";"Rygestop";"Gruppeforløb";"Videreføres. Efterspurgt"', // 2: fine
    '"";"";"Ingen titel";"Afvikles"', // 3: no title
    '"Ukendt gruppe";"Motion på recept";"";"Videreføres"', // 4: unknown forum
    '"";"rygestop ";"Igen";"Afvikles"', // 5: duplicate of row 2 (same import key)
    '"";"For få celler"', // 6: too few cells
    '"FG Forebyggelse";"Kost";"Linje 1\nLinje 2";"Videreføres ikke, målet er nået"', // 7: contradiction (a warning, imported)
    '"Arbejdsgruppen for rygestop";"Rygestop for unge";"";"Afvikles"', // 8: the child forum — the secretary cannot edit it
    '"";"Alkohol";"";"Vi ved det ikke"', // 9: no decision (a warning, imported undecided)
  ]);

  it("are reported per row with their Excel row numbers; cancelling writes nothing", async () => {
    const before = await written();
    const preview = await previewInitiativeImport(secretary, { forumId, file: malformed });
    expect(preview.fileProblems).toEqual([]);
    expect(preview.rows.map((r) => [r.rowNumber, r.verdict, r.errors, r.warnings])).toEqual([
      [2, "create", [], []],
      [3, "error", ["initiatives.import.row.titleMissing"], ["initiatives.import.row.missingJustification"]],
      [4, "skip", [], ["initiatives.import.row.missingJustification"]], // a group not below this forum: skipped until placed (issue 16)
      [5, "error", ["initiatives.import.row.duplicate|row=2"], ["initiatives.import.row.missingJustification"]],
      [6, "error", ["initiatives.import.csv.tooFewCells"], []],
      [7, "create", [], ["initiatives.import.row.contradiction"]],
      [8, "error", ["initiatives.import.row.forumNotEditable"], ["initiatives.import.row.missingJustification"]],
      [9, "create", [], ["initiatives.import.row.noDecision"]],
    ]);
    expect(preview.summary).toEqual({ create: 3, update: 0, unchanged: 0, skip: 1, error: 4, warnings: 6 });
    expect(preview.rows[5].description).toBe("Linje 1\nLinje 2");
    expect(await written()).toEqual(before); // a preview writes no initiative

    const cancelled = await cancelInitiativeImport(secretary, { importId: preview.id });
    expect(cancelled.status).toBe("CANCELLED");
    expect(await written()).toEqual(before);
    expect((await refusal(confirmInitiativeImport(secretary, { importId: preview.id }))).messageKey).toBe("initiatives.import.alreadyFinished");
    expect(await written()).toEqual(before);
    expect(await db.auditEvent.findMany({ where: { entityId: preview.id }, select: { action: true }, orderBy: { id: "asc" } })).toEqual([
      { action: "initiativeImport.preview" },
      { action: "initiativeImport.cancel" },
    ]);
  });

  it("confirming imports the good rows in one go and reports the skipped ones", async () => {
    const preview = await previewInitiativeImport(secretary, { forumId, file: malformed });
    const done = await confirmInitiativeImport(secretary, { importId: preview.id });
    expect(done.report).toMatchObject({ created: 3, updated: 0, unchanged: 0, skipped: 5 });
    expect(done.report!.rows.filter((r) => r.outcome === "skipped").map((r) => r.rowNumber)).toEqual([3, 4, 5, 6, 8]);
    const initiatives = await db.initiative.findMany({ orderBy: { title: "asc" }, include: { decisions: true } });
    expect(initiatives.map((i) => [i.title, i.decisions.map((d) => d.decision)])).toEqual([
      ["Alkohol", []],
      ["Kost", ["CONTINUE"]], // as written; the board warns about the contradiction
      ["Rygestop", ["CONTINUE"]],
    ]);
    expect(await db.auditEvent.count({ where: { action: "initiativeImport.confirm" } })).toBe(1);
  });
});

describe("files that cannot be imported", () => {
  it("a file without a title column, or an empty one, is refused as a whole", async () => {
    const noTitle = await previewInitiativeImport(secretary, { forumId, file: file(['"Beskrivelse";"Begrundelse"', '"x";"Videreføres"']) });
    expect(noTitle.fileProblems).toEqual(["initiatives.import.file.titleColumnMissing"]);
    expect(noTitle.confirmable).toBe(false);
    expect((await refusal(confirmInitiativeImport(secretary, { importId: noTitle.id }))).messageKey).toBe("initiatives.import.fileHasProblems");
    const empty = await previewInitiativeImport(secretary, { forumId, file: file([HEADER]) });
    expect(empty.fileProblems).toEqual(["initiatives.import.file.noRows"]);
    expect((await refusal(previewInitiativeImport(secretary, { forumId, file: { name: "tom.csv", bytes: new Uint8Array() } }))).fieldErrors).toEqual({
      "file.bytes": ["validation.initiatives.fileRequired"],
    });
    expect(await written()).toEqual({ initiatives: 0, decisions: 0, events: 0, periods: 0 });
  });

  it("English headers and a separate decision column are understood", async () => {
    const english = file(['"Name of initiative";"Decision";"Justification";"Resources"', '"Quit smoking";"Wind down";"Now in operation";"None"']);
    const preview = await previewInitiativeImport(secretary, { forumId, file: english });
    expect(preview.rows[0]).toMatchObject({ verdict: "create", decision: "WIND_DOWN", justification: "Now in operation", resourceTags: ["NONE"] });
  });
});

describe("confirming", () => {
  const one = file([HEADER, '"";"Rygestop";"Gruppeforløb";"Videreføres. Efterspurgt"']);

  it("is refused when an initiative changed after the preview; nothing is written", async () => {
    const first = await previewInitiativeImport(secretary, { forumId, file: one });
    await confirmInitiativeImport(secretary, { importId: first.id });
    const changed = file([HEADER, '"";"Rygestop";"Ny beskrivelse";"Videreføres. Efterspurgt"']);
    const preview = await previewInitiativeImport(secretary, { forumId, file: changed });
    expect(preview.rows[0]).toMatchObject({ verdict: "update", changes: ["description"] });
    const initiative = await db.initiative.findFirstOrThrow();
    await updateInitiative(member, { initiativeId: initiative.id, version: initiative.version, title: "Rygestop", description: "Redigeret imens", status: "ONGOING" });
    const before = await written();
    expect((await refusal(confirmInitiativeImport(secretary, { importId: preview.id }))).messageKey).toBe("initiatives.import.changedSincePreview");
    expect(await written()).toEqual(before);
    expect((await db.initiative.findFirstOrThrow()).description).toBe("Redigeret imens");
    expect((await getInitiativeImport(secretary, { importId: preview.id })).status).toBe("PREVIEW");
  });

  it("a decision stored with its word first (as the seed writes it) equals the same cell in a file: unchanged", async () => {
    const initiative = await db.initiative.create({ data: { forumId, importKey: "rygestop", title: "Rygestop", description: "Gruppeforløb" } });
    await db.initiativeDecision.create({
      data: { initiativeId: initiative.id, decision: "CONTINUE", stage: "FINAL", justification: "Videreføres. Efterspurgt", forumId, decidedOn: new Date("2019-11-21") },
    });
    const preview = await previewInitiativeImport(secretary, { forumId, file: one });
    expect(preview.rows[0]).toMatchObject({ verdict: "unchanged", changes: [] });
  });

  it("a re-import with a changed decision supersedes the old one", async () => {
    const first = await previewInitiativeImport(secretary, { forumId, file: one });
    await confirmInitiativeImport(secretary, { importId: first.id });
    const windDown = await previewInitiativeImport(secretary, { forumId, file: file([HEADER, '"";"Rygestop";"Gruppeforløb";"Afvikles. Overgår til drift"']) });
    const done = await confirmInitiativeImport(secretary, { importId: windDown.id });
    expect(done.report).toMatchObject({ created: 0, updated: 1 });
    const decisions = await db.initiativeDecision.findMany({ orderBy: { createdAt: "asc" } });
    expect(decisions.map((d) => [d.decision, d.supersededAt === null])).toEqual([
      ["CONTINUE", false],
      ["WIND_DOWN", true],
    ]);
  });

  it("final decisions by import need the chair or secretary; the import is the uploader's own", async () => {
    expect((await refusal(previewInitiativeImport(member, { forumId, stage: "FINAL", file: one }))).messageKey).toBe("forums.reason.chairOrSecretaryOnly");
    const preview = await previewInitiativeImport(chair, { forumId, stage: "FINAL", file: one });
    expect((await refusal(confirmInitiativeImport(secretary, { importId: preview.id }))).kind).toBe("not_found");
    expect((await refusal(getInitiativeImport(member, { importId: preview.id }))).kind).toBe("not_found");
    await confirmInitiativeImport(chair, { importId: preview.id });
    expect(await db.initiativeDecision.findFirstOrThrow()).toMatchObject({ stage: "FINAL", recordedById: chair.userId });
    // A forum the actor cannot read is "not found" for the upload too.
    const stranger = await actorFor((await createUser([])).id);
    expect((await refusal(previewInitiativeImport(stranger, { forumId: childId, file: one }))).kind).toBe("not_found");
  });
});
