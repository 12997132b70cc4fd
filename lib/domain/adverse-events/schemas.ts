/**
 * Input schemas of the adverse-event operations (`fooBarInput`, type `FooBarInput`, decision 010),
 * built from lib/validation/primitives. No personal data is asked for: the DPSD reference names the report.
 */
import { z } from "zod";
import { AdverseEventGrade } from "@/lib/generated/prisma/enums";
import { formList, id, longText, optionalText, requiredText, text, version } from "@/lib/validation/primitives";

const requiredLong = (max: number) => longText(max).refine((v) => v.trim().length > 0, { error: "validation.required" });

export const reportAdverseEventInput = z.object({
  reportingOrganisationId: id,
  dpsdReference: requiredText(60),
  title: requiredText(200),
  description: requiredLong(5000),
  partyIds: formList(id, 20),
});
export type ReportAdverseEventInput = z.output<typeof reportAdverseEventInput>;

const step = { eventId: id, version };

export const gradeAdverseEventInput = z.object({
  ...step,
  grade: z.enum(AdverseEventGrade, { error: "validation.choose" }),
  primaryHandlerOrganisationId: text({ missing: "validation.choose" }).min(1, { error: "validation.choose" }).max(100),
  analysisGroup: optionalText(3000, { multiline: true }),
});
export type GradeAdverseEventInput = z.output<typeof gradeAdverseEventInput>;

export const analyseAdverseEventInput = z.object({ ...step, analysis: requiredLong(10000) });
export type AnalyseAdverseEventInput = z.output<typeof analyseAdverseEventInput>;

export const closeAdverseEventInput = z.object({
  ...step,
  actionPlan: requiredLong(10000),
  implementationCriteria: requiredLong(5000),
  summary: requiredLong(5000),
});
export type CloseAdverseEventInput = z.output<typeof closeAdverseEventInput>;

export const getAdverseEventInput = z.object({ eventId: id });
