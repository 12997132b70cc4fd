/**
 * The difference between two snapshots of an aid, field by field: a word diff of the text fields
 * (the agreement sections' diffText, decision 008), "changed" for the categories and parties.
 */
import { AID_CONTENT_FIELDS, AID_TEXT_FIELDS, type AidContent } from "@/lib/aids/fields";
import { diffText, type DiffPart } from "@/lib/domain/agreements/diff";

export type AidFieldChange = { field: keyof AidContent; before: string; after: string; parts: DiffPart[] | null };

const TEXT_FIELDS: readonly string[] = AID_TEXT_FIELDS;

export function diffAidContent(before: AidContent | null, after: AidContent): AidFieldChange[] {
  const changes: AidFieldChange[] = [];
  for (const field of AID_CONTENT_FIELDS) {
    const from = before ? String(before[field] ?? "") : "";
    const to = String(after[field] ?? "");
    if (from === to) continue;
    changes.push({ field, before: from, after: to, parts: TEXT_FIELDS.includes(field) ? diffText(from, to) : null });
  }
  return changes;
}
