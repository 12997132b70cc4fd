/**
 * An aid's content as data: the fields a save, a proposal and a revision carry, in reading order.
 * Pure (no database): shared by the schemas, the snapshots and the diff of two revisions.
 */
import type { AidCategory, AidParty } from "@/lib/generated/prisma/enums";

export const AID_CATEGORIES = ["TREATMENT_AID", "SOCIAL_AID", "NURSING_AID", "REHABILITATION_AID", "OTHER_AID"] as const satisfies readonly AidCategory[];
export const AID_PARTIES = ["REGION", "MUNICIPALITY", "SHARED"] as const satisfies readonly AidParty[];
export const AID_USES = ["temporary", "permanent"] as const;
export const AID_DUTIES = ["Assessment", "Supply", "Instruction", "Maintenance"] as const;

export type AidUseKey = (typeof AID_USES)[number];
export type AidDuty = (typeof AID_DUTIES)[number];
export type AidPartyField = `${AidUseKey}${AidDuty}`;

/** Every responsibility field: temporaryAssessment … permanentMaintenance. */
export const AID_PARTY_FIELDS: readonly AidPartyField[] = AID_USES.flatMap((use) => AID_DUTIES.map((duty) => `${use}${duty}` as AidPartyField));

export type AidContent = {
  number: string;
  name: string;
  category: AidCategory;
  description: string;
  synonyms: string;
  temporaryLegalBasis: string;
  temporaryNote: string;
  permanentLegalBasis: string;
  permanentNote: string;
  notes: string;
} & Record<AidPartyField, AidParty>;

/** The text fields, in reading order (the diff shows a word diff of each). */
export const AID_TEXT_FIELDS = ["number", "name", "description", "synonyms", "temporaryLegalBasis", "temporaryNote", "permanentLegalBasis", "permanentNote", "notes"] as const;

/** Every content field, in reading order: what a revision snapshots and a diff compares. */
export const AID_CONTENT_FIELDS: readonly (keyof AidContent)[] = [
  "number",
  "name",
  "category",
  "description",
  "synonyms",
  ...AID_PARTY_FIELDS.filter((f) => f.startsWith("temporary")),
  "temporaryLegalBasis",
  "temporaryNote",
  ...AID_PARTY_FIELDS.filter((f) => f.startsWith("permanent")),
  "permanentLegalBasis",
  "permanentNote",
  "notes",
];

/** The content fields of a row (an item, a proposal's JSON), nothing else. */
export function aidContentOf(source: AidContent): AidContent {
  return Object.fromEntries(AID_CONTENT_FIELDS.map((field) => [field, source[field]])) as AidContent;
}
