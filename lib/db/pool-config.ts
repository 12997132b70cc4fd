import type { PoolConfig } from "pg";

/**
 * Turns a postgresql:// URL into discrete pg pool fields.
 *
 * Why not `{ connectionString }`: in `pg`, a connectionString wins over `database`, so a copy of the
 * config with another `database` (as the migrate adapter does for the shadow database) would still
 * point at the real database. Discrete fields make `{ ...config, database }` mean what it says.
 */
export function poolConfigFromUrl(databaseUrl: string, overrides: PoolConfig = {}): PoolConfig {
  const url = new URL(databaseUrl);
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`DATABASE_URL must be a postgresql:// URL, got ${url.protocol}`);
  }
  const sslmode = url.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(url.hostname) || "127.0.0.1",
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || "postgres",
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    ...overrides,
  };
}

/** The embedded server (PGlite) answers one connection at a time; a real server gets a real pool. */
export function isEmbeddedDatabase(): boolean {
  return process.env.EMBEDDED_DATABASE === "1";
}
