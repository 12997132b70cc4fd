/**
 * Issue 13 item 2 / issue 18 item 4 — property-based fuzzing (fast-check, decision 025) of every
 * server action, route handler and a set of pages with ids and query parameters, over HTTP against
 * the built app. Properties:
 *  - never a 500 (nor the wrapper's "unexpected error" state, a 500 in disguise);
 *  - never a partial write: when the audit trail did not grow, the area's tables are unchanged
 *    (a write and its audit row are one transaction, decision 010);
 *  - never unescaped HTML: no page shows a payload's markup raw;
 *  - exported CSV cells are neutralised (no cell starts with = + - @ tab CR).
 * A malformed action body (root part not JSON, text/plain, a foreign Origin, wrong arguments) is a
 * 4xx or a refused state. Prints cases tried and failures. SECURITY_LONG=1 (`npm run test:security
 * -- --long`) runs the long campaign.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import Papa from "papaparse";
import { ACTIONS, AREAS, ROUTES } from "./catalogue";
import type { ActionEntry } from "./catalogue/types";
import { ensureTargets } from "./support/fixtures";
import { connect, tablesSnapshot, trailCounts } from "./support/db";
import { actionBody, BASE_URL, callAction, session, type Fields } from "./support/http";
import { actionId, manifestActions } from "./support/manifest";
import { hostileForm, hostilePathSegment, hostileQueryValue, hostileString, hostileUpload, ONE_MB, XSS_TOKEN } from "./support/hostile";
import { KINDS, loadWorld, type Row } from "./support/resources";
import { schemaFields } from "./support/schema-walk";
import { FUZZ_OWN_ACCOUNT, loadActor, ROLES, type RoleName } from "./support/roles";

test.describe.configure({ mode: "serial" });

const LONG = process.env.SECURITY_LONG === "1";
const RUNS = { action: LONG ? 60 : 5, route: LONG ? 60 : 8, page: LONG ? 30 : 3, malformed: LONG ? 10 : 1, upload: LONG ? 80 : 10 };

/** Who fuzzes each area: a role that gets past "signed in?" into validation and scoping. */
const FUZZER: Record<string, RoleName | "own"> = {
  referrals: "caseworker",
  offers: "coordinatorRoskilde",
  agreements: "regionCoordinator",
  forums: "committeeChair",
  initiatives: "committeeChair",
  users: "administrator",
  shell: "own",
  "agreement at work": "regionCoordinator",
  aids: "regionCoordinator",
};
const referAs: RoleName = "gpRoskilde";

/** The tables an area's actions write (their audit rows are the proof the write was whole). */
const AREA_TABLES: Record<string, string[]> = {
  referrals: ["Referral", "ReferralEvent"],
  offers: ["Offer", "OfferLocation", "PartnerArrangement"],
  agreements: ["AgreementVersion", "Section", "Obligation", "Goal", "Indicator", "Measurement", "ConsultationResponse", "PartyApproval", "RequirementAssessment"],
  forums: ["Forum", "ForumSeatRule", "ForumMember", "Meeting", "AgendaItem", "MeetingAttendance"],
  initiatives: ["Initiative", "InitiativeDecision", "InitiativeComment", "InitiativeMilestone", "InitiativeFocusPeriod"],
  users: ["User", "Membership", "NotificationPreference"],
  shell: [],
  "agreement at work": ["TaskTransfer", "AdverseEvent", "AdverseEventParty"],
  aids: ["AidCatalogue", "AidItem", "AidItemRevision", "AidProposal"],
};

test("every area of the catalogue has a fuzzer and the tables its actions write", () => {
  const missing = AREAS.map((a) => a.name).filter((name) => !(name in FUZZER) || !(name in AREA_TABLES));
  expect(missing, "add the area to FUZZER and AREA_TABLES in tests/security/fuzz.spec.ts").toEqual([]);
});

const MARKUP = [`<script>${XSS_TOKEN}`, `onerror=${XSS_TOKEN}`, `onload=${XSS_TOKEN}`];
const rawMarkup = (html: string) => MARKUP.filter((m) => html.includes(m));

type Tally = { cases: number; failures: string[] };
const tally: Tally = { cases: 0, failures: [] };
const fail = (where: string, what: string) => tally.failures.push(`${where}: ${what}`);

const fields = (entry: ActionEntry) => [...new Set([...(entry.schemas ?? []).flatMap((s) => schemaFields().filter((f) => f.schema === s).map((f) => f.field)), ...Object.keys(entry.fields ?? {})])];

test.afterAll(() => {
  console.log(`[security] fuzzing (${LONG ? "long" : "short"} run): ${tally.cases} cases tried, ${tally.failures.length} failures`);
  if (tally.failures.length) console.log([...new Set(tally.failures.map((f) => f.slice(0, 300)))].slice(0, 200).join("\n"));
});

test("server actions: hostile forms never give a 500 or a partial write", async () => {
  test.setTimeout(LONG ? 60 * 60_000 : 10 * 60_000);
  const db = await connect();
  const actions = manifestActions();
  await ensureTargets(db, actions);
  const world = await loadWorld(db);
  const sessions = new Map<string, APIRequestContext>();
  const sessionFor = async (role: RoleName | "own") => {
    const email = role === "own" ? FUZZ_OWN_ACCOUNT : ROLES[role];
    if (!sessions.has(role)) sessions.set(role, await session(actions, email));
    return sessions.get(role)!;
  };
  const before = tally.failures.length;
  for (const area of AREAS) {
    for (const entry of area.actions) {
      const role = entry.export === "referAction" ? referAs : FUZZER[area.name];
      const id = actionId(actions, entry.module, entry.export);
      // Plausible values: the forged-id form of a row this role may change (else any row of the kind).
      let valid: Record<string, string> = {};
      if (entry.forge) {
        const actor = role === "own" ? null : await loadActor(db, ROLES[role]);
        const rows: Row[] = await KINDS[entry.forge.kind].load(db);
        // Never a row of the matrix's demo roles: a valid fuzz case may really revoke or deactivate it.
        const spared = new Set<string>([...Object.values(ROLES).filter((e): e is NonNullable<typeof e> => !!e), FUZZ_OWN_ACCOUNT]);
        const touchesRole = (r: Row) => Object.values(r).some((v) => typeof v === "string" && spared.has(v));
        const row = rows.find((r) => KINDS[entry.forge!.kind].change(actor, r, world) && !touchesRole(r));
        if (row) valid = { ...(entry.forge.form ? entry.forge.form(row) : {}), [entry.forge.field]: row.id };
      }
      const names = fields(entry);
      const destructive = role === "own";
      await fc.assert(
        fc.asyncProperty(hostileForm(names, valid, { huge: true }), async (form) => {
          tally.cases += 1;
          // The own account's wrong-password cases count against the sign-in throttle (by design):
          // clear it so the next case can sign in again (the throttle has its own tests).
          if (destructive) await db.query(`DELETE FROM "SignInThrottle" WHERE "email" = $1 OR "email" LIKE 'ip:%'`, [FUZZ_OWN_ACCOUNT]);
          const ctx = destructive ? await session(actions, FUZZ_OWN_ACCOUNT) : await sessionFor(role);
          const snapshot = { trail: await trailCounts(db), tables: await tablesSnapshot(db, AREA_TABLES[area.name]) };
          const answer = await callAction(ctx, id, entry.shape, form as Fields);
          const after = { trail: await trailCounts(db), tables: await tablesSnapshot(db, AREA_TABLES[area.name]) };
          const where = `${role} ${entry.export} ${JSON.stringify(form).slice(0, 160)}`;
          if (answer.status >= 500) fail(where, `HTTP ${answer.status} ${answer.body.slice(0, 120)}`);
          if (answer.state === "error") fail(where, "the unexpected-error state (an exception inside the action)");
          if (after.trail.audit === snapshot.trail.audit && after.tables !== snapshot.tables) fail(where, `a write without its audit row: ${snapshot.tables} → ${after.tables}`);
          if (destructive) await ctx.dispose();
          return true;
        }),
        { numRuns: RUNS.action, seed: LONG ? undefined : 13, endOnFailure: true },
      );
    }
  }
  for (const ctx of sessions.values()) await ctx.dispose();
  await db.end();
  expect(tally.failures.slice(before)).toEqual([]);
});

test("server actions: malformed calls (foreign Origin, text/plain, root not JSON, wrong arguments, unknown id) are a 4xx, never a 500", async () => {
  test.setTimeout(LONG ? 30 * 60_000 : 5 * 60_000);
  const actions = manifestActions();
  const ctx = await session(actions, ROLES.committeeChair);
  const before = tally.failures.length;
  const kinds = ["foreignOrigin", "nullOrigin", "garbageOrigin", "textPlain", "rootNotJson", "noRoot", "rootNotArray", "wrongArguments", "noArguments", "unknownId", "hugeBody"] as const;
  const expect4xx = new Set(["foreignOrigin", "nullOrigin", "garbageOrigin", "textPlain", "rootNotJson", "noRoot", "rootNotArray", "unknownId", "hugeBody"]);
  for (const entry of ACTIONS) {
    const id = actionId(actions, entry.module, entry.export);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kinds), hostileString(), async (kind, text) => {
        tally.cases += 1;
        const other = entry.shape === "state" ? "button" : "state";
        const call = {
          foreignOrigin: () => callAction(ctx, id, entry.shape, {}, { origin: "https://evil.example" }),
          nullOrigin: () => callAction(ctx, id, entry.shape, {}, { origin: "null" }),
          garbageOrigin: () => callAction(ctx, id, entry.shape, {}, { origin: "not a url" }),
          textPlain: () => callAction(ctx, id, entry.shape, {}, { body: JSON.stringify([text]), contentType: "text/plain;charset=UTF-8" }),
          rootNotJson: () => {
            const body = new FormData();
            body.set("0", `{not json ${text}`);
            return callAction(ctx, id, entry.shape, {}, { body });
          },
          noRoot: () => {
            const body = new FormData();
            body.set("_1_x", text);
            return callAction(ctx, id, entry.shape, {}, { body });
          },
          rootNotArray: () => {
            const body = new FormData();
            body.set("0", JSON.stringify({ a: text }));
            return callAction(ctx, id, entry.shape, {}, { body });
          },
          wrongArguments: () => callAction(ctx, id, entry.shape, {}, { body: actionBody(other, { x: text }) }),
          noArguments: () => {
            const body = new FormData();
            body.set("0", "[]");
            return callAction(ctx, id, entry.shape, {}, { body });
          },
          unknownId: () => callAction(ctx, "7f" + "0".repeat(40), entry.shape, { x: text }),
          hugeBody: () => callAction(ctx, id, entry.shape, { x: ONE_MB + ONE_MB }),
        }[kind];
        const answer = await call();
        const where = `${entry.export} ${kind}`;
        if (answer.status >= 500) fail(where, `HTTP ${answer.status} ${answer.body.slice(0, 120)}`);
        if (answer.state === "error") fail(where, "the unexpected-error state");
        if (expect4xx.has(kind) && (answer.status < 400 || answer.status >= 500)) fail(where, `HTTP ${answer.status}, expected a 4xx`);
        return true;
      }),
      { numRuns: RUNS.malformed, seed: LONG ? undefined : 13 },
    );
  }
  await ctx.dispose();
  expect(tally.failures.slice(before)).toEqual([]);
});

test("route handlers and pages: hostile query values, path segments and uploads never give a 500 or raw markup", async () => {
  test.setTimeout(LONG ? 60 * 60_000 : 10 * 60_000);
  const actions = manifestActions();
  const before = tally.failures.length;
  const contexts = { anonymous: await session(actions, null), chair: await session(actions, ROLES.committeeChair), admin: await session(actions, ROLES.administrator) };
  const db = await connect();
  const { rows: chairForums } = await db.query(
    `SELECT m."forumId" FROM "ForumMember" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND m."periodTo" IS NULL ORDER BY m."forumId" LIMIT 1`,
    [ROLES.committeeChair],
  );
  const chairForum = String(chairForums[0]?.forumId ?? "");
  await db.end();

  const get = async (ctx: APIRequestContext, url: string, where: string) => {
    tally.cases += 1;
    const response = await ctx.get(url, { maxRedirects: 0, failOnStatusCode: false });
    if (response.status() >= 500) fail(where, `HTTP ${response.status()} for ${url.slice(0, 160)}`);
    if ((response.headers()["content-type"] ?? "").includes("text/html")) {
      const raw = rawMarkup(await response.text());
      if (raw.length) fail(where, `unescaped markup ${raw.join(", ")} in ${url.slice(0, 120)}`);
    }
  };

  for (const route of ROUTES.filter((r) => r.method === "GET" && !r.noFuzz)) {
    const ctx = route.fuzzAs === "committeeChair" ? contexts.chair : contexts.anonymous;
    const names = Object.keys(route.query ?? {});
    await fc.assert(
      fc.asyncProperty(hostilePathSegment, fc.array(fc.tuple(fc.constantFrom(...(names.length ? names : ["x"])), hostileQueryValue), { maxLength: 4 }), async (segment, params) => {
        const path = route.url.replace("{id}", segment);
        const query = params.map(([k, v]) => `${k}=${v}`).join("&");
        await get(ctx, query ? `${path}?${query}` : path, `route ${route.url}`);
        return true;
      }),
      { numRuns: RUNS.route, seed: LONG ? undefined : 13 },
    );
  }

  const PAGES = [
    "/henvisninger/{x}",
    "/fora/{x}",
    "/fora/{x}/tavle",
    "/initiativer/{x}",
    "/mine-tilbud/{x}",
    "/tilbud/{x}",
    "/aftaler/{x}",
    "/aftaler/{x}/v/{x}",
    "/admin/brugere/{x}",
    "/aftaler-redigering/{x}",
    "/tilbud?q={x}&kommune={x}&alder={x}",
    "/aftaler?q={x}",
    "/admin/brugere?q={x}&page={x}",
    "/admin/revision?userId={x}&organisationId={x}&entityType={x}&entityId={x}",
    "/admin/adgangslog?reference={x}&email={x}",
    "/organisation/medlemmer?organisationId={x}",
    "/initiativer?q={x}&forum={x}",
    "/henvisninger?efter={x}&visning={x}&tilbud={x}&hvis={x}&status={x}",
    "/tilbud/daekning?kommune={x}&region={x}",
    "/logind?next={x}",
    "/api/hsds/services/{x}",
  ];
  for (const page of PAGES) {
    for (const [who, ctx] of Object.entries(contexts)) {
      await fc.assert(
        fc.asyncProperty(hostilePathSegment, hostileQueryValue, async (segment, value) => {
          // {x} in the path: a decodable segment; {x} in the query: anything.
          const [path, query] = page.split("?");
          await get(ctx, path.replace(/\{x\}/g, segment) + (query ? `?${query.replace(/\{x\}/g, value)}` : ""), `page ${page} as ${who}`);
          return true;
        }),
        { numRuns: RUNS.page, seed: LONG ? undefined : 13 },
      );
    }
  }

  // Uploads to the import route: UTF-16, BOMs, NUL, broken UTF-8, formulas, random bytes.
  await fc.assert(
    fc.asyncProperty(hostileUpload, fc.constantFrom(chairForum, "%00", "x".repeat(101), "forum-der-ikke-findes"), fc.constantFrom("", "MID_TERM", "FINAL", "<script>"), async (file, forumId, stage) => {
      tally.cases += 1;
      const body = new FormData();
      body.set("stage", stage);
      body.set("file", new Blob([new Uint8Array(file.bytes)], { type: "text/csv" }), file.name);
      const response = await contexts.chair.post(`/api/initiativer/import?forumId=${forumId}`, { multipart: body, headers: { Origin: BASE_URL }, maxRedirects: 0, failOnStatusCode: false });
      if (response.status() >= 500) fail(`upload ${file.name} to ${forumId.slice(0, 20)}`, `HTTP ${response.status()}`);
      return true;
    }),
    { numRuns: RUNS.upload, seed: LONG ? undefined : 13 },
  );

  // The exports: every cell that could start a formula is neutralised (CSV injection).
  for (const url of ["/api/tilbud/export", `/api/initiativer/eksport?forumId=${encodeURIComponent(chairForum)}`]) {
    tally.cases += 1;
    const response = await contexts.chair.get(url, { failOnStatusCode: false });
    if (response.status() !== 200) {
      fail(`export ${url}`, `HTTP ${response.status()}`);
      continue;
    }
    const parsed = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ""), { delimiter: ";" });
    const cells = parsed.data.flat();
    const live = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    if (live.length) fail(`export ${url}`, `${live.length} cells start a formula: ${live.slice(0, 3).join(" | ")}`);
    expect(cells.length).toBeGreaterThan(1);
  }
  for (const ctx of Object.values(contexts)) await ctx.dispose();
  expect(tally.failures.slice(before)).toEqual([]);
});
