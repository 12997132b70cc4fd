/**
 * Input schemas of the agreement operations (naming as in lib/domain/users/schemas.ts: operation
 * `fooBar` parses `fooBarInput`, typed `FooBarInput`). Inputs arrive as form strings: numbers are
 * coerced, an empty optional field is "not given", dates are ISO (yyyy-mm-dd, what <input type=date>
 * sends). Messages are message keys (lib/i18n).
 */
import { z } from "zod";
import { id, isoDate, optional, requiredText, searchText, text, version } from "@/lib/validation/primitives";
import {
  AgreementArea,
  AssessmentStatus,
  Channel,
  DeadlineUnit,
  Direction,
  GoalKind,
  MeasurementFrequency,
  Modality,
  PartyKind,
  ReferralMilestone,
  SectionKind,
  SectionLayer,
} from "@/lib/generated/prisma/enums";

/** Browsers submit textarea line breaks as CRLF; text is stored with LF so diffs show only real changes. */
const lf = (v: string) => v.replace(/\r\n?/g, "\n");
const shortText = requiredText(300);
const longText = z.string().transform(lf).pipe(text({ multiline: true }).min(1).max(10_000));
const choose = { error: "validation.choose" } as const;


const int = (min: number, max: number) =>
  z.coerce.number({ error: "validation.number" }).int({ error: "validation.integer" }).min(min).max(max);
/** Decimal(14,3) as a string for Prisma; accepts the Danish comma ("12,5"). */
const decimal = text()
  // "1.234,5" (Danish) and "1234.5" both mean 1234.5: with a comma, dots are thousands separators.
  .transform((v) => (v.includes(",") ? v.replace(/\./g, "").replace(",", ".") : v))
  .refine((v) => /^-?\d{1,11}(\.\d{1,3})?$/.test(v), { error: "validation.number" });

export const createDraftInput = z
  .object({
    regionId: id,
    title: shortText,
    periodStart: isoDate,
    periodEnd: isoDate,
    generation: int(1, 99),
    label: optional(shortText),
  })
  .superRefine((v, ctx) => {
    if (v.periodEnd <= v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "validation.agreements.periodOrder" });
  });
export type CreateDraftInput = z.output<typeof createDraftInput>;

export const updateVersionDetailsInput = z.object({
  versionId: id,
  version,
  label: shortText,
  summary: optional(text({ multiline: true }).max(5_000)),
  inForceFrom: optional(isoDate),
  consultationEndsAt: optional(isoDate),
});
export type UpdateVersionDetailsInput = z.output<typeof updateVersionDetailsInput>;

const sectionNumber = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[0-9A-Za-zÆØÅæøå]+(\.[0-9A-Za-zÆØÅæøå]+)*$/, { error: "validation.agreements.sectionNumber" });

const sectionFields = {
  kind: z.enum(SectionKind, choose),
  number: sectionNumber,
  title: shortText,
  body: text({ multiline: true, keepEnds: true }).max(100_000).default("").transform(lf),
  layer: z.enum(SectionLayer, choose),
  area: z.enum(AgreementArea, choose),
};

export const addSectionInput = z.object({ versionId: id, parentId: optional(id), ...sectionFields });
export type AddSectionInput = z.output<typeof addSectionInput>;

export const updateSectionInput = z.object({ sectionId: id, version, ...sectionFields });
export type UpdateSectionInput = z.output<typeof updateSectionInput>;

export const moveSectionInput = z.discriminatedUnion("direction", [
  z.object({ sectionId: id, direction: z.enum(["up", "down"]) }),
  // parentId "" (or absent) = top level
  z.object({ sectionId: id, direction: z.literal("parent"), parentId: optional(id) }),
]);
export type MoveSectionInput = z.output<typeof moveSectionInput>;

export const upsertObligationInput = z
  .object({
    obligationId: optional(id),
    sectionId: id,
    version: optional(version),
    responsibleParty: z.enum(PartyKind, choose),
    action: longText,
    trigger: longText,
    deadlineAmount: optional(int(1, 10_000)),
    deadlineUnit: optional(z.enum(DeadlineUnit, choose)),
    channel: optional(z.enum(Channel, choose)),
    modality: z.enum(Modality, choose),
    source: optional(text({ multiline: true }).max(1_000)),
    referralMilestone: optional(z.enum(ReferralMilestone, choose)),
  })
  .superRefine((v, ctx) => {
    // A deadline is an amount and a unit — except "professional judgement", which has no amount.
    if (v.deadlineUnit === "PROFESSIONAL_JUDGEMENT") {
      if (v.deadlineAmount !== undefined) ctx.addIssue({ code: "custom", path: ["deadlineAmount"], message: "validation.agreements.noAmountForJudgement" });
    } else if (v.deadlineUnit && v.deadlineAmount === undefined) {
      ctx.addIssue({ code: "custom", path: ["deadlineAmount"], message: "validation.agreements.amountRequired" });
    } else if (!v.deadlineUnit && v.deadlineAmount !== undefined) {
      ctx.addIssue({ code: "custom", path: ["deadlineUnit"], message: "validation.agreements.unitRequired" });
    }
    // The referral flow computes its deadlines from these: a milestone needs a hard deadline.
    if (v.referralMilestone && (!v.deadlineUnit || v.deadlineUnit === "PROFESSIONAL_JUDGEMENT")) {
      ctx.addIssue({ code: "custom", path: ["deadlineUnit"], message: "validation.agreements.milestoneNeedsDeadline" });
    }
    if (v.obligationId && v.version === undefined) ctx.addIssue({ code: "custom", path: ["version"], message: "validation.invalid" });
  });
export type UpsertObligationInput = z.output<typeof upsertObligationInput>;

export const deleteObligationInput = z.object({ obligationId: id, version });
export type DeleteObligationInput = z.output<typeof deleteObligationInput>;

export const upsertGoalInput = z
  .object({
    goalId: optional(id),
    versionId: id,
    version: optional(version),
    kind: z.enum(GoalKind, choose),
    number: text().min(1).max(30),
    statement: longText,
    direction: z.enum(Direction, choose),
    description: optional(text({ multiline: true }).max(10_000)),
    sectionId: optional(id),
    midTermStatus: optional(text({ multiline: true }).max(10_000)),
    finalStatus: optional(text({ multiline: true }).max(10_000)),
  })
  .superRefine((v, ctx) => {
    if (v.goalId && v.version === undefined) ctx.addIssue({ code: "custom", path: ["version"], message: "validation.invalid" });
  });
export type UpsertGoalInput = z.output<typeof upsertGoalInput>;

const year = int(1990, 2100);

export const upsertIndicatorInput = z
  .object({
    indicatorId: optional(id),
    goalId: id,
    version: optional(version),
    name: shortText,
    baseline: optional(decimal),
    baselineYear: optional(year),
    target: optional(decimal),
    targetYear: optional(year),
    unit: text().min(1).max(100),
    method: optional(text({ multiline: true }).max(5_000)),
    dataSource: optional(text({ multiline: true }).max(1_000)),
    frequency: z.enum(MeasurementFrequency, choose),
    responsibleForumId: optional(id),
  })
  .superRefine((v, ctx) => {
    if (v.indicatorId && v.version === undefined) ctx.addIssue({ code: "custom", path: ["version"], message: "validation.invalid" });
  });
export type UpsertIndicatorInput = z.output<typeof upsertIndicatorInput>;

export const recordMeasurementInput = z.object({
  indicatorId: id,
  measuredOn: isoDate,
  value: decimal,
  note: optional(text({ multiline: true }).max(1_000)),
});
export type RecordMeasurementInput = z.output<typeof recordMeasurementInput>;

/** Linked sections arrive as repeated form fields (`sectionIds`) or an array. */
const idList = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(500));

export const assessRequirementInput = z.object({
  versionId: id,
  itemId: id,
  /** The assessment's version when it exists; absent for the first assessment of the item. */
  version: optional(version),
  status: z.enum(AssessmentStatus, choose),
  comment: optional(text({ multiline: true }).max(5_000)),
  sectionIds: idList,
  /** The same as section numbers, as typed in a form: "2.1, 2.1.1". Resolved within the version. */
  sectionNumbers: optional(text({ multiline: true }).max(2_000)),
});
export type AssessRequirementInput = z.output<typeof assessRequirementInput>;

export const sendToConsultationInput = z.object({ versionId: id, consultationEndsAt: optional(isoDate) });
export type SendToConsultationInput = z.output<typeof sendToConsultationInput>;

export const recordConsultationResponseInput = z.object({
  versionId: id,
  respondent: shortText,
  organisationId: optional(id),
  sectionId: optional(id),
  text: longText,
  receivedOn: isoDate,
});
export type RecordConsultationResponseInput = z.output<typeof recordConsultationResponseInput>;

export const decideConsultationResponseInput = z.object({
  responseId: id,
  version,
  outcome: z.enum(["REJECTED", "NOTED"], choose),
  comment: text({ multiline: true }).min(1).max(5_000),
});
export type DecideConsultationResponseInput = z.output<typeof decideConsultationResponseInput>;

export const approveForPartyInput = z.object({
  versionId: id,
  organisationId: id,
  decidedOn: isoDate,
  approvingBody: optional(shortText),
  note: optional(text({ multiline: true }).max(2_000)),
});
export type ApproveForPartyInput = z.output<typeof approveForPartyInput>;

export const bringIntoForceInput = z.object({ versionId: id });
export type BringIntoForceInput = z.output<typeof bringIntoForceInput>;

export const expireVersionInput = z.object({ versionId: id });
export type ExpireVersionInput = z.output<typeof expireVersionInput>;

export const startAmendmentInput = z.object({
  versionId: id,
  label: optional(shortText),
  inForceFrom: optional(isoDate),
});
export type StartAmendmentInput = z.output<typeof startAmendmentInput>;

// ── Queries ──

export const agreementIdInput = z.object({ agreementId: id });
export const versionRefInput = z.object({ agreementId: id, number: int(1, 10_000) });
export const versionIdInput = z.object({ versionId: id });
export const sectionIdInput = z.object({ sectionId: id });

export const searchSectionsInput = z.object({ versionId: id, q: searchText(200) });
export type SearchSectionsInput = z.output<typeof searchSectionsInput>;

export const obligationMatrixInput = z.object({
  agreementId: id,
  party: optional(z.enum(PartyKind)),
  area: optional(z.enum(AgreementArea)),
  modality: optional(z.enum(Modality)),
  unit: optional(z.union([z.enum(DeadlineUnit), z.literal("NONE")])),
  channel: optional(z.union([z.enum(Channel), z.literal("NONE")])),
});
export type ObligationMatrixInput = z.output<typeof obligationMatrixInput>;

export const compareVersionsInput = z.object({ agreementId: id, from: int(1, 10_000), to: int(1, 10_000) });
export type CompareVersionsInput = z.output<typeof compareVersionsInput>;

export const sectionHistoryInput = z.object({ agreementId: id, lineageId: id, from: optional(id), to: optional(id) });
export type SectionHistoryInput = z.output<typeof sectionHistoryInput>;
