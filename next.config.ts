import type { NextConfig } from "next";
import { HSTS, securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
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
  // Security headers on every response, HSTS only over HTTPS (lib/http/security-headers.ts, decision 026).
  // Public pages read the language cookie, so Next renders them per request and sends them `no-store`,
  // which keeps them out of the browser's back/forward cache (the back button refetches). For a
  // visitor without a session they hold nothing personal: `private, no-cache` lets the browser keep
  // them (never a shared cache, and revalidated on an ordinary visit). Signed-in requests keep
  // Next's `no-store`. The anonymous lookup `/tilbud` is not listed: it is the cached page of
  // app/opslag with its own header (decision 011).
  async headers() {
    const options = { development: process.env.NODE_ENV === "development", ssoIssuer: process.env.AUTH_OIDC_ISSUER };
    const signedOut = [
      { type: "cookie" as const, key: "authjs.session-token" },
      { type: "cookie" as const, key: "__Secure-authjs.session-token" },
    ];
    const revalidatedPrivately = [{ key: "Cache-Control", value: "private, no-cache" }];
    return [
      { source: "/:path*", headers: securityHeaders(options) },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
      ...["/", "/aftaler", "/aftaler/:path*", "/tilbud/:path+", "/logind"].map((source) => ({
        source,
        missing: signedOut,
        headers: revalidatedPrivately,
      })),
    ];
  },
  // Lint and typecheck run as their own steps of `npm test`; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
