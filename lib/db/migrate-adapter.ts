/**
 * The driver adapter Prisma's CLI uses for `migrate deploy | dev | diff | status | reset`.
 *
 * Prisma 6.19's JavaScript schema engine talks to PostgreSQL through @prisma/adapter-pg. That adapter
 * (6.19.3, and still in 7.10) has three defects on the migrate path; each workaround below is marked
 * with its number. The runtime client (lib/db/client.ts) does not need them and does not use this file.
 *
 *  1. Introspection reads catalog columns of type `name` (OID 19) and `"char"` (OID 18), which the
 *     adapter cannot map ("Column type 'name' could not be deserialized"). Both are text on the wire,
 *     so we report them as `text` (OID 25) before the adapter reads the field types.
 *  2. Its shadow-database pool copies a config holding `connectionString`, which in `pg` wins over
 *     `database`, so the "shadow" is the real database (P3006 "type already exists"). We build every
 *     pool from discrete host/port/user/database fields (lib/db/pool-config.ts).
 *  3. It drops the shadow database while the shadow pool is still connected ("being accessed by other
 *     users"). We close the shadow pool first, then drop.
 *  4. Its `executeScript` splits a migration on every ";", which cuts a dollar-quoted function body
 *     (our append-only triggers) in pieces. We send the script whole: PostgreSQL's simple-query
 *     protocol runs several statements in one message.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { poolConfigFromUrl } from "./pool-config";

const PG_TYPE_CHAR = 18;
const PG_TYPE_NAME = 19;
const PG_TYPE_TEXT = 25;

type PgField = { dataTypeID: number };
type Queryable = {
  underlyingDriver: () => { query: (sql: string) => Promise<unknown> };
  onError: (error: unknown) => never;
  performIO: (query: unknown) => Promise<{ fields: PgField[] }>;
  startTransaction?: (isolationLevel?: string) => Promise<Queryable>;
  executeScript: (script: string) => Promise<void>;
  dispose: () => Promise<void>;
};

// Workaround 4: one simple-protocol query for the whole script.
function executeScriptsWhole<T>(adapter: T): T {
  const queryable = adapter as unknown as Queryable;
  queryable.executeScript = async (script) => {
    try {
      await queryable.underlyingDriver().query(script);
    } catch (error) {
      queryable.onError(error);
    }
  };
  return adapter;
}

// Workaround 1: patch one adapter (and every transaction it opens), never the global pg module.
function reportCatalogTypesAsText<T>(adapter: T): T {
  const queryable = adapter as unknown as Queryable;
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === PG_TYPE_NAME || field.dataTypeID === PG_TYPE_CHAR) field.dataTypeID = PG_TYPE_TEXT;
    }
    return result;
  };
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (isolationLevel) => reportCatalogTypesAsText(await startTransaction(isolationLevel));
  }
  return adapter;
}

const MISSING_URL =
  "DATABASE_URL is not set. Use `npm start` (it starts the embedded database and sets it), " +
  "or point DATABASE_URL at a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/sundhed";

class MigrateAdapterFactory extends PrismaPg {
  // The factory is created even without DATABASE_URL (`prisma generate` builds it); only connecting fails.
  constructor(private readonly databaseUrl: string | undefined) {
    // Workaround 2: discrete fields, no connectionString.
    // allowExitOnIdle: the CLI process exits as soon as the engine is done instead of idling 10 s.
    super(databaseUrl ? poolConfigFromUrl(databaseUrl, { max: 1, allowExitOnIdle: true }) : {});
  }

  private requireUrl(): string {
    if (!this.databaseUrl) throw new Error(MISSING_URL);
    return this.databaseUrl;
  }

  override async connect() {
    this.requireUrl();
    return executeScriptsWhole(reportCatalogTypesAsText(await super.connect()));
  }

  override async connectToShadowDb() {
    const url = this.requireUrl();
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = (await new PrismaPg(poolConfigFromUrl(url, { database, max: 1, allowExitOnIdle: true })).connect()) as unknown as Queryable;
    executeScriptsWhole(reportCatalogTypesAsText(shadow));
    const disposeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      // Workaround 3: close the shadow pool before dropping its database.
      await disposeShadowPool();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow as unknown as Awaited<ReturnType<PrismaPg["connectToShadowDb"]>>;
  }
}

export function createMigrateAdapterFactory(databaseUrl: string | undefined) {
  return new MigrateAdapterFactory(databaseUrl);
}
