/**
 * Next's cache handler for N app servers on one PostgreSQL (next.config.ts `cacheHandler`,
 * docs/decisions/024-shared-cache-invalidation.md).
 *
 * - Entries (rendered ISR pages, route responses, fetch data) stay in this process's memory, bounded
 *   (CACHE_MAX_ENTRIES, default 2,000, least recently used out first) — a page is rendered at most
 *   once per server, as with Next's own memory cache (cacheMaxMemorySize: 0 turns that one off).
 * - Invalidations are shared: revalidateTag / revalidatePath (whose implicit `_N_T_/…` tags arrive
 *   here as tags) write the tag's time to the "CacheTag" table and `NOTIFY cache_tags`; every server
 *   LISTENs and records the time at once, so an entry rendered before it is a miss on every server
 *   within the round trip of a notification. A server that (re)connects reads the whole table, so a
 *   notification missed while disconnected is never lost; while it cannot reach the database it keeps
 *   no entries at all (fail safe: render per request).
 * - The process-wide generation number (Symbol.for("sundhed.cache.generation")) goes up with each
 *   invalidation, so in-process caches that Next does not manage (the lookup's micro-cache,
 *   lib/domain/offers/search-cache.ts) drop what they hold too.
 *
 * Plain JavaScript (ESM): Next imports this file at run time, outside the bundle.
 */
import pg from "pg";

const CHANNEL = "cache_tags";
const TAGS_HEADER = "x-next-cache-tags";
const GENERATION = Symbol.for("sundhed.cache.generation");
const STATE = Symbol.for("sundhed.cache.state");

const maxEntries = () => {
  const n = Number(process.env.CACHE_MAX_ENTRIES);
  return Number.isInteger(n) && n > 0 ? n : 2000;
};

/** One state per process, whatever number of handler instances Next creates (one per request). */
function state() {
  globalThis[STATE] ??= { entries: new Map(), tags: new Map(), listener: null, connected: false, starting: null, pool: null };
  return globalThis[STATE];
}

function bumpGeneration() {
  globalThis[GENERATION] = (globalThis[GENERATION] ?? 0) + 1;
}

const shared = () => Boolean(process.env.DATABASE_URL) && process.env.NEXT_PHASE !== "phase-production-build" && process.env.CACHE_SHARED !== "0";

function connectionConfig() {
  // The embedded database (PGlite) serves one connection at a time and has no NOTIFY across connections.
  return { connectionString: process.env.DATABASE_URL, max: 2, connectionTimeoutMillis: 5000 };
}

function recordTag(tag, at) {
  const s = state();
  if ((s.tags.get(tag) ?? 0) < at) s.tags.set(tag, at);
}

/** LISTEN first, then read the table: nothing that happens in between is missed. */
async function connect() {
  const s = state();
  if (s.connected || s.starting) return s.starting;
  s.starting = (async () => {
    const client = new pg.Client(connectionConfig());
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { tags, at } = JSON.parse(message.payload);
        // Never earlier than now here: a clock behind the sender's must not keep an older entry alive.
        const when = Math.max(Number(at) || 0, Date.now());
        for (const tag of tags) recordTag(tag, when);
        bumpGeneration();
      } catch {
        // A malformed payload is no one's change: ignore it.
      }
    });
    const lost = () => {
      if (s.listener !== client) return;
      s.listener = null;
      s.connected = false;
      s.entries.clear(); // no longer told of changes: keep nothing
      bumpGeneration();
      client.end().catch(() => undefined);
      setTimeout(() => connect().catch(() => undefined), 1000).unref?.();
    };
    client.on("error", lost);
    client.on("end", lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      const { rows } = await client.query(`SELECT "tag", "revalidatedAt"::float8 AS "at" FROM "CacheTag"`);
      for (const row of rows) recordTag(row.tag, row.at);
      s.listener = client;
      s.connected = true;
      bumpGeneration();
    } catch (error) {
      client.removeAllListeners("end");
      client.end().catch(() => undefined);
      console.error(JSON.stringify({ level: "warn", msg: "cache: cannot reach PostgreSQL; caching off until it can", error: String(error) }));
      setTimeout(() => connect().catch(() => undefined), 5000).unref?.();
    } finally {
      s.starting = null;
    }
  })();
  return s.starting;
}

function pool() {
  const s = state();
  if (!s.pool) {
    s.pool = new pg.Pool({ ...connectionConfig(), max: 2 });
    s.pool.on("error", () => undefined); // an idle client's error: the next query reconnects
  }
  return s.pool;
}

/** Every tag an entry answers to: its own (fetch ctx), the page's header, and the lookup's soft tags. */
function tagsOf(entry, ctx) {
  const tags = new Set(entry.tags);
  const header = entry.value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  for (const tag of ctx?.tags ?? []) tags.add(tag);
  for (const tag of ctx?.softTags ?? []) tags.add(tag);
  return tags;
}

export default class PostgresCacheHandler {
  constructor() {
    if (shared()) connect().catch(() => undefined);
  }

  async get(key, ctx) {
    const s = state();
    if (shared() && !s.connected) {
      // The first request waits for the first connection; later ones never wait for a reconnect.
      if (!s.triedOnce) {
        s.triedOnce = true;
        await connect().catch(() => undefined);
      }
      if (!s.connected) return null;
    }
    const entry = s.entries.get(key);
    if (!entry) return null;
    for (const tag of tagsOf(entry, ctx)) {
      if ((s.tags.get(tag) ?? 0) >= entry.lastModified) {
        s.entries.delete(key);
        return null;
      }
    }
    s.entries.delete(key); // most recently used last
    s.entries.set(key, entry);
    return { lastModified: entry.lastModified, value: entry.value };
  }

  async set(key, data, ctx) {
    const s = state();
    if (data === null || (shared() && !s.connected)) {
      s.entries.delete(key);
      return;
    }
    s.entries.delete(key);
    s.entries.set(key, { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [] });
    const limit = maxEntries();
    while (s.entries.size > limit) s.entries.delete(s.entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const list = [...new Set(typeof tags === "string" ? [tags] : tags)].filter(Boolean);
    if (list.length === 0) return;
    const at = Date.now();
    for (const tag of list) recordTag(tag, at);
    bumpGeneration();
    if (!shared()) return;
    await publishTags(pool(), list, at);
  }

  resetRequestCache() {}
}

/**
 * Writes the tags' time and tells every server. Also used by lib/cache/invalidate.ts (the workers,
 * which have no Next cache of their own). Payloads stay under NOTIFY's 8,000 bytes by chunking.
 */
export async function publishTags(queryable, tags, at = Date.now()) {
  for (let i = 0; i < tags.length; i += 50) {
    const chunk = tags.slice(i, i + 50);
    await queryable.query(
      `WITH t AS (SELECT unnest($1::text[]) AS tag)
       INSERT INTO "CacheTag" ("tag", "revalidatedAt") SELECT tag, $2 FROM t
       ON CONFLICT ("tag") DO UPDATE SET "revalidatedAt" = GREATEST("CacheTag"."revalidatedAt", EXCLUDED."revalidatedAt")`,
      [chunk, at],
    );
    await queryable.query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify({ tags: chunk, at })]);
  }
}
