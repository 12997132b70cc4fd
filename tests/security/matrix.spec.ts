/**
 * Issue 13 item 1 — the authorisation matrix, over HTTP against the built app, as an attacker:
 * every resource kind (support/resources.ts) × every demo role, anonymous included
 * (support/roles.ts) × every way in — the page URLs, the route handlers, and every server action
 * called directly by its `Next-Action` id from the build's manifest with a forged id. The expected
 * answer comes from lib/rules (resources.ts `read`/`change`); only the cases the rules refuse are
 * attacked. Each must be refused (404 / 403 / a refused state / sign-in), leave the row, the audit
 * trail and the referral access log unchanged, and carry none of the row's personal data.
 *
 * Prints the matrix size and the leak count (0). Also fails when the build has a server action the
 * catalogue does not list (tests/security/README.md).
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACTIONS, PAGES, ROUTES } from "./catalogue";
import type { Kind } from "./catalogue/types";
import { ensureTargets } from "./support/fixtures";
import { connect, rowHash, trailCounts } from "./support/db";
import { callAction, isRefusal, session } from "./support/http";
import { actionId, manifestActions } from "./support/manifest";
import { KINDS, loadWorld, type Row } from "./support/resources";
import { loadActor, ROLE_NAMES, ROLES } from "./support/roles";
import type { Actor } from "@/lib/rules/actor";

test.describe.configure({ mode: "serial" });

/** Fills `{column}` placeholders of a URL from the target row. */
const fill = (url: string, row: Row) => url.replace(/\{(\w+)\}/g, (_, column: string) => encodeURIComponent(String(row[column] ?? row.facts[column] ?? "")));

const leaked = (body: string, row: Row) => row.secrets.filter((s) => s.length >= 4 && body.includes(s));

test("every server action in the build is in the catalogue", () => {
  const missing = manifestActions().filter((a) => !ACTIONS.some((e) => e.module === a.module && e.export === a.export));
  expect(missing.map((a) => `${a.module} ${a.export}`), "add them to tests/security/catalogue/<area>.ts").toEqual([]);
});

test("authorisation matrix: kinds × roles × ways in, refused as the rules say, nothing written, nothing leaked", async () => {
  test.setTimeout(20 * 60_000);
  const db = await connect();
  const actions = manifestActions();
  await ensureTargets(db, actions);
  const world = await loadWorld(db);
  const rows = {} as Record<Kind, Row[]>;
  for (const [kind, spec] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) rows[kind] = await spec.load(db);
  const empty = (Object.keys(rows) as Kind[]).filter((kind) => rows[kind].length === 0);
  expect(empty, "kinds without a row to attack: seed or create one").toEqual([]);

  const problems: string[] = [];
  const outcomes: Record<string, number> = {};
  let cases = 0;
  let allowedByRules = 0;
  const note = (outcome: string) => (outcomes[outcome] = (outcomes[outcome] ?? 0) + 1);

  for (const role of ROLE_NAMES) {
    const actor: Actor | null = await loadActor(db, ROLES[role]);
    const ctx: APIRequestContext = await session(actions, ROLES[role]);

    // ── pages and route handlers that read a row by id ──
    const reads = [...PAGES.map((p) => ({ url: p.url, kind: p.kind, way: "page" })), ...ROUTES.filter((r) => r.forge).map((r) => ({ url: r.url, kind: r.forge!.kind, way: "route" }))];
    for (const read of reads) {
      for (const row of rows[read.kind]) {
        if (KINDS[read.kind].read(actor, row, world)) {
          allowedByRules += 1;
          continue;
        }
        cases += 1;
        const url = read.way === "route" && read.url.includes("?") === false && read.url.includes("{") === false ? `${read.url}?forumId=${encodeURIComponent(row.id)}` : fill(read.url, row);
        const before = await trailCounts(db);
        const response = await ctx.get(url, { maxRedirects: 0, failOnStatusCode: false });
        const body = await response.text();
        const status = response.status();
        const location = response.headers()["location"] ?? "";
        const refused = [401, 403, 404].includes(status) || (status >= 300 && status < 400 && location.includes("/logind"));
        note(`${read.way} ${refused ? status : "SERVED " + status}`);
        const after = await trailCounts(db);
        const where = `${role} ${read.way} GET ${url}`;
        if (!refused) problems.push(`${where}: HTTP ${status} (expected refused: the rules deny ${read.kind} ${row.id})`);
        if (after.accessLog !== before.accessLog) problems.push(`${where}: access-log row written`);
        if (after.audit !== before.audit) problems.push(`${where}: audit row written`);
        for (const secret of leaked(body, row)) problems.push(`${where}: LEAK of ${read.kind} data "${secret.slice(0, 20)}…"`);
      }
    }

    // ── every server action with a forged id ──
    for (const entry of ACTIONS.filter((e) => e.forge)) {
      const forge = entry.forge!;
      const spec = KINDS[forge.kind];
      const id = actionId(actions, entry.module, entry.export);
      for (const row of rows[forge.kind]) {
        if (spec[forge.right](actor, row, world)) {
          allowedByRules += 1;
          continue;
        }
        cases += 1;
        const form = { ...(forge.form ? forge.form(row) : {}), [forge.field]: row.id };
        const table = spec.table!;
        const before = { trail: await trailCounts(db), row: await rowHash(db, table, row.id), created: entry.creates ? await count(db, entry.creates) : 0 };
        const answer = await callAction(ctx, id, entry.shape, form);
        const after = { trail: await trailCounts(db), row: await rowHash(db, table, row.id), created: entry.creates ? await count(db, entry.creates) : 0 };
        note(`action ${answer.status} ${answer.state ?? (answer.redirect ? "redirect" : "-")}`);
        const where = `${role} ${entry.export}(${forge.field}=${forge.kind} ${row.id})`;
        if (!isRefusal(answer)) problems.push(`${where}: not refused — HTTP ${answer.status}, state ${answer.state}, redirect ${answer.redirect}`);
        if (after.row !== before.row) problems.push(`${where}: LEAK — the ${table} row changed`);
        if (after.created !== before.created) problems.push(`${where}: LEAK — a ${entry.creates} row was added`);
        if (after.trail.audit !== before.trail.audit) problems.push(`${where}: LEAK — audit row written`);
        if (after.trail.accessLog !== before.trail.accessLog) problems.push(`${where}: LEAK — access-log row written`);
        for (const secret of leaked(answer.body, row)) problems.push(`${where}: LEAK of ${forge.kind} data "${secret.slice(0, 20)}…"`);
      }
    }
    await ctx.dispose();
  }
  await db.end();

  const leaks = problems.filter((p) => p.includes("LEAK")).length;
  console.log(
    `[security] authorisation matrix: ${cases} cases attacked (${ROLE_NAMES.length} roles × ${Object.keys(KINDS).length} resource kinds × ${PAGES.length} pages + ${ROUTES.filter((r) => r.forge).length} routes + ${ACTIONS.filter((e) => e.forge).length} actions with a forged id), ${allowedByRules} combinations the rules allow (not attacked); leaks: ${leaks}; other failures: ${problems.length - leaks}`,
  );
  console.log(`[security] outcomes: ${JSON.stringify(outcomes)}`);
  if (problems.length) console.log(problems.slice(0, 80).join("\n"));
  expect(cases).toBeGreaterThan(500);
  expect(problems).toEqual([]);
});

async function count(db: Awaited<ReturnType<typeof connect>>, table: string): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "${table}"`);
  return rows[0].n;
}
