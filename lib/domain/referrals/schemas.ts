/**
 * Input schemas of the referral operations (naming as in lib/domain/users/schemas.ts: the schema of
 * operation `fooBar` is `fooBarInput`, its parsed type `FooBarInput`). Error messages are message
 * keys; inputs arrive as form strings, so numbers are coerced and empty optional fields are absent.
 */
import { z } from "zod";
import { ConsentBasis, Diagnosis, RiskFactor } from "@/lib/generated/prisma/enums";
import { checkCpr } from "@/lib/cpr";
import { formList, id, isoDate, optional, optionalText, text, version } from "@/lib/validation/primitives";
import { danishYear } from "@/lib/calendar/copenhagen";
import { isoDateOfColumn } from "@/lib/calendar/date-column";

/** A yes/no radio or checkbox: "ja"/"true"/"on" → true, "nej"/"false" → false. */
const yesNo = z.preprocess(
  (v) => (v === "ja" || v === "true" || v === "on" || v === true ? true : v === "nej" || v === "false" || v === false ? false : undefined),
  z.boolean({ error: "validation.choose" }),
);

const required = (max: number, multiline = false) => text({ multiline }).min(1).max(max);
const note = optionalText(2000, { multiline: true });

/**
 * The day a step really happened ("happened on"), from <input type="date"> (yyyy-mm-dd) or typed the
 * Danish way (dd.mm.yyyy), as an ISO date in Danish time; absent (empty) = today. Whether it may be
 * that day (not in the future, not before the previous step) is lib/rules/referrals.ts checkHappenedOn.
 */
const happenedOn = optional(isoDate.refine((date) => date.getUTCFullYear() >= 2000, { error: "validation.date" }).transform((date) => isoDateOfColumn(date)));

/** Run a cross-field check even when some fields failed (zod skips refinements after issues by default). */
const alwaysForObjects = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null;

/** The clarifying-conversation choice of the target select (the other values are offer ids). */
export const CLARIFYING_CONVERSATION = "CLARIFYING_CONVERSATION";

export const cpr = text()
  .min(1, { error: "validation.required" })
  .transform((value, ctx) => {
    const check = checkCpr(value);
    if (!check.valid) {
      ctx.addIssue({ code: "custom", message: check.reason });
      return z.NEVER;
    }
    return check.cpr;
  });

export const createReferralInput = z
  .object({
    cpr,
    citizenName: required(200),
    residenceMunicipalityId: text({ missing: "validation.choose" }).min(1, { error: "validation.choose" }).max(100),
    /** CLARIFYING_CONVERSATION, or the id of an offer. */
    target: text({ missing: "validation.choose" }).min(1, { error: "validation.choose" }).max(100),
    reason: required(4000, true),
    riskFactors: formList(z.enum(RiskFactor, { error: "validation.choose" }), 20),
    diagnoses: formList(z.enum(Diagnosis, { error: "validation.choose" }), 20),
    relevantInformation: optionalText(4000, { multiline: true }),
    specialNeeds: optionalText(2000, { multiline: true }),
    consentBasis: z.enum(ConsentBasis, { error: "validation.choose" }),
    /** "Consent has been given and noted in the record" — required for oral or written consent. */
    consentNoted: z.preprocess((v) => v === "on" || v === "ja" || v === "true" || v === true, z.boolean()),
  })
  .superRefine(
    (value, ctx) => {
      if ((value.consentBasis === "ORAL_CONSENT" || value.consentBasis === "WRITTEN_CONSENT") && !value.consentNoted) {
        ctx.addIssue({ code: "custom", path: ["consentNoted"], message: "validation.consentNoted" });
      }
    },
    // Also when other fields are invalid, so the form shows every message in one round trip.
    { when: alwaysForObjects },
  )
  .transform(({ target, ...rest }) => ({
    ...rest,
    kind: target === CLARIFYING_CONVERSATION ? ("CLARIFYING_CONVERSATION" as const) : ("OFFER" as const),
    offerId: target === CLARIFYING_CONVERSATION ? null : target,
  }));
export type CreateReferralInput = z.output<typeof createReferralInput>;

/** The preview checks exactly what sending checks. */
export const previewReferralInput = createReferralInput;
export type PreviewReferralInput = CreateReferralInput;

const transition = { referralId: id, version, note };

export const receiveReferralInput = z.object({ ...transition, happenedOn });
export type ReceiveReferralInput = z.output<typeof receiveReferralInput>;

export const acceptReferralInput = z.object(transition);
export type AcceptReferralInput = z.output<typeof acceptReferralInput>;

export const rejectReferralInput = z.object({ referralId: id, version, reason: required(2000, true) });
export type RejectReferralInput = z.output<typeof rejectReferralInput>;

export const reassignReferralInput = z.object({ ...transition, offerId: text({ missing: "validation.choose" }).min(1, { error: "validation.choose" }).max(100) });
export type ReassignReferralInput = z.output<typeof reassignReferralInput>;

export const startReferralInput = z.object({ ...transition, happenedOn });
export type StartReferralInput = z.output<typeof startReferralInput>;

export const completeReferralInput = z
  .object({
    referralId: id,
    version,
    attended: yesNo,
    goal: required(2000, true),
    benefit: required(2000, true),
    followUpNeeded: yesNo,
    followUpNote: optionalText(2000, { multiline: true }),
    happenedOn,
  })
  .superRefine(
    (value, ctx) => {
      if (value.followUpNeeded === true && !value.followUpNote) ctx.addIssue({ code: "custom", path: ["followUpNote"], message: "validation.followUpNote" });
    },
    { when: alwaysForObjects },
  );
export type CompleteReferralInput = z.output<typeof completeReferralInput>;

export const dropOutReferralInput = z.object({ referralId: id, version, reason: required(2000, true), happenedOn });
export type DropOutReferralInput = z.output<typeof dropOutReferralInput>;

export const cancelReferralInput = z.object({ referralId: id, version, reason: required(2000, true) });
export type CancelReferralInput = z.output<typeof cancelReferralInput>;

export const getReferralInput = z.object({ referralId: id });
export type GetReferralInput = z.output<typeof getReferralInput>;

export const REFERRALS_PAGE_SIZE = 25;

/** A keyset cursor: `<sentAt ISO>_<id>` of the last row of the previous page. */
const cursor = optional(text().max(200).regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[\w-]+$/));

export const INBOX_VIEWS = ["new", "overdue", "received", "accepted", "inProgress", "all"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

export const listInboxInput = z.object({
  view: z.preprocess((v) => (v === "" || v === undefined ? "new" : v), z.enum(INBOX_VIEWS)),
  offerId: optional(id),
  after: cursor,
});
export type ListInboxInput = z.output<typeof listInboxInput>;

export const MY_REFERRAL_SCOPES = ["mine", "clinic"] as const;
export const MY_REFERRAL_STATES = ["all", "open", "closed"] as const;

export const listMyReferralsInput = z.object({
  scope: z.preprocess((v) => (v === "" || v === undefined ? "mine" : v), z.enum(MY_REFERRAL_SCOPES)),
  state: z.preprocess((v) => (v === "" || v === undefined ? "all" : v), z.enum(MY_REFERRAL_STATES)),
  after: cursor,
});
export type ListMyReferralsInput = z.output<typeof listMyReferralsInput>;

export const listReferralTargetsInput = z.object({ residenceMunicipalityId: optional(id), offerId: optional(id) });
export type ListReferralTargetsInput = z.output<typeof listReferralTargetsInput>;

export const referralStatisticsInput = z.object({
  regionId: optional(id),
  year: z.preprocess((v) => (v === "" || v === undefined ? danishYear() : v), z.coerce.number().int().min(2000).max(2100)),
  municipalityId: optional(id),
});
export type ReferralStatisticsInput = z.output<typeof referralStatisticsInput>;

export const ACCESS_LOG_PAGE_SIZE = 100;

export const listAccessLogInput = z.object({
  reference: optional(text().toUpperCase().max(40)),
  email: optional(text().toLowerCase().max(254)),
  after: optional(text().max(200).regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[\w-]+$/)),
});
export type ListAccessLogInput = z.output<typeof listAccessLogInput>;
