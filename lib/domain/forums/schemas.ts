/**
 * Input schemas of the forum operations; naming scheme as in lib/domain/users/schemas.ts (the schema
 * of operation `fooBar` is `fooBarInput`). Inputs arrive as form strings: numbers are coerced, empty
 * optional fields count as absent, check boxes arrive as "on".
 */
import { z } from "zod";
import { CompositionRule, ForumKind, ForumPosition, SeatParty } from "@/lib/generated/prisma/enums";

/** An empty form field ("") is "not given". */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const id = z.string().trim().min(1).max(100);
export const name = z.string().trim().min(1).max(200);
export const longText = (max = 20_000) => z.string().trim().max(max);
/** The optimistic-concurrency version the form was rendered with. */
export const version = z.coerce.number({ error: "validation.invalid" }).int().min(1);
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** A date from `<input type="date">` (yyyy-mm-dd) or typed the Danish way (dd.mm.yyyy), as UTC midnight. */
export const dateOnly = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    const danish = value.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/);
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : [];
    const date = y ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : null;
    if (!date || date.getUTCDate() !== Number(d) || date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2100) {
      ctx.addIssue({ code: "custom", message: "validation.date" });
      return z.NEVER;
    }
    return date;
  });

const kind = z.enum(ForumKind, { error: "validation.choose" });
const compositionRule = z.enum(CompositionRule, { error: "validation.choose" });
const party = z.enum(SeatParty, { error: "validation.choose" });
const position = z.enum(ForumPosition, { error: "validation.choose" });
const seats = optional(z.coerce.number({ error: "validation.number" }).int({ error: "validation.integer" }).min(0).max(200));

/** Seat rules arrive as seat.REGION.min / seat.REGION.max … one pair per party. */
const seatRulesShape = Object.fromEntries(
  Object.values(SeatParty).flatMap((p) => [
    [`seat.${p}.min`, seats],
    [`seat.${p}.max`, seats],
  ]),
) as Record<`seat.${SeatParty}.${"min" | "max"}`, typeof seats>;

const forumFields = {
  name,
  shortName: optional(z.string().trim().max(40)),
  kind,
  parentId: optional(id),
  mandate: longText(50_000).default(""),
  compositionRule,
  chairParty: optional(party),
  viceChairParty: optional(party),
  minMeetingsPerYear: optional(z.coerce.number({ error: "validation.number" }).int({ error: "validation.integer" }).min(0).max(52)),
  secretariatOrganisationId: optional(id),
  secretariatNote: optional(z.string().trim().max(1000)),
  isPublic: checkbox,
  ...seatRulesShape,
};

type SeatFields = Partial<Record<`seat.${SeatParty}.${"min" | "max"}`, number | undefined>>;

function checkSeats(value: SeatFields, ctx: z.RefinementCtx) {
  for (const p of Object.values(SeatParty)) {
    const min = value[`seat.${p}.min`];
    const max = value[`seat.${p}.max`];
    if (min !== undefined && max !== undefined && max < min) {
      ctx.addIssue({ code: "custom", path: [`seat.${p}.max`], message: `validation.min|min=${min}` });
    }
  }
}

/** The seat rules of a parsed forum form: a party with neither minimum nor maximum has no rule. */
export function seatRulesFrom(value: SeatFields): { party: SeatParty; minSeats: number; maxSeats: number | null }[] {
  return Object.values(SeatParty).flatMap((p) => {
    const min = value[`seat.${p}.min`];
    const max = value[`seat.${p}.max`];
    if (min === undefined && max === undefined) return [];
    return [{ party: p, minSeats: min ?? 0, maxSeats: max ?? null }];
  });
}

export const createForumInput = z.object({ regionId: id, ...forumFields }).superRefine(checkSeats);
export type CreateForumInput = z.output<typeof createForumInput>;

export const updateForumInput = z.object({ forumId: id, version, ...forumFields }).superRefine(checkSeats);
export type UpdateForumInput = z.output<typeof updateForumInput>;

export const getForumInput = z.object({ forumId: id });
export type GetForumInput = z.output<typeof getForumInput>;

export const addForumMemberInput = z
  .object({
    forumId: id,
    name: optional(name),
    /** A portal user to link the seat to (found by exact e-mail); the name is then taken from the user. */
    email: optional(z.string().trim().toLowerCase().max(254).pipe(z.email({ error: "validation.email" }))),
    organisationId: optional(id),
    party,
    position,
    periodFrom: dateOnly,
    periodTo: optional(dateOnly),
  })
  .superRefine((value, ctx) => {
    if (!value.name && !value.email) ctx.addIssue({ code: "custom", path: ["name"], message: "validation.required" });
    if (value.periodTo && value.periodTo < value.periodFrom) ctx.addIssue({ code: "custom", path: ["periodTo"], message: "validation.forums.periodOrder" });
  });
export type AddForumMemberInput = z.output<typeof addForumMemberInput>;

export const updateForumMemberInput = z.object({
  memberId: id,
  version,
  position,
  party,
  periodTo: optional(dateOnly),
});
export type UpdateForumMemberInput = z.output<typeof updateForumMemberInput>;
