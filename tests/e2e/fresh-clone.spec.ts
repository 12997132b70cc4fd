/**
 * A new user's first minutes (issue 11): the repository cloned into an empty folder — nothing beside
 * it, no folder of reference material next to it — then exactly the README's Quick start, `npm install && npm start`, with no
 * DATABASE_URL. The start script brings the portal up on the embedded PostgreSQL (PGlite): migrations,
 * the seed with its reference data from inside the clone, a build, the server. Every demo user signs in,
 * and the 2019 initiative decisions the seed reads from the repository's own data are there.
 *
 * The clone is of this checkout's HEAD with its uncommitted changes laid over it, so a developer's
 * `npm test` tries what they are about to commit; CI runs on a clean clone, where the two are the same.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "./support/auth";

const PORT = 3190;
const BASE = `http://localhost:${PORT}`;

test.describe.configure({ timeout: 900_000 });

let server: ChildProcess | undefined;
let folder: string;
let clone: string;
let output = "";

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8" });
}

/** `git clone` of the checkout, then its uncommitted changes (modified, new, deleted files) on top. */
function cloneWithWorkingTree(source: string, target: string): void {
  execFileSync("git", ["clone", "--quiet", source, target]);
  const lines = (args: string[]) => git(args, source).split("\n").filter(Boolean);
  const deleted = new Set(lines(["ls-files", "--deleted"]));
  for (const file of lines(["ls-files", "--modified", "--others", "--exclude-standard"])) {
    if (deleted.has(file)) continue;
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(path.join(source, file), path.join(target, file));
  }
  for (const file of deleted) fs.rmSync(path.join(target, file), { force: true });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: clone, env, stdio: "pipe" });
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`))));
  });
}

test.beforeAll(async () => {
  test.setTimeout(900_000); // npm install, migrations on PGlite, the seed and a whole build
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "sundhed-clone-"));
  clone = path.join(folder, "sundhedsaftaleportalen");
  cloneWithWorkingTree(git(["rev-parse", "--show-toplevel"], process.cwd()).trim(), clone);
  expect(fs.readdirSync(folder)).toEqual(["sundhedsaftaleportalen"]); // nothing beside the clone

  // A user's shell: none of the test harness's database settings.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT) };
  for (const name of ["DATABASE_URL", "E2E_DATABASE_URL", "EMBEDDED_DATA_DIR", "AUTH_SECRET", "NODE_ENV"]) delete env[name];

  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], env);
  server = spawn("npm", ["start", "--", "--port", String(PORT)], { cwd: clone, env, stdio: "pipe", detached: true });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 600_000;
  for (;;) {
    const health = await fetch(`${BASE}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`npm start in the clone failed:\n${output.slice(-6000)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  expect(output).toContain("embedded PostgreSQL (PGlite)");
});

test.afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM"); // npm, the start script and its next server
    } catch {
      // already gone
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

test("a clone with nothing beside it: npm install && npm start serves the demo, every demo user signs in", async ({ browser }) => {
  const health = await fetch(`${BASE}/api/health`);
  expect(health.status).toBe(200);
  expect((await health.json()).database).toBe("ok");

  for (const email of Object.values(DEMO_USERS)) {
    const context = await browser.newContext({ baseURL: BASE });
    const page = await context.newPage();
    await page.goto("/logind");
    await page.getByLabel("E-mailadresse").fill(email);
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
    if (email === DEMO_USERS.chair) {
      // Seeded from prisma/seed/data/initiatives-status-2019.csv inside the clone.
      await page.goto("/initiativer");
      await expect(page.getByText("Videreudvikling af SAM:BO ift. socialpsykiatri").first()).toBeVisible();
    }
    await context.close();
  }
});
