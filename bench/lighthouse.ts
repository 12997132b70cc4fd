/**
 * Lighthouse 12 (mobile profile: Moto G Power, slow 4G, 4× CPU slowdown — the defaults) on the public
 * pages, in Debian's Chromium. Prints each page's four category scores (performance, accessibility,
 * best practices, SEO) and the audits that cost accessibility or best-practice points.
 *
 *   npm start            # or any running build of the portal
 *   npx tsx bench/lighthouse.ts [baseUrl] [path ...]
 *     default http://localhost:3000, / /tilbud?q=rygestop /tilbud/seed-offer-roskilde-rygestop-gruppe /logind
 *
 * Run it under `flock /tmp/e2e.lock` on a shared machine: performance is a timing, and other builds
 * or browsers on the same two cores change it (accessibility and best practices do not depend on it).
 */
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const DEFAULT_PATHS = ["/", "/tilbud?q=rygestop", "/tilbud/seed-offer-roskilde-rygestop-gruppe", "/logind"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function main() {
  const [baseUrl = "http://localhost:3000", ...paths] = process.argv.slice(2);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    let header = false;
    for (const path of paths.length ? paths : DEFAULT_PATHS) {
      const result = await lighthouse(new URL(path, baseUrl).toString(), { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`no result for ${path}`);
      const { categories, audits, lighthouseVersion } = result.lhr;
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
  } finally {
    chrome.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
