/**
 * What a refused, stale section save carries back to the form (ConflictError.current): the other
 * person's saved text, who saved it and when, and what they changed since the text the user started
 * from. Plain data, shared by the domain operation and the client form (types only there).
 */
import type { DiffPart } from "./diff";

export type SectionConflict = {
  kind: "section";
  number: string;
  title: string;
  body: string;
  /** The version to send with the next save, made after seeing the other change. */
  version: number;
  savedBy: string | null;
  /** ISO timestamp of the other save. */
  savedAt: string;
  /** From the version the user opened to the one saved since (null when that base is unknown). */
  changes: { number: DiffPart[]; title: DiffPart[]; body: DiffPart[] } | null;
};

export function isSectionConflict(value: unknown): value is SectionConflict {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "section";
}

/** A stale save of a row without a text history (obligation, goal, indicator…): its current values. */
export type RowConflict = { kind: "row"; version: number; values: Record<string, string> };

export function isRowConflict(value: unknown): value is RowConflict {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "row";
}
