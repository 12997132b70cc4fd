/** Derives a sibling database URL (same server, another database name) from DATABASE_URL. */
export function siblingDatabaseUrl(baseUrl: string, suffix: string): { url: string; name: string } {
  const url = new URL(baseUrl);
  const base = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  const name = `${base}_${suffix}`.replace(/[^a-zA-Z0-9_]/g, "_");
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}
