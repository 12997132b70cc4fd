import "server-only";
/**
 * A micro-cache for the GP lookup's result pages: the same search (e.g. "rygning" in Roskilde, asked by
 * many GPs in the same hour) is answered from memory for a few seconds instead of by PostgreSQL each
 * time. Published offers change a few times a day; the lookup is public and anonymous.
 *
 * - Time to live: OFFERS_LOOKUP_CACHE_SECONDS (default 15; 0 turns the cache off). Read per call.
 * - Every offer change on this server (create, edit, publish, archive, reopen, confirm, partner
 *   arrangements) empties it at once, so a coordinator sees their own change immediately. Another app
 *   server empties it when the shared cache handler hears of the change (LISTEN/NOTIFY, decision 024).
 * - At most MAX_ENTRIES searches; the oldest is dropped first. Failures are never cached.
 * - Only the rows are cached; freshness (stale or not) is computed per request from them.
 */
const MAX_ENTRIES = 500;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

function ttlMs(): number {
  const seconds = Number(process.env.OFFERS_LOOKUP_CACHE_SECONDS ?? 15);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** Bumped by the cache handler (lib/cache/pg-cache-handler.mjs) whenever any server invalidates. */
const GENERATION = Symbol.for("sundhed.cache.generation");
let seenGeneration: unknown;

export function cachedSearch<T>(key: string, load: () => Promise<T>, now: number = Date.now()): Promise<T> {
  const ttl = ttlMs();
  if (ttl === 0) return load();
  const generation = (globalThis as Record<symbol, unknown>)[GENERATION];
  if (generation !== seenGeneration) {
    entries.clear(); // an offer changed on some server (or a cached page was invalidated): start afresh
    seenGeneration = generation;
  }
  const hit = entries.get(key);
  if (hit && now - hit.at < ttl) return hit.value as Promise<T>;
  const value = load();
  entries.delete(key);
  entries.set(key, { at: now, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Called after every offer change on this server. */
export function forgetOfferSearches(): void {
  entries.clear();
}
