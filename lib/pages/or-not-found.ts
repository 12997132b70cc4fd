import type { Translate } from "@/lib/i18n/translate";
import "server-only";
/**
 * What pages share when they load: a refusal is a 404, the query string's type, the success message
 * of a redirect. (Query parameters are read with `first` from lib/validation/primitives.ts.)
 */
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/domain/errors";
import { first } from "@/lib/validation/primitives";

export { first };

/** A page's load: any expected refusal (not visible, malformed id, not allowed) is the same 404. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The success message named by a redirect's `?udfoert=<key>` under a message prefix, or null when the
 * parameter is missing or names no message (a hand-typed URL shows nothing, never a raw key).
 */
export function doneMessage(t: Translate, prefix: string, value: string | string[] | undefined): string | null {
  const done = first(value);
  if (!done) return null;
  const key = `${prefix}.${done}`;
  const text = t.key(key);
  return text !== key ? text : null;
}
