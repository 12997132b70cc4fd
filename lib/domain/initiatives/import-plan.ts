import "server-only";
/**
 * The plan of a status-table import: every row of the file with its forum, its verdict (create,
 * update, unchanged, error), what it changes and the version of the initiative it would update.
 * Built at upload (the preview, stored in InitiativeImport so any app server can confirm it) and
 * built again inside the confirming transaction: if the two differ — someone edited an initiative,
 * or a permission changed, in between — the confirmation is refused rather than writing something
 * the user did not see.
 */
import type { Db, Tx } from "@/lib/db/types";
import type { DecisionStage, InitiativeDecisionKind, ResourceTag, YearHalf } from "@/lib/generated/prisma/enums";
import { canCreateForum, canEditInitiatives, canRecordFinalDecision, descendantIds } from "@/lib/rules/forums";
import { splitDecisionFromJustification } from "@/lib/rules/initiatives";
import { relationTo, type ForumAccess } from "@/lib/domain/forums/access";
import type { StatusColumn, StatusRow } from "./status-table";
import { groupKey, suggestForum, type NamedForum } from "./group-names";

export type ImportVerdict = "create" | "update" | "unchanged" | "skip" | "error";
export type ImportChange = "title" | "description" | "decision" | "focus" | "resources";

export type ImportRowPlan = StatusRow & {
  /** The forum the row goes to; null for a row that is skipped, has errors, or goes to a group created at confirmation. */
  forumId: string | null;
  forumLabel: string;
  /** The row's group (its forum cell, normalised); null when the cell is empty (the importing forum itself). */
  groupKey: string | null;
  verdict: ImportVerdict;
  existing: { id: string; version: number } | null;
  changes: ImportChange[];
};

/** What the person chose for a group name of the sheet. */
export type GroupChoice = { kind: "forum"; forumId: string } | { kind: "create" } | { kind: "skip" };

/** One distinct group name of the sheet, with the portal's suggestion and the current choice. */
export type ImportGroup = {
  key: string;
  /** As the sheet writes it (its first row). */
  name: string;
  rows: number;
  /** Where the suggestion came from: the last import of this forum, or the name. */
  suggestion: { forumId: string | null; reason: "remembered" | "name" } | null;
  choice: GroupChoice;
};

/** What InitiativeImport.rows holds. */
export type StoredImport = {
  stage: DecisionStage;
  encoding: string;
  delimiter: string;
  columns: StatusColumn[];
  unknownColumns: string[];
  /** File-level problems (message keys with "|name=value" params); any of them blocks the import. */
  fileProblems: string[];
  /** The sheet's group names (absent in imports stored before groups existed). */
  groups?: ImportGroup[];
  /** Forums a group may be placed in: the importing forum and those below it that the importer edits. */
  targets?: { id: string; name: string }[];
  /** Whether the importer may create a group as a new working group under the importing forum. */
  mayCreate?: boolean;
  rows: ImportRowPlan[];
};

function withoutDecisionWord(decided: { decision: InitiativeDecisionKind; justification: string }): string {
  const split = splitDecisionFromJustification(decided.justification);
  return split.decision === decided.decision ? split.justification : decided.justification.trim();
}

type ExistingInitiative = {
  id: string;
  version: number;
  forumId: string;
  importKey: string;
  title: string;
  description: string;
  focusText: string | null;
  resourceTags: ResourceTag[];
  resourcesText: string | null;
  focusPeriods: { year: number; half: YearHalf | null; activity: string | null }[];
  decisions: { decision: InitiativeDecisionKind; stage: DecisionStage; justification: string }[];
};

export type LoadedPlan = { rows: ImportRowPlan[]; existing: Map<string, ExistingInitiative> };

const periodsKey = (periods: readonly { year: number; half: YearHalf | null; activity: string | null }[]) =>
  periods.map((p) => `${p.year}:${p.half ?? ""}:${p.activity ?? ""}`).sort().join("|");
const tagsKey = (tags: readonly string[]) => [...tags].sort().join("|");

/** The forums an import into `targetForumId` may write to: the forum and every forum below it. */
export async function candidateForums(client: Db | Tx, access: ForumAccess, targetForumId: string): Promise<NamedForum[]> {
  const ids = [targetForumId, ...descendantIds(targetForumId, access.nodes)];
  const forums = await client.forum.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, shortName: true } });
  const order = new Map(ids.map((id, i) => [id, i]));
  return forums.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** Whether the actor may create a working group under the importing forum (lib/rules/forums.ts canCreateForum). */
export function mayCreateGroups(access: ForumAccess, targetForumId: string): boolean {
  const regionId = access.byId.get(targetForumId)?.regionId;
  return !!regionId && canCreateForum(access.actor, regionId).allowed;
}

/** The name a group created by the import gets (the sheet's name, whitespace collapsed, at most 200 characters). */
export const createdGroupName = (name: string) => name.replace(/\s+/g, " ").trim().slice(0, 200);

/**
 * The distinct group names of the sheet, in the order they first appear, each with a suggestion —
 * what the last confirmed import of this forum did with the name, else the forum whose name matches
 * (lib/domain/initiatives/group-names.ts) — and a choice: `previous` choices are kept, else the
 * suggestion, else "create" for a person who may create groups here, else "skip".
 */
export function sheetGroups(
  rows: readonly StatusRow[],
  candidates: readonly NamedForum[],
  remembered: ReadonlyMap<string, string | null>,
  mayCreate: boolean,
  previous: ReadonlyMap<string, GroupChoice> = new Map(),
): ImportGroup[] {
  const groups = new Map<string, ImportGroup>();
  const ids = new Set(candidates.map((c) => c.id));
  for (const row of rows) {
    if (!row.forumName) continue;
    const key = groupKey(row.forumName);
    const group = groups.get(key);
    if (group) {
      group.rows++;
      continue;
    }
    const memory = remembered.get(key);
    const byName = suggestForum(row.forumName, candidates);
    const suggestion: ImportGroup["suggestion"] =
      memory !== undefined && (memory === null || ids.has(memory)) ? { forumId: memory, reason: "remembered" } : byName ? { forumId: byName.id, reason: "name" } : null;
    const fallback: GroupChoice = suggestion ? (suggestion.forumId ? { kind: "forum", forumId: suggestion.forumId } : { kind: "skip" }) : mayCreate ? { kind: "create" } : { kind: "skip" };
    groups.set(key, { key, name: row.forumName, rows: 1, suggestion, choice: previous.get(key) ?? fallback });
  }
  return [...groups.values()];
}

/**
 * Places each row (its group's choice; an empty forum cell means the importing forum), checks the
 * actor may edit that forum (and record final decisions there, for a final import) or create the
 * group, finds duplicates within the file, and compares each row with the initiative of the same
 * import key. Linear in the number of rows: one pass each, one query for the forums' initiatives.
 */
export async function planImport(
  client: Db | Tx,
  access: ForumAccess,
  targetForumId: string,
  rows: readonly StatusRow[],
  columns: readonly StatusColumn[],
  stage: DecisionStage,
  groups: readonly ImportGroup[] = [],
): Promise<LoadedPlan> {
  const candidates = await candidateForums(client, access, targetForumId);
  const byId = new Map(candidates.map((f) => [f.id, f]));
  const target = byId.get(targetForumId)!;
  const choiceOf = new Map(groups.map((g) => [g.key, g.choice]));
  const mayCreate = mayCreateGroups(access, targetForumId);
  const has = new Set(columns);

  // Groups to create whose name another forum of the region already has.
  const createNames = groups.filter((g) => g.choice.kind === "create").map((g) => createdGroupName(g.name));
  const regionId = access.byId.get(targetForumId)?.regionId;
  const taken = createNames.length && regionId
    ? new Set((await client.forum.findMany({ where: { regionId, name: { in: createNames } }, select: { name: true } })).map((f) => f.name))
    : new Set<string>();

  type Resolved = { row: StatusRow; forum: NamedForum | null; key: string | null; skip: boolean; creates: boolean; errors: string[] };
  const resolved = rows.map((row): Resolved => {
    const errors = [...row.errors];
    const key = row.forumName ? groupKey(row.forumName) : null;
    const choice: GroupChoice = key === null ? { kind: "forum", forumId: targetForumId } : (choiceOf.get(key) ?? { kind: "skip" });
    if (choice.kind === "skip") return { row, forum: null, key, skip: true, creates: false, errors };
    if (choice.kind === "create") {
      if (!mayCreate) errors.push("initiatives.import.row.createNotAllowed");
      else if (taken.has(createdGroupName(row.forumName))) errors.push("initiatives.import.row.groupNameTaken");
      else if (stage === "FINAL" && row.decision) errors.push("initiatives.import.row.finalNotAllowed");
      return { row, forum: null, key, skip: false, creates: true, errors };
    }
    const forum = byId.get(choice.forumId) ?? null;
    if (!forum) errors.push("initiatives.import.row.forumUnknown");
    else {
      const relation = relationTo(access, forum.id);
      if (!canEditInitiatives(relation).allowed) errors.push("initiatives.import.row.forumNotEditable");
      else if (stage === "FINAL" && row.decision && !canRecordFinalDecision(relation).allowed) errors.push("initiatives.import.row.finalNotAllowed");
    }
    return { row, forum, key, skip: false, creates: false, errors };
  });

  const placeOf = (item: Resolved) => (item.forum ? item.forum.id : item.creates ? `new:${item.key}` : null);
  const seen = new Map<string, number>();
  for (const item of resolved) {
    const place = placeOf(item);
    if (item.skip || !place || !item.row.importKey) continue;
    const key = `${place}\u0000${item.row.importKey}`;
    const first = seen.get(key);
    if (first !== undefined) item.errors.push(`initiatives.import.row.duplicate|row=${first}`);
    else seen.set(key, item.row.rowNumber);
  }

  // The initiatives of the forums the rows go to (tens to a few thousand): one query, whatever the row count.
  const forumIds = [...new Set(resolved.flatMap((item) => (item.forum && !item.skip ? [item.forum.id] : [])))];
  const found = forumIds.length
    ? await client.initiative.findMany({
        where: { forumId: { in: forumIds } },
        select: {
          id: true,
          version: true,
          forumId: true,
          importKey: true,
          title: true,
          description: true,
          focusText: true,
          resourceTags: true,
          resourcesText: true,
          focusPeriods: { select: { year: true, half: true, activity: true } },
          decisions: { where: { supersededAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { decision: true, stage: true, justification: true } },
        },
      })
    : [];
  const existing = new Map(found.map((i) => [`${i.forumId}\u0000${i.importKey}`, i]));

  const plans = resolved.map(({ row, forum, key, skip, creates, errors }): ImportRowPlan => {
    const label = forum?.name ?? (creates ? createdGroupName(row.forumName) : row.forumName || target.name);
    const base = { ...row, errors, forumId: forum?.id ?? null, forumLabel: label, groupKey: key };
    if (skip) return { ...base, verdict: "skip", existing: null, changes: [] };
    if (errors.length || (!forum && !creates)) return { ...base, verdict: "error", existing: null, changes: [] };
    if (creates) return { ...base, verdict: "create", existing: null, changes: [] };
    const current = existing.get(`${forum!.id}\u0000${row.importKey}`);
    if (!current) return { ...base, verdict: "create", existing: null, changes: [] };
    const changes: ImportChange[] = [];
    if (current.title !== row.title) changes.push("title");
    if (has.has("description") && current.description !== row.description) changes.push("description");
    if (has.has("focus") && ((current.focusText ?? null) !== row.focusText || periodsKey(current.focusPeriods) !== periodsKey(row.focusPeriods))) changes.push("focus");
    if (has.has("resources") && ((current.resourcesText ?? null) !== row.resourcesText || tagsKey(current.resourceTags) !== tagsKey(row.resourceTags))) {
      changes.push("resources");
    }
    if (row.decision) {
      const decided = current.decisions[0];
      // "Videreføres. Fordi …" stored with its word (as the seed and some forms write it) equals "Fordi …" from the file.
      const same = decided && decided.decision === row.decision && withoutDecisionWord(decided) === row.justification;
      // The same decision again is unchanged; a final one is never "downgraded" by re-importing it as a proposal.
      if (!same || (stage === "FINAL" && decided.stage !== "FINAL")) changes.push("decision");
    }
    return { ...base, verdict: changes.length ? "update" : "unchanged", existing: { id: current.id, version: current.version }, changes };
  });
  return { rows: plans, existing };
}

/** The group mappings the forum's last confirmed imports remembered: group key → forum (null: skipped). */
export async function rememberedGroups(client: Db | Tx, forumId: string): Promise<Map<string, string | null>> {
  const rows = await client.initiativeImportGroup.findMany({ where: { forumId }, select: { groupKey: true, targetForumId: true } });
  return new Map(rows.map((r) => [r.groupKey, r.targetForumId]));
}

/**
 * The whole stored preview: the sheet's groups (suggested, or as `previous` chose them), the forums a
 * group may go to, and the plan of every row. Shared by the upload and by a change of the choices.
 */
export async function planStoredImport(
  client: Db | Tx,
  access: ForumAccess,
  targetForumId: string,
  rows: readonly StatusRow[],
  meta: Omit<StoredImport, "rows" | "groups" | "targets" | "mayCreate">,
  previous?: ReadonlyMap<string, GroupChoice>,
): Promise<StoredImport> {
  const [candidates, remembered] = await Promise.all([candidateForums(client, access, targetForumId), rememberedGroups(client, targetForumId)]);
  const mayCreate = mayCreateGroups(access, targetForumId);
  const groups = sheetGroups(rows, candidates, remembered, mayCreate, previous);
  const targets = candidates.filter((f) => canEditInitiatives(relationTo(access, f.id)).allowed).map(({ id, name }) => ({ id, name }));
  const plan = await planImport(client, access, targetForumId, rows, meta.columns, meta.stage, groups);
  return { ...meta, groups, targets, mayCreate, rows: plan.rows };
}

/** Errors that planning adds (against the database and the choices); the file's own errors are the others. */
const PLAN_ERRORS = ["forumUnknown", "forumNotEditable", "duplicate", "finalNotAllowed", "createNotAllowed", "groupNameTaken"].map((e) => `initiatives.import.row.${e}`);
const isPlanError = (error: string) => PLAN_ERRORS.some((e) => error === e || error.startsWith(`${e}|`));

/** The sheet rows of a stored plan, without what planning added (for planning them again). */
export function statusRowsOf(rows: readonly ImportRowPlan[]): StatusRow[] {
  return rows.map(({ rowNumber, forumName, title, importKey, description, decision, justification, focusText, focusPeriods, resourceTags, resourcesText, warnings, errors }) => ({
    rowNumber,
    forumName,
    title,
    importKey,
    description,
    decision,
    justification,
    focusText,
    focusPeriods,
    resourceTags,
    resourcesText,
    warnings,
    errors: errors.filter((e) => !isPlanError(e)),
  }));
}

/** Whether two plans of the same rows say the same thing (the confirmation's check against the preview). */
export function samePlan(a: readonly ImportRowPlan[], b: readonly ImportRowPlan[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((row, i) => {
    const other = b[i];
    return (
      row.rowNumber === other.rowNumber &&
      row.verdict === other.verdict &&
      row.forumId === other.forumId &&
      row.groupKey === other.groupKey &&
      (row.existing?.id ?? null) === (other.existing?.id ?? null) &&
      (row.existing?.version ?? null) === (other.existing?.version ?? null) &&
      row.changes.join() === other.changes.join() &&
      row.errors.join() === other.errors.join()
    );
  });
}
