/** Input schemas of the task-transfer operations (`fooBarInput`, decision 010). */
import { z } from "zod";
import { TaskTransferType } from "@/lib/generated/prisma/enums";
import { id, isoDate, longText, optionalInt, optionalText, requiredText, version } from "@/lib/validation/primitives";

const part = (max = 5000) => longText(max);

/** The transferring party's part of the dialogue basis (opening the case, and editing it later). */
const transferringPart = {
  task: requiredText(300),
  patientGroup: requiredText(300),
  patientsPerYear: optionalInt(0, 10_000_000),
  competences: part(),
  equipment: part(),
  documentation: part(),
  economyTransferring: part(),
  risks: part(),
};

/** A Danish day from a date field, as its ISO string. */
const isoDay = isoDate.transform((date) => date.toISOString().slice(0, 10));

export const openTaskTransferInput = z.object({
  type: z.enum(TaskTransferType, { error: "validation.choose" }),
  transferringOrganisationId: id,
  receivingOrganisationId: id,
  effectiveFrom: isoDay,
  ...transferringPart,
});
export type OpenTaskTransferInput = z.output<typeof openTaskTransferInput>;

export const transferringPartInput = z.object({ transferId: id, version, ...transferringPart });
export const receivingPartInput = z.object({ transferId: id, version, economyReceiving: part(), receivingAssessment: part() });

export const decideTaskTransferInput = z.object({
  transferId: id,
  version,
  step: z.enum(["agree", "notAgree", "withdraw"], { error: "validation.choose" }),
  note: optionalText(3000, { multiline: true }),
  agreedFrom: z.preprocess((v) => (v === "" ? undefined : v), isoDay.optional()),
});
export type DecideTaskTransferInput = z.output<typeof decideTaskTransferInput>;

export const getTaskTransferInput = z.object({ transferId: id });

/** A milestone of the implementation plan: what, which party completes it, by when. */
export const addMilestoneInput = z.object({
  transferId: id,
  version,
  title: requiredText(300),
  party: z.enum(["transferring", "receiving"], { error: "validation.choose" }),
  dueOn: isoDay,
});
export type AddMilestoneInput = z.output<typeof addMilestoneInput>;

export const completeMilestoneInput = z.object({ transferId: id, version, milestoneId: id });

export const evaluateTaskTransferInput = z.object({ transferId: id, version, evaluation: longText(5000).min(1) });

export const forumTaskTransfersInput = z.object({ forumId: id });
