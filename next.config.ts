import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // N app servers on one PostgreSQL: cached pages in each server's memory, invalidations shared through
  // PostgreSQL LISTEN/NOTIFY (lib/cache/pg-cache-handler.mjs, docs/decisions/024-shared-cache-invalidation.md).
  cacheHandler: path.join(process.cwd(), "lib/cache/pg-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Native and WebAssembly database packages must stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  poweredByHeader: false,
  experimental: {
    // Every server action: at most 1 MB of body (the largest form, an agreement section of 100,000
    // characters, is well below). The status-table upload is not a server action: it posts to
    // app/api/initiativer/import/route.ts, whose own limit is 5 MB (IMPORT_MAX_BYTES + form overhead).
    serverActions: { bodySizeLimit: "1mb" },
    // The cached anonymous lookup (app/opslag) is one page per search, and searches are free text: keep
    // rendered pages in the bounded in-memory cache only (cacheMaxMemorySize, 50 MB by default), never
    // on disk, so no visitor can fill the disk with searches (docs/decisions/011-cached-anonymous-lookup.md).
    isrFlushToDisk: false,
  },
  typedRoutes: false,
  // Lint and typecheck run as their own steps of `npm test`; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
