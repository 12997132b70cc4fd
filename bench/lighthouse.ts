/**
 * Lighthouse 12 (mobile profile: emulated Moto G Power, slow 4G, 4× CPU slowdown — the defaults) on
 * the public pages, in Debian's Chromium. Prints each page's four category scores (performance,
 * accessibility, best practices, SEO) and the audits that cost accessibility or best-practice points.
 *
 *   npm start            # or any running build of the portal
 *   npx tsx bench/lighthouse.ts [baseUrl] [path ...]
 *     default http://localhost:3000, / /tilbud?q=rygestop /tilbud/seed-offer-roskilde-rygestop-gruppe /logind
 *
 * Lighthouse runs as its own CLI in plain Node: under tsx its in-page functions carry esbuild's
 * `__name` helper, which does not exist in the page ("__name is not defined").
 * Run it under `flock /tmp/e2e.lock` on a shared machine: performance is a timing, and other builds
 * or browsers on the same two cores change it (accessibility and best practices do not depend on it).
 */
import { execFileSync } from "node:child_process";

const DEFAULT_PATHS = ["/", "/tilbud?q=rygestop", "/tilbud/seed-offer-roskilde-rygestop-gruppe", "/logind"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Report = {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string }>;
};

function run(url: string): Report {
  const output = execFileSync(
    "node_modules/.bin/lighthouse",
    [url, "--output=json", "--quiet", `--only-categories=${CATEGORIES.join(",")}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
  );
  return JSON.parse(output) as Report;
}

function main() {
  const [baseUrl = "http://localhost:3000", ...paths] = process.argv.slice(2);
  let header = false;
  for (const path of paths.length ? paths : DEFAULT_PATHS) {
    const { categories, audits, lighthouseVersion } = run(new URL(path, baseUrl).toString());
    if (!header) {
      console.log(`Lighthouse ${lighthouseVersion}, mobile profile, ${baseUrl}, ${new Date().toISOString()}`);
      console.log(["page".padEnd(48), ...CATEGORIES.map((c) => c.padStart(15))].join(""));
      header = true;
    }
    const score = (id: string) => (categories[id]?.score == null ? "–" : String(Math.round(categories[id].score! * 100)));
    console.log([path.padEnd(48), ...CATEGORIES.map((c) => score(c).padStart(15))].join(""));
    // What cost points where the portal can act: failing accessibility and best-practice audits.
    for (const id of ["accessibility", "best-practices"]) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${id}: ${ref.id} — ${audit.title}`);
      }
    }
  }
}

main();
