/**
 * First-load JavaScript of a page: the scripts its HTML references, fetched and summed, raw and
 * gzipped (what a browser downloads on a cold cache). Next 16's Turbopack build no longer prints
 * "First Load JS", so we measure what is actually served.
 *
 *   npx tsx bench/first-load-js.ts [baseUrl] [path ...]   (default http://localhost:3000 /logind)
 */
import { gzipSync } from "node:zlib";

async function firstLoadJs(baseUrl: string, path: string) {
  const html = await (await fetch(new URL(path, baseUrl))).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, "&"));
  let raw = 0;
  let gzip = 0;
  for (const source of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`${path}: ${sources.length} scripts, ${kB(raw)} raw, ${kB(gzip)} gzipped`);
}

async function main() {
  const [baseUrl = "http://localhost:3000", ...paths] = process.argv.slice(2);
  for (const path of paths.length ? paths : ["/logind"]) await firstLoadJs(baseUrl, path);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
