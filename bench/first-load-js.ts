/**
 * First-load JavaScript of a page: the scripts its HTML references, fetched and summed, raw and
 * gzipped (what a browser downloads on a cold cache). Next 16's Turbopack build no longer prints
 * "First Load JS", so we measure what is actually served.
 *
 *   npx tsx bench/first-load-js.ts [baseUrl] [path ...]   (default http://localhost:3000 /logind /tilbud)
 *
 * Counted: the scripts a browser of today runs. A `<script nomodule>` (Next's legacy polyfills, ~40 kB
 * gzipped) is fetched only by browsers without ES modules, so it is printed apart and not counted
 * (before issue 12 it was). The floor, measured in the same run: an unmatched URL — the root 404,
 * which has no client component of ours — i.e. React DOM and Next's runtime, which every page ships.
 * Target (issue 12): ≤ 120 kB gzipped per page; exit code 1 when a page misses it.
 */
import { gzipSync } from "node:zlib";

const TARGET_KB = 120;
const FLOOR_PATH = "/findes-ikke-first-load-js";

type Load = { scripts: number; raw: number; gzip: number; legacyGzip: number; sources: Set<string> };

async function firstLoadJs(baseUrl: string, path: string): Promise<Load> {
  const html = await (await fetch(new URL(path, baseUrl))).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  const size = async (source: string) => {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    return { raw: body.length, gzip: gzipSync(body).length };
  };
  const modern = new Set<string>();
  const legacy = new Set<string>();
  for (const [tag, src] of tags) (/\snomodule/i.test(tag) ? legacy : modern).add(src.replace(/&amp;/g, "&"));
  const load: Load = { scripts: modern.size, raw: 0, gzip: 0, legacyGzip: 0, sources: modern };
  for (const source of modern) {
    const { raw, gzip } = await size(source);
    load.raw += raw;
    load.gzip += gzip;
  }
  for (const source of legacy) load.legacyGzip += (await size(source)).gzip;
  return load;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main() {
  const [baseUrl = "http://localhost:3000", ...paths] = process.argv.slice(2);
  const floor = await firstLoadJs(baseUrl, FLOOR_PATH);
  console.log(`floor (${FLOOR_PATH}, the root 404: React DOM + Next's runtime): ${floor.scripts} scripts, ${kB(floor.raw)} raw, ${kB(floor.gzip)} gzipped`);
  let missed = false;
  for (const path of paths.length ? paths : ["/logind", "/tilbud"]) {
    const load = await firstLoadJs(baseUrl, path);
    const own = [...load.sources].filter((source) => !floor.sources.has(source)).length;
    const ok = load.gzip <= TARGET_KB * 1024;
    missed ||= !ok;
    console.log(
      `${path}: ${load.scripts} scripts (${own} beyond the floor's), ${kB(load.raw)} raw, ${kB(load.gzip)} gzipped — ${kB(load.gzip - floor.gzip)} above the floor; ` +
        `target ≤ ${TARGET_KB} kB ${ok ? "met" : "MISSED"} (not counted: ${kB(load.legacyGzip)} gzipped of nomodule polyfills)`,
    );
  }
  process.exitCode = missed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
