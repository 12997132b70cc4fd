/**
 * Input schemas of the initiative operations; naming scheme as in lib/domain/users/schemas.ts.
 * Structured form fields arrive flat: focus.0.year / focus.0.half / focus.0.activity … and
 * resourceTag.WORKING_GROUP = "on" …; the schemas fold them into arrays.
 */
import { z } from "zod";
import { DecisionStage, InitiativeDecisionKind, InitiativeStatus, ResourceTag, YearHalf } from "@/lib/generated/prisma/enums";
import { checkbox, id, isoDate, longText, optional, optionalInt, text, version } from "@/lib/validation/primitives";
import { TEXT_MAX, TITLE_MAX } from "./status-table";
import type { GroupChoice } from "./import-plan";
import { danishTodayColumn } from "@/lib/calendar/date-column";

export const FOCUS_ROWS = 6;

const title = text().min(1).max(TITLE_MAX);
const status = z.enum(InitiativeStatus, { error: "validation.choose" });
const progress = optionalInt(0, 100);
const year = optionalInt(2000, 2100);
const half = optional(z.enum(YearHalf, { error: "validation.choose" }));

export const createInitiativeInput = z.object({
  forumId: id,
  title,
  description: longText(TEXT_MAX).default(""),
  status: z.preprocess((v) => (v === "" || v === undefined ? "ONGOING" : v), status),
  progress,
  sectionId: optional(id),
  goalId: optional(id),
});
export type CreateInitiativeInput = z.output<typeof createInitiativeInput>;

const focusRowsShape = Object.fromEntries(
  Array.from({ length: FOCUS_ROWS }, (_, i) => [
    [`focus.${i}.year`, year],
    [`focus.${i}.half`, half],
    [`focus.${i}.activity`, optional(text({ multiline: true }).max(500))],
  ]).flat(),
) as Record<string, z.ZodType>;

const resourceShape = Object.fromEntries(Object.values(ResourceTag).map((t) => [`resourceTag.${t}`, checkbox])) as Record<`resourceTag.${ResourceTag}`, typeof checkbox>;

export const updateInitiativeInput = z
  .object({
    initiativeId: id,
    version,
    title,
    description: longText(TEXT_MAX).default(""),
    status,
    progress,
    sectionId: optional(id),
    goalId: optional(id),
    focusText: optional(longText(TEXT_MAX)),
    resourcesText: optional(longText(TEXT_MAX)),
    ...focusRowsShape,
    ...resourceShape,
  })
  .superRefine((value, ctx) => {
    const v = value as Record<string, unknown>;
    for (let i = 0; i < FOCUS_ROWS; i++) {
      if (v[`focus.${i}.year`] === undefined && (v[`focus.${i}.half`] !== undefined || v[`focus.${i}.activity`] !== undefined)) {
        ctx.addIssue({ code: "custom", path: [`focus.${i}.year`], message: "validation.required" });
      }
    }
  })
  .transform((value) => {
    const v = value as Record<string, unknown>;
    const focusPeriods: { year: number; half: YearHalf | null; activity: string | null }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < FOCUS_ROWS; i++) {
      const y = v[`focus.${i}.year`] as number | undefined;
      if (y === undefined) continue;
      const h = (v[`focus.${i}.half`] as YearHalf | undefined) ?? null;
      if (seen.has(`${y}:${h}`)) continue;
      seen.add(`${y}:${h}`);
      focusPeriods.push({ year: y, half: h, activity: (v[`focus.${i}.activity`] as string | undefined) ?? null });
    }
    const resourceTags = Object.values(ResourceTag).filter((t) => v[`resourceTag.${t}`] === true);
    return {
      initiativeId: value.initiativeId,
      version: value.version,
      title: value.title,
      description: value.description,
      status: value.status,
      progress: value.progress ?? null,
      sectionId: value.sectionId ?? null,
      goalId: value.goalId ?? null,
      focusText: value.focusText || null,
      resourcesText: value.resourcesText || null,
      focusPeriods: focusPeriods.sort((a, b) => a.year - b.year || (a.half ?? "").localeCompare(b.half ?? "")),
      resourceTags,
    };
  });
export type UpdateInitiativeInput = z.output<typeof updateInitiativeInput>;

const today = () => danishTodayColumn();

export const recordInitiativeDecisionInput = z.object({
  initiativeId: id,
  version,
  decision: z.enum(InitiativeDecisionKind, { error: "validation.choose" }),
  stage: z.enum(DecisionStage, { error: "validation.choose" }),
  /** Required: a decision without a reason is what the board warns about. */
  justification: longText(TEXT_MAX).min(1, { error: "validation.initiatives.justificationRequired" }),
  /** The forum deciding: the owning forum (default) or one it reports to. */
  forumId: optional(id),
  meetingId: optional(id),
  decidedOn: z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), isoDate.optional()).transform((d) => d ?? today()),
});
export type RecordInitiativeDecisionInput = z.output<typeof recordInitiativeDecisionInput>;

export const addInitiativeCommentInput = z.object({
  initiativeId: id,
  body: text({ multiline: true }).min(1).max(10_000),
  parentId: optional(id),
});
export type AddInitiativeCommentInput = z.output<typeof addInitiativeCommentInput>;

export const addInitiativeMilestoneInput = z.object({
  initiativeId: id,
  title: text().min(1).max(300),
  dueOn: optional(isoDate),
});
export type AddInitiativeMilestoneInput = z.output<typeof addInitiativeMilestoneInput>;

export const completeInitiativeMilestoneInput = z.object({
  milestoneId: id,
  completed: checkbox,
});
export type CompleteInitiativeMilestoneInput = z.output<typeof completeInitiativeMilestoneInput>;

export const getInitiativeInput = z.object({ initiativeId: id });
export type GetInitiativeInput = z.output<typeof getInitiativeInput>;

/** A board filter on the current decision: one of the two, or none yet. */
export const decisionFilter = optional(z.enum(["CONTINUE", "WIND_DOWN", "NONE"], { error: "validation.choose" }));
const stageFilter = optional(z.enum(DecisionStage, { error: "validation.choose" }));
const flag = z.preprocess((v) => v === "1" || v === "on" || v === "true" || v === true, z.boolean());

export const listInitiativesInput = z.object({
  forumId: optional(id),
  decision: decisionFilter,
  q: optional(text().max(200)),
});
export type ListInitiativesInput = z.output<typeof listInitiativesInput>;

export const getForumBoardInput = z.object({ forumId: id, decision: decisionFilter, stage: stageFilter, warnings: flag.default(false) });
export type GetForumBoardInput = z.output<typeof getForumBoardInput>;

export const getCrossForumBoardInput = z.object({
  forumId: id,
  decision: decisionFilter,
  stage: stageFilter,
  /** Narrow the initiative list to one forum of the tree. */
  within: optional(id),
  stale: flag.default(false),
  warnings: flag.default(false),
});
export type GetCrossForumBoardInput = z.output<typeof getCrossForumBoardInput>;

/**
 * The import's own limits (the upload route app/(portal)/fora/[forumId]/import/upload/route.ts refuses
 * a larger body before reading it; server actions keep next.config.ts's small default). A committee's
 * sheet is tens of rows and tens of kB; 5,000 rows of long cells are ~4.5 MB (bench/initiatives-import.ts).
 */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Rows a sheet may have; a longer file is refused as a whole (papaparse stops reading after them). */
export const MAX_IMPORT_ROWS = 5_000;
/** Empty records Excel leaves between and after the rows, read beyond MAX_IMPORT_ROWS before refusing. */
export const BLANK_ROW_ALLOWANCE = 1_000;
/** Distinct group names a sheet may place (one choice each on the preview). */
export const MAX_IMPORT_GROUPS = 200;

export const previewInitiativeImportInput = z.object({
  forumId: id,
  stage: z.preprocess((v) => (v === "" || v === undefined ? "PROPOSED" : v), z.enum(DecisionStage, { error: "validation.choose" })),
  file: z.object(
    {
      name: text().min(1).max(255),
      bytes: z
        .instanceof(Uint8Array, { error: "validation.initiatives.fileRequired" })
        .refine((b) => b.length > 0, { error: "validation.initiatives.fileRequired" })
        .refine((b) => b.length <= IMPORT_MAX_BYTES, { error: "validation.initiatives.fileTooLarge" }),
    },
    { error: "validation.initiatives.fileRequired" },
  ),
});
export type PreviewInitiativeImportInput = z.output<typeof previewInitiativeImportInput>;

/**
 * A group's choice as the preview form sends it: "skip", "create" or "forum:<id>", one field per
 * group named group.<n> (n = the group's place in the preview's list).
 */
const groupChoiceValue = z
  .string()
  .trim()
  .transform((value, ctx): GroupChoice => {
    if (value === "skip" || value === "create") return { kind: value };
    const forum = value.match(/^forum:(.{1,100})$/);
    if (forum) return { kind: "forum", forumId: forum[1] };
    ctx.addIssue({ code: "custom", message: "validation.choose" });
    return z.NEVER;
  });

const groupFields = (input: unknown) => {
  if (typeof input !== "object" || input === null) return input;
  const record = input as Record<string, unknown>;
  const choices: unknown[] = [];
  for (const [key, value] of Object.entries(record)) {
    const match = key.match(/^group\.(\d{1,4})$/);
    if (match) choices[Number(match[1])] = value;
  }
  return { ...record, choices: choices.length ? Array.from(choices, (c) => c ?? "") : record.choices };
};

export const chooseImportGroupsInput = z.preprocess(
  groupFields,
  z.object({ importId: id, choices: z.array(groupChoiceValue).max(MAX_IMPORT_GROUPS).default([]) }),
);
export type ChooseImportGroupsInput = z.output<typeof chooseImportGroupsInput>;

export const confirmInitiativeImportInput = z.object({ importId: id });
export const cancelInitiativeImportInput = z.object({ importId: id });
export const getInitiativeImportInput = z.object({ importId: id });

export const exportStatusTableInput = z.object({
  forumId: id,
  /** "tree": the forum and every forum reporting to it, with a forum column. */
  scope: z.preprocess((v) => (v === "" || v === undefined ? "forum" : v), z.enum(["forum", "tree"], { error: "validation.choose" })),
});
export type ExportStatusTableInput = z.output<typeof exportStatusTableInput>;
