/**
 * Input schemas of the aids catalogue operations (the schema of operation `fooBar` is `fooBarInput`,
 * decision 010). Inputs arrive as form strings; empty optional text counts as "".
 */
import { z } from "zod";
import { AidCategory, AidParty } from "@/lib/generated/prisma/enums";
import { checkbox, id, optional, optionalText, requiredText, searchText, text, version } from "@/lib/validation/primitives";
import { AID_PARTY_FIELDS, type AidPartyField } from "@/lib/aids/fields";

const party = z.enum(AidParty, { error: "validation.choose" });
const optionalLine = (max: number) => optionalText(max).transform((v) => v ?? "");
const optionalLongText = (max: number) => optional(text({ multiline: true }).max(max)).transform((v) => v ?? "");

const partyFields = Object.fromEntries(AID_PARTY_FIELDS.map((field) => [field, party])) as Record<AidPartyField, typeof party>;

/** An aid's content, as the edit form, the new-aid form and the proposal form send it. */
export const aidContent = {
  number: requiredText(20),
  name: requiredText(200),
  category: z.enum(AidCategory, { error: "validation.choose" }),
  description: optionalLongText(4000),
  synonyms: optionalLine(500),
  ...partyFields,
  temporaryLegalBasis: optionalLine(300),
  temporaryNote: optionalLongText(1000),
  permanentLegalBasis: optionalLine(300),
  permanentNote: optionalLongText(1000),
  notes: optionalLongText(4000),
};

export const createAidItemInput = z.object({ catalogueId: id, ...aidContent });
export type CreateAidItemInput = z.infer<typeof createAidItemInput>;

export const updateAidItemInput = z.object({ itemId: id, version, ...aidContent });
export type UpdateAidItemInput = z.infer<typeof updateAidItemInput>;

/** A proposal: the aid as the proposer wants it, why; `itemId` empty for a new aid. */
export const proposeAidChangeInput = z.object({
  catalogueId: id,
  itemId: optional(id),
  baseVersion: optional(version),
  ...aidContent,
  justification: text({ multiline: true }).min(1, { error: "validation.required" }).max(2000),
});
export type ProposeAidChangeInput = z.infer<typeof proposeAidChangeInput>;

export const decideAidProposalInput = z.object({
  proposalId: id,
  version,
  outcome: z.enum(["ACCEPTED", "REJECTED"], { error: "validation.choose" }),
  reason: text({ multiline: true }).min(1, { error: "validation.required" }).max(2000),
  meetingId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()).refine((v) => v !== undefined, { error: "validation.choose" }),
});
export type DecideAidProposalInput = z.infer<typeof decideAidProposalInput>;

export const setAidCataloguePublicInput = z.object({ catalogueId: id, version, isPublic: checkbox });
export type SetAidCataloguePublicInput = z.infer<typeof setAidCataloguePublicInput>;

/** Which region's catalogue (empty: the actor's own, or the first public one). */
export const getAidCatalogueInput = z.object({ regionId: optional(id) });
export type GetAidCatalogueInput = z.infer<typeof getAidCatalogueInput>;

export const searchAidsInput = z.object({ regionId: optional(id), q: searchText(200) });
export type SearchAidsInput = z.infer<typeof searchAidsInput>;

export const getAidItemInput = z.object({ itemId: id, from: optional(id), to: optional(id) });
export type GetAidItemInput = z.infer<typeof getAidItemInput>;
