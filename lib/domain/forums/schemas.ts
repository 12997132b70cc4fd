/**
 * Input schemas of the forum operations; naming scheme as in lib/domain/users/schemas.ts (the schema
 * of operation `fooBar` is `fooBarInput`). Inputs arrive as form strings: numbers are coerced, empty
 * optional fields count as absent, check boxes arrive as "on".
 */
import { z } from "zod";
import { checkbox, email, id, isoDate, longText, optional, optionalInt, requiredText, text, version } from "@/lib/validation/primitives";
import { CompositionRule, ForumKind, ForumPosition, SeatParty } from "@/lib/generated/prisma/enums";

export const name = requiredText(200);


const kind = z.enum(ForumKind, { error: "validation.choose" });
const compositionRule = z.enum(CompositionRule, { error: "validation.choose" });
const party = z.enum(SeatParty, { error: "validation.choose" });
const position = z.enum(ForumPosition, { error: "validation.choose" });
const seats = optionalInt(0, 200);

/** Seat rules arrive as seat.REGION.min / seat.REGION.max … one pair per party. */
const seatRulesShape = Object.fromEntries(
  Object.values(SeatParty).flatMap((p) => [
    [`seat.${p}.min`, seats],
    [`seat.${p}.max`, seats],
  ]),
) as Record<`seat.${SeatParty}.${"min" | "max"}`, typeof seats>;

const forumFields = {
  name,
  shortName: optional(text().max(40)),
  kind,
  parentId: optional(id),
  mandate: longText(50_000).default(""),
  compositionRule,
  chairParty: optional(party),
  viceChairParty: optional(party),
  minMeetingsPerYear: optionalInt(0, 52),
  secretariatOrganisationId: optional(id),
  secretariatNote: optional(text({ multiline: true }).max(1000)),
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
    email: optional(email),
    organisationId: optional(id),
    party,
    position,
    periodFrom: isoDate,
    periodTo: optional(isoDate),
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
  periodTo: optional(isoDate),
});
export type UpdateForumMemberInput = z.output<typeof updateForumMemberInput>;
