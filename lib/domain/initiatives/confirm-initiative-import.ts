import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { ConflictError } from "@/lib/domain/errors";
import { isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { createdGroupName, planImport, samePlan, statusRowsOf, type ImportGroup, type ImportRowPlan, type StoredImport } from "./import-plan";
import { confirmInitiativeImportInput } from "./schemas";
import { lockPreview, toImportDto, type ImportDto, type ImportReport } from "./import-dto";
import { bulkInsert, isBulkUniqueViolation, newId, utc } from "./bulk-insert";
import { danishToday } from "@/lib/calendar/copenhagen";
import { IMPORT_CONFIRM_JOB } from "./import-progress";

/** Long enough for 5,000 rows on a slow machine; the import is one transaction on purpose. */
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * Step 2: the person who uploaded the file confirms the preview. In one transaction — nothing is
 * half-imported — the plan is built again against the database as it is now and must equal the
 * preview (else ConflictError: upload again); then new initiatives are created, changed ones updated
 * (optimistic version check on each), decisions recorded (the previous current one superseded, never
 * deleted), events and one audit row written, and the report stored. Error rows are skipped and
 * reported; unchanged rows are left alone, so re-importing the same file changes nothing.
 *
 * The sheet's groups: a group chosen "create" becomes a working group under the importing forum
 * (canCreateForum was checked by the plan; audited as forum.create), and every group's choice is
 * remembered for the importing forum (InitiativeImportGroup), so the next import of the same sheet
 * suggests the same forums and finds its rows unchanged.
 *
 * A large confirmation runs in the job queue (decision 033): queueInitiativeImportConfirm marks the
 * import CONFIRMING and the confirm job calls this with `fromJob` as the uploader as they are then —
 * the same checks, the same transaction. The lock and the status make it write once: a second run of
 * the job (pg-boss retries) waits for the first and then finds the import CONFIRMED (conflict).
 */
export async function confirmInitiativeImport(actor: Actor | null, input: unknown, fromJob = false): Promise<ImportDto> {
  const data = parseInput(confirmInitiativeImportInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(
    async (tx) => {
      // Locked: a double click or a second server confirming the same preview waits, then sees CONFIRMED.
      const { record, access } = await lockPreview(tx, current, data.importId, fromJob ? "CONFIRMING" : "PREVIEW");

      const stored = record.rows as unknown as StoredImport;
      if (stored.fileProblems.length) throw new ConflictError("initiatives.import.fileHasProblems");
      // Lock the forums' initiatives we are about to compare against (rows created meanwhile show up as a changed plan).
      const forumIds = [...new Set([record.forumId, ...stored.rows.map((r) => r.forumId).filter((id): id is string => !!id)])];
      await tx.$queryRaw`SELECT id FROM "Forum" WHERE id = ANY(${forumIds}) FOR UPDATE`;
      const groups = stored.groups ?? [];
      const plan = await planImport(tx, access, record.forumId, statusRowsOf(stored.rows), stored.columns, stored.stage, groups);
      if (!samePlan(stored.rows, plan.rows)) throw new ConflictError("initiatives.import.changedSincePreview");

      // Groups chosen to be created become working groups under the importing forum, first.
      const created = await createGroups(tx, current, record.forumId, groups, plan.rows);
      for (const row of plan.rows) if (row.forumId === null && row.verdict === "create" && row.groupKey) row.forumId = created.get(row.groupKey) ?? null;
      await rememberGroups(tx, record.forumId, groups, created);

      const report = await applyPlan(tx, current.userId, record.fileName, plan, stored);

      const { changes, ...storedReport } = report;
      // Only the status and the report are written back; the (large) rows are not read again.
      const finished = await tx.initiativeImport.update({
        where: { id: record.id },
        data: { status: "CONFIRMED", finishedAt: new Date(), report: storedReport as unknown as Prisma.InputJsonValue, phase: null },
        select: { status: true, finishedAt: true, phase: true },
      });
      await recordAuditEvent(tx, current, {
        action: "initiativeImport.confirm",
        entityType: "InitiativeImport",
        entityId: record.id,
        before: { status: record.status },
        after: {
          status: "CONFIRMED",
          ...(fromJob ? { job: IMPORT_CONFIRM_JOB } : {}),
          fileName: record.fileName,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          skipped: report.skipped,
          // What changed, per initiative: the ids created, and before/after of each changed field.
          changes,
        },
      });
      return toImportDto({ ...record, ...finished, report: storedReport });
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 10_000 },
  );
}


/** Creates the groups chosen "create" that have rows to create; returns group key → new forum id. */
async function createGroups(tx: Tx, actor: Actor, parentId: string, groups: readonly ImportGroup[], rows: readonly ImportRowPlan[]): Promise<Map<string, string>> {
  const needed = new Set(rows.filter((r) => r.verdict === "create" && r.forumId === null && r.groupKey).map((r) => r.groupKey!));
  const created = new Map<string, string>();
  const toCreate = groups.filter((g) => g.choice.kind === "create" && needed.has(g.key));
  if (!toCreate.length) return created;
  const parent = await tx.forum.findUniqueOrThrow({ where: { id: parentId }, select: { regionId: true, secretariatOrganisationId: true, isPublic: true } });
  for (const group of toCreate) {
    const forum = await tx.forum
      .create({
        data: {
          regionId: parent.regionId,
          parentId,
          name: createdGroupName(group.name),
          kind: "WORKING_GROUP",
          compositionRule: "FREE",
          // The parent's secretariat serves the new group too, so its coordinators edit its initiatives.
          secretariatOrganisationId: parent.secretariatOrganisationId,
          isPublic: parent.isPublic,
        },
        select: { id: true, regionId: true, parentId: true, name: true, kind: true, secretariatOrganisationId: true, isPublic: true },
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new ConflictError("initiatives.import.changedSincePreview"); // the name was taken meanwhile
        throw error;
      });
    await recordAuditEvent(tx, actor, { action: "forum.create", entityType: "Forum", entityId: forum.id, after: { ...forum, createdByImport: true } });
    created.set(group.key, forum.id);
  }
  return created;
}

/** Remembers each group's place for the importing forum (a created group: its new forum). */
async function rememberGroups(tx: Tx, forumId: string, groups: readonly ImportGroup[], created: ReadonlyMap<string, string>): Promise<void> {
  for (const group of groups) {
    const targetForumId = group.choice.kind === "forum" ? group.choice.forumId : group.choice.kind === "create" ? (created.get(group.key) ?? undefined) : null;
    if (targetForumId === undefined) continue; // "create" with nothing created (every row had errors): nothing to remember
    await tx.initiativeImportGroup.upsert({
      where: { forumId_groupKey: { forumId, groupKey: group.key } },
      create: { forumId, groupKey: group.key, name: group.name, targetForumId },
      update: { name: group.name, targetForumId },
    });
  }
}

type Existing = Awaited<ReturnType<typeof planImport>>["existing"] extends Map<string, infer E> ? E : never;

async function applyPlan(
  tx: Tx,
  userId: string,
  fileName: string,
  plan: Awaited<ReturnType<typeof planImport>>,
  stored: StoredImport,
): Promise<ImportReport & { changes: unknown[] }> {
  const has = new Set(stored.columns);
  const now = new Date();
  const today = danishToday(now);
  const creates = plan.rows.filter((r) => r.verdict === "create");
  const updates = plan.rows.filter((r) => r.verdict === "update");
  const existingOf = (row: ImportRowPlan): Existing => plan.existing.get(`${row.forumId}\u0000${row.importKey}`)!;

  const nowUtc = utc(now);
  const idOf = new Map<ImportRowPlan, string>();
  for (const row of creates) idOf.set(row, newId());
  for (const row of updates) idOf.set(row, row.existing!.id);

  // 1. New initiatives, in one statement (a unique violation means someone created one meanwhile).
  await bulkInsert(
    tx,
    "Initiative",
    [
      { name: "id", type: "text" },
      { name: "forumId", type: "text" },
      { name: "importKey", type: "text" },
      { name: "title", type: "text" },
      { name: "description", type: "text" },
      { name: "focusText", type: "text" },
      { name: "resourceTags", type: "text[]", cast: '"ResourceTag"[]' },
      { name: "resourcesText", type: "text" },
      { name: "createdAt", type: "timestamp(3)" },
      { name: "updatedAt", type: "timestamp(3)" },
    ],
    creates.map((row) => ({
      id: idOf.get(row),
      forumId: row.forumId,
      importKey: row.importKey,
      title: row.title,
      description: row.description,
      focusText: row.focusText,
      resourceTags: row.resourceTags,
      resourcesText: row.resourcesText,
      createdAt: nowUtc,
      updatedAt: nowUtc,
    })),
  ).catch((error: unknown) => {
    if (isBulkUniqueViolation(error)) throw new ConflictError("initiatives.import.changedSincePreview");
    throw error;
  });

  // 2. Changed initiatives, in one statement, each only if its version is still the previewed one.
  const changes: unknown[] = [];
  if (creates.length) changes.push({ created: creates.map((row) => idOf.get(row)) });
  if (updates.length) {
    const values = updates.map((row) => {
      const before = existingOf(row);
      const after = {
        title: row.title,
        description: has.has("description") ? row.description : before.description,
        focusText: has.has("focus") ? row.focusText : before.focusText,
        resourceTags: has.has("resources") ? row.resourceTags : before.resourceTags,
        resourcesText: has.has("resources") ? row.resourcesText : before.resourcesText,
      };
      const changed = Object.fromEntries(
        (Object.keys(after) as (keyof typeof after)[])
          .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
          .map((k) => [k, { before: before[k], after: after[k] }]),
      );
      changes.push({
        initiativeId: before.id,
        changed,
        decision: row.changes.includes("decision") ? { before: before.decisions[0] ?? null, after: { decision: row.decision, stage: stored.stage, justification: row.justification } } : undefined,
      });
      return { id: before.id, version: row.existing!.version, updatedAt: nowUtc, ...after };
    });
    const count = await tx.$executeRaw`
      UPDATE "Initiative" AS i SET
        title = v.title,
        description = v.description,
        "focusText" = v."focusText",
        "resourceTags" = v."resourceTags"::"ResourceTag"[],
        "resourcesText" = v."resourcesText",
        version = i.version + 1,
        "updatedAt" = v."updatedAt"
      FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
        AS v(id text, version int, title text, description text, "focusText" text, "resourceTags" text[], "resourcesText" text, "updatedAt" timestamp(3))
      WHERE i.id = v.id AND i.version = v.version`;
    if (count !== updates.length) throw new ConflictError("initiatives.import.changedSincePreview");
  }

  // 3. Focus periods of the rows whose focus cell is new or changed.
  const focusRows = has.has("focus") ? [...creates, ...updates.filter((r) => r.changes.includes("focus"))] : [];
  const replaced = updates.filter((r) => r.changes.includes("focus")).map((r) => idOf.get(r)!);
  if (has.has("focus") && replaced.length) await tx.initiativeFocusPeriod.deleteMany({ where: { initiativeId: { in: replaced } } });
  await bulkInsert(
    tx,
    "InitiativeFocusPeriod",
    [
      { name: "id", type: "text" },
      { name: "initiativeId", type: "text" },
      { name: "year", type: "int" },
      { name: "half", type: "text", cast: '"YearHalf"' },
      { name: "activity", type: "text" },
    ],
    focusRows.flatMap((r) => r.focusPeriods.map((p) => ({ id: newId(), initiativeId: idOf.get(r), year: p.year, half: p.half, activity: p.activity }))),
  );

  // 4. Decisions: supersede the current one, record the new one (never delete).
  const decisionRows = [...creates.filter((r) => r.decision), ...updates.filter((r) => r.changes.includes("decision"))];
  const superseding = updates.filter((r) => r.changes.includes("decision")).map((r) => idOf.get(r)!);
  if (superseding.length) await tx.initiativeDecision.updateMany({ where: { initiativeId: { in: superseding }, supersededAt: null }, data: { supersededAt: now } });
  await bulkInsert(
    tx,
    "InitiativeDecision",
    [
      { name: "id", type: "text" },
      { name: "initiativeId", type: "text" },
      { name: "decision", type: "text", cast: '"InitiativeDecisionKind"' },
      { name: "stage", type: "text", cast: '"DecisionStage"' },
      { name: "justification", type: "text" },
      { name: "forumId", type: "text" },
      { name: "decidedOn", type: "date" },
      { name: "recordedById", type: "text" },
      { name: "createdAt", type: "timestamp(3)" },
    ],
    decisionRows.map((r) => ({
      id: newId(),
      initiativeId: idOf.get(r),
      decision: r.decision,
      stage: stored.stage,
      justification: r.justification,
      forumId: r.forumId,
      decidedOn: today,
      recordedById: userId,
      createdAt: nowUtc,
    })),
  );

  // 5. The initiatives' own history.
  await bulkInsert(
    tx,
    "InitiativeEvent",
    [
      { name: "id", type: "text" },
      { name: "initiativeId", type: "text" },
      { name: "type", type: "text" },
      { name: "note", type: "text" },
      { name: "actorUserId", type: "text" },
      { name: "occurredAt", type: "timestamp(3)" },
    ],
    [
      ...creates.map((r) => ({ id: newId(), initiativeId: idOf.get(r), type: "import.created", note: fileName, actorUserId: userId, occurredAt: nowUtc })),
      ...updates.map((r) => ({ id: newId(), initiativeId: idOf.get(r), type: "import.updated", note: `${fileName}: ${r.changes.join(", ")}`, actorUserId: userId, occurredAt: nowUtc })),
    ],
  );

  const outcome = { create: "created", update: "updated", unchanged: "unchanged", skip: "skipped", error: "skipped" } as const;
  return {
    created: creates.length,
    updated: updates.length,
    unchanged: plan.rows.filter((r) => r.verdict === "unchanged").length,
    skipped: plan.rows.filter((r) => r.verdict === "error" || r.verdict === "skip").length,
    rows: plan.rows.map((r) => ({
      rowNumber: r.rowNumber,
      title: r.title,
      forumName: r.forumLabel,
      outcome: outcome[r.verdict],
      initiativeId: idOf.get(r) ?? r.existing?.id ?? null,
      errors: r.errors,
    })),
    changes,
  };
}
