/**
 * Two app servers, one database (issue 11): Playwright's web server (scripts/start.ts on E2E_PORT, with
 * its job worker) is server A; this spec starts server B — `next start` of the same build on
 * E2E_PORT + 1 — and a second job worker, on the same database. Then:
 *  - a session made on A works on B (sessions live in PostgreSQL, the cookie is signed with the shared
 *    AUTH_SECRET);
 *  - an offer change through A is gone from B's cached anonymous lookup within 2 s (the cache handler's
 *    LISTEN/NOTIFY, lib/cache/pg-cache-handler.mjs, decision 024);
 *  - a scheduled job runs once per slot, not once per worker (pg-boss).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { siblingDatabaseUrl } from "../support/database-url";
import { E2E_SERVER_ENV } from "../support/e2e-server-env";
import { DEMO_USERS, signIn } from "./support/auth";

const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT_B = PORT_A + 1;
const B = `http://localhost:${PORT_B}`;
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? (process.env.DATABASE_URL ? siblingDatabaseUrl(process.env.DATABASE_URL, "e2e").url : "");
const AUTH_SECRET = process.env.AUTH_SECRET ?? (fs.existsSync(".data/auth-secret") ? fs.readFileSync(".data/auth-secret", "utf8").trim() : "");

test.skip(!DATABASE_URL, "two servers need a PostgreSQL server (the embedded database serves one)");
test.describe.configure({ mode: "serial" });

const children: ChildProcess[] = [];
let db: pg.Client;

function start(command: string, args: string[]) {
  const child = spawn(command, args, {
    env: { ...process.env, ...E2E_SERVER_ENV, DATABASE_URL, AUTH_SECRET, AUTH_TRUST_HOST: "true", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", () => undefined);
  child.stderr?.on("data", (chunk) => process.stderr.write(`[B] ${chunk}`));
  children.push(child);
  return child;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  start("node_modules/.bin/next", ["start", "-p", String(PORT_B)]);
  start("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/worker.ts"]);
  for (const deadline = Date.now() + 90_000; ; ) {
    const ok = await fetch(`${B}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error("server B did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  for (const child of children) child.kill("SIGTERM");
  await db?.end();
});

test("a session made on server A works on server B", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO_USERS.roskildeCoordinator, undefined, "/profil");
  await expect(page.getByRole("heading", { level: 1, name: "Din profil" })).toBeVisible();
  // Cookies belong to the host, not the port: the same browser now asks server B.
  await page.goto(`${B}/profil`);
  await expect(page).toHaveURL(`${B}/profil`);
  await expect(page.getByRole("heading", { level: 1, name: "Din profil" })).toBeVisible();
  await context.close();
});

test("an offer archived through server A leaves server B's cached anonymous lookup within 2 s", async ({ browser }) => {
  const title = `Tobaksfri hverdag ${Date.now().toString(36)}`;
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE kind = 'MUNICIPALITY' AND code = '265'`);
  const roskilde = rows[0].id;
  const offerId = `e2e${Date.now().toString(36)}`;
  await db.query(
    `INSERT INTO "Offer" (id, "ownerId", title, summary, "riskFactors", formats, status, "standardsConfirmedAt", "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, 'Hjælp til et liv uden tobak.', '{SMOKING}', '{GROUP}', 'PUBLISHED', now(), now(), now())`,
    [offerId, roskilde, title],
  );
  await db.query(
    `INSERT INTO "OfferLocation" (id, "offerId", name, address, "postalCode", city, "municipalityId") VALUES ($1, $2, 'Sundhedscenter Roskilde', 'Køgevej 80', '4000', 'Roskilde', $3)`,
    [`${offerId}l`, offerId, roskilde],
  );

  const search = `/tilbud?q=${encodeURIComponent(title)}&kommune=265`;
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${B}${search}`);
  const again = await visitor.goto(`${B}${search}`);
  expect(again?.headers()["x-nextjs-cache"]).toBe("HIT"); // B serves it from its cache
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(1);

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, DEMO_USERS.roskildeCoordinator, undefined, `/mine-tilbud/${offerId}`);
  await coordinator.getByRole("button", { name: "Arkivér tilbuddet" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Tilbuddet er arkiveret." })).toBeVisible();
  const archivedAt = Date.now();

  // Poll server B (never A) until the offer is gone.
  let goneAfter = -1;
  while (Date.now() - archivedAt < 5_000) {
    await visitor.goto(`${B}${search}`);
    if ((await visitor.getByRole("link", { name: title }).count()) === 0) {
      goneAfter = Date.now() - archivedAt;
      break;
    }
    await visitor.waitForTimeout(100);
  }
  console.log(`the archived offer left server B's cached lookup after ${goneAfter} ms`);
  expect(goneAfter).toBeGreaterThanOrEqual(0);
  expect(goneAfter).toBeLessThan(2_000);
  await visitor.context().close();
  await coordinator.context().close();
});

test("a scheduled job runs once per slot with two workers", async () => {
  test.setTimeout(200_000);
  // email-dispatch is scheduled every minute; both workers (A's and the one started here) watch the
  // schedule. Two slots' worth of jobs: with a job per worker per slot there would be about twice as many.
  const since = new Date();
  type Row = { state: string; created_on: Date };
  let rows: Row[] = [];
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; ) {
    rows = (await db.query<Row>(`SELECT state, created_on FROM pgboss.job WHERE name = 'email-dispatch' AND created_on > $1 ORDER BY created_on`, [since])).rows;
    if (rows.filter((r) => r.state === "completed").length >= 2) break;
    await new Promise((r) => setTimeout(r, 2_000));
  }
  const minutes = Math.ceil((Date.now() - since.getTime()) / 60_000);
  console.log(`email-dispatch jobs in ${minutes} min with two workers: ${rows.length} (${rows.map((r) => r.state).join(", ")})`);
  expect(rows.filter((r) => r.state === "completed").length).toBeGreaterThanOrEqual(2);
  expect(rows.length).toBeLessThanOrEqual(minutes + 1);
});
