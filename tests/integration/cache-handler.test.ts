/**
 * The shared cache handler (lib/cache/pg-cache-handler.mjs, decision 024) between two processes on
 * one database: this test process is server A, a child process is server B. A page cached on A is a
 * miss on A once B invalidates one of its tags (revalidatePath's implicit tag), within 2 s; an entry
 * with other tags stays; a process that connects later still sees the invalidation (the table).
 */
import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "./support/db";

type Handler = {
  get: (key: string, ctx?: unknown) => Promise<{ lastModified: number; value: unknown } | null>;
  set: (key: string, data: unknown, ctx?: unknown) => Promise<void>;
  revalidateTag: (tags: string | string[]) => Promise<void>;
};

const HANDLER = "lib/cache/pg-cache-handler.mjs";

/** Runs `revalidateTag(tags)` in a separate Node process (another server) and resolves when it is done. */
function otherServerRevalidates(tags: string[]): Promise<void> {
  const script = `const { default: H } = await import(${JSON.stringify(`${process.cwd()}/${HANDLER}`)}); await new H().revalidateTag(${JSON.stringify(tags)}); process.exit(0);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env }, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`other server exited ${code}`))));
  });
}

const page = (tags: string) => ({ kind: "APP_PAGE", html: "<p>Rygestop</p>", headers: { "x-next-cache-tags": tags }, status: 200 });

describe("the PostgreSQL cache handler", () => {
  let handler: Handler;
  afterAll(async () => {
    await db.$executeRawUnsafe(`DELETE FROM "CacheTag"`);
  });

  it("drops a page on this server within 2 s of another server's revalidatePath, and keeps the others", async () => {
    const { default: PostgresCacheHandler } = (await import(`${process.cwd()}/${HANDLER}`)) as { default: new () => Handler };
    handler = new PostgresCacheHandler();
    expect(await handler.get("warm-up")).toBeNull(); // connects and LISTENs
    await handler.set("/opslag/da/a", page("_N_T_/layout,_N_T_/opslag/layout,_N_T_/opslag/[locale]/[query]/page,_N_T_/opslag/da/a"));
    await handler.set("/aftaler", page("_N_T_/layout,_N_T_/aftaler/layout,_N_T_/aftaler/page"));
    expect(await handler.get("/opslag/da/a")).not.toBeNull();

    await otherServerRevalidates(["_N_T_/opslag/[locale]/[query]/page"]);
    const from = Date.now();
    while ((await handler.get("/opslag/da/a")) !== null && Date.now() - from < 5_000) await new Promise((r) => setTimeout(r, 20));
    const ms = Date.now() - from;
    console.log(`the invalidation reached this server ${ms} ms after the other server's revalidateTag returned`);
    expect(ms).toBeLessThan(2_000);
    expect(await handler.get("/aftaler")).not.toBeNull(); // other tags: kept
    const rows = await db.cacheTag.findMany({ where: { tag: "_N_T_/opslag/[locale]/[query]/page" } });
    expect(rows).toHaveLength(1);

    // The lookup's micro-cache follows: the process-wide generation number went up.
    expect((globalThis as Record<symbol, number>)[Symbol.for("sundhed.cache.generation")]).toBeGreaterThan(0);
  });

  it("a page made after the invalidation is served; a fetch entry answers to its own and soft tags", async () => {
    await handler.set("/opslag/da/a", page("_N_T_/opslag/[locale]/[query]/page"));
    expect(await handler.get("/opslag/da/a")).not.toBeNull();
    await handler.set("fetch-1", { kind: "FETCH", data: {}, revalidate: 60 }, { tags: ["offers"] });
    expect(await handler.get("fetch-1", { kind: "FETCH", tags: ["offers"], softTags: ["_N_T_/tilbud/layout"] })).not.toBeNull();
    await handler.revalidateTag("_N_T_/tilbud/layout");
    expect(await handler.get("fetch-1", { kind: "FETCH", tags: ["offers"], softTags: ["_N_T_/tilbud/layout"] })).toBeNull();
  });
});
