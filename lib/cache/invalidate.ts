import "server-only";
/**
 * Invalidating Next's cached pages from outside a request (a scheduled job in a worker process, which
 * has no Next cache of its own): the same table and NOTIFY the cache handler uses
 * (pg-cache-handler.mjs), so every app server drops the entries. `paths` become Next's implicit
 * layout tags (`_N_T_/` + path + `/layout`, what revalidatePath(path, "layout") sends).
 */
import { db } from "@/lib/db/client";
import { publishTags } from "./pg-cache-handler.mjs";

export function layoutTag(path: string): string {
  return `_N_T_${path === "/" ? "" : path.replace(/\/$/, "")}/layout`;
}

export async function invalidateEverywhere(tags: string[], options: { paths?: string[] } = {}): Promise<void> {
  const all = [...tags, ...(options.paths ?? []).map(layoutTag)];
  await publishTags({ query: (text, params) => db.$executeRawUnsafe(text, ...params) }, all);
}
