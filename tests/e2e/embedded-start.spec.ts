/**
 * `npm start` with no DATABASE_URL: the real start script brings the portal up on the embedded
 * PostgreSQL (PGlite) — migrations, demo seed, serve — and every demo user can sign in.
 * It uses a fresh data folder and its own port; the build is the one Playwright's web server made.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "./support/auth";

const PORT = 3190;
const BASE = `http://localhost:${PORT}`;

test.describe.configure({ timeout: 240_000 });

let server: ChildProcess | undefined;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-e2e-"));
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_DATA_DIR: dataDir, PORT: String(PORT) };
  delete env.DATABASE_URL; // the point of the test: the embedded default
  delete env.E2E_DATABASE_URL;
  server = spawn("node_modules/.bin/tsx", ["scripts/start.ts", "--port", String(PORT)], { env, stdio: "pipe", detached: true });
  let output = "";
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  for (;;) {
    const health = await fetch(`${BASE}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`embedded start failed:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(output).toContain("embedded PostgreSQL (PGlite)");
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM"); // the start script and its next server
  await new Promise((resolve) => setTimeout(resolve, 1000));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("npm start on the embedded database: healthy, and every demo user signs in", async ({ browser }) => {
  const health = await fetch(`${BASE}/api/health`);
  expect(await health.json()).toEqual({ status: "ok", database: "ok" });

  for (const email of Object.values(DEMO_USERS)) {
    const context = await browser.newContext({ baseURL: BASE });
    const page = await context.newPage();
    await page.goto("/logind");
    await page.getByLabel("E-mailadresse").fill(email);
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
    await context.close();
  }
});
