/**
 * The security project's own connection to the database the built app serves (the e2e database:
 * playwright.config.ts), for snapshots before and after each attack.
 */
import pg from "pg";
import { siblingDatabaseUrl } from "../../support/database-url";

export function securityDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL ?? (process.env.DATABASE_URL ? siblingDatabaseUrl(process.env.DATABASE_URL, "e2e").url : undefined);
  if (!url) throw new Error("The security tests need DATABASE_URL (they read the e2e database the app serves).");
  return url;
}

export async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: securityDatabaseUrl() });
  await client.connect();
  return client;
}

/**
 * The counts an attack must leave alone: the audit trail written by somebody, and the referral access
 * log. Audit rows of the scheduled jobs (no actor: an overdue mark, an agreement expiring on its date)
 * are not counted — the job worker of the server under test may write one at any moment, and no
 * request can write one (every action records its actor).
 */
export async function trailCounts(db: pg.Client): Promise<{ audit: number; accessLog: number }> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM "AuditEvent" WHERE "actorUserId" IS NOT NULL)::int AS audit, (SELECT count(*) FROM "ReferralAccessLog")::int AS "accessLog"`,
  );
  return rows[0];
}

/** A hash of one row (every column), or null when it is gone. */
export async function rowHash(db: pg.Client, table: string, id: string): Promise<string | null> {
  const { rows } = await db.query(`SELECT md5(t::text) AS h FROM "${table}" t WHERE t.id = $1`, [id]);
  return rows[0]?.h ?? null;
}

/**
 * A snapshot of whole tables that any write changes: the row count (an insert or a delete) and the
 * newest row version's transaction id (an insert or an update gives the row a new xmin).
 */
export async function tablesSnapshot(db: pg.Client, tables: readonly string[]): Promise<string> {
  if (tables.length === 0) return "";
  const sql = tables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n, coalesce(max(xmin::text::bigint), 0)::text AS x FROM "${t}"`).join(" UNION ALL ");
  const { rows } = await db.query(sql);
  return rows.map((r) => `${r.t}:${r.n}:${r.x}`).join("|");
}
