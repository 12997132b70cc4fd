/**
 * A content hash of everything `next build` reads, so `npm start` rebuilds exactly when the build is
 * missing or stale (a checkout, a pull, an edit) and skips the build otherwise.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const BUILD_HASH_FILE = path.join(".next", "source-hash");

const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

export function sourceHash(root = process.cwd()): string {
  const hash = crypto.createHash("sha256");
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    if (!fs.existsSync(absolute)) return;
    const stat = fs.statSync(absolute);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(absolute).sort()) visit(path.join(relative, entry));
    } else {
      hash.update(relative);
      hash.update(fs.readFileSync(absolute));
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}
