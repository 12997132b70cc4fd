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
import { canEditInitiatives, canRecordFinalDecision, descendantIds } from "@/lib/rules/forums";
import { splitDecisionFromJustification } from "@/lib/rules/initiatives";
import { relationTo, type ForumAccess } from "@/lib/domain/forums/access";
import type { StatusColumn, StatusRow } from "./status-table";

export type ImportVerdict = "create" | "update" | "unchanged" | "error";
export type ImportChange = "title" | "description" | "decision" | "focus" | "resources";

export type ImportRowPlan = StatusRow & {
  forumId: string | null;
  forumLabel: string;
  verdict: ImportVerdict;
  existing: { id: string; version: number } | null;
  changes: ImportChange[];
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
  rows: ImportRowPlan[];
};

function withoutDecisionWord(decided: { decision: InitiativeDecisionKind; justification: string }): string {
  const split = splitDecisionFromJustification(decided.justification);
  return split.decision === decided.decision ? split.justification : decided.justification.trim();
}

const normaliseName = (name: string) => name.normalize("NFC").toLocaleLowerCase("da-DK").replace(/\s+/g, " ").trim();

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

/**
 * Resolves each row's forum (the forum column names the target forum or one reporting to it, by name
 * or short name; an empty cell or no column means the target forum), checks the actor may edit it
 * (and record final decisions there, for a final import), finds duplicates within the file, and
 * compares each row with the initiative of the same import key.
 */
export async function planImport(
  client: Db | Tx,
  access: ForumAccess,
  targetForumId: string,
  rows: readonly StatusRow[],
  columns: readonly StatusColumn[],
  stage: DecisionStage,
): Promise<LoadedPlan> {
  const candidateIds = [targetForumId, ...descendantIds(targetForumId, access.nodes)];
  const forums = await client.forum.findMany({ where: { id: { in: candidateIds } }, select: { id: true, name: true, shortName: true } });
  const byName = new Map<string, { id: string; name: string }>();
  for (const f of forums) {
    byName.set(normaliseName(f.name), f);
    if (f.shortName && !byName.has(normaliseName(f.shortName))) byName.set(normaliseName(f.shortName), f);
  }
  const target = forums.find((f) => f.id === targetForumId)!;
  const has = new Set(columns);

  const resolved = rows.map((row) => {
    const errors = [...row.errors];
    const forum = row.forumName ? byName.get(normaliseName(row.forumName)) : target;
    if (!forum) errors.push("initiatives.import.row.forumUnknown");
    else {
      const relation = relationTo(access, forum.id);
      if (!canEditInitiatives(relation).allowed) errors.push("initiatives.import.row.forumNotEditable");
      else if (stage === "FINAL" && row.decision && !canRecordFinalDecision(relation).allowed) errors.push("initiatives.import.row.finalNotAllowed");
    }
    return { row, forum: forum ?? null, errors };
  });

  const seen = new Map<string, number>();
  for (const item of resolved) {
    if (!item.forum || !item.row.importKey) continue;
    const key = `${item.forum.id}\u0000${item.row.importKey}`;
    const first = seen.get(key);
    if (first !== undefined) item.errors.push(`initiatives.import.row.duplicate|row=${first}`);
    else seen.set(key, item.row.rowNumber);
  }

  const keysByForum = new Map<string, string[]>();
  for (const item of resolved) {
    if (item.forum && item.row.importKey) keysByForum.set(item.forum.id, [...(keysByForum.get(item.forum.id) ?? []), item.row.importKey]);
  }
  const found = keysByForum.size
    ? await client.initiative.findMany({
        where: { OR: [...keysByForum].map(([forumId, keys]) => ({ forumId, importKey: { in: keys } })) },
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

  const plans = resolved.map(({ row, forum, errors }): ImportRowPlan => {
    const base = { ...row, errors, forumId: forum?.id ?? null, forumLabel: forum?.name ?? row.forumName };
    if (errors.length || !forum) return { ...base, verdict: "error", existing: null, changes: [] };
    const current = existing.get(`${forum.id}\u0000${row.importKey}`);
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

/** Whether two plans of the same rows say the same thing (the confirmation's check against the preview). */
export function samePlan(a: readonly ImportRowPlan[], b: readonly ImportRowPlan[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((row, i) => {
    const other = b[i];
    return (
      row.rowNumber === other.rowNumber &&
      row.verdict === other.verdict &&
      row.forumId === other.forumId &&
      (row.existing?.id ?? null) === (other.existing?.id ?? null) &&
      (row.existing?.version ?? null) === (other.existing?.version ?? null) &&
      row.changes.join() === other.changes.join() &&
      row.errors.join() === other.errors.join()
    );
  });
}
