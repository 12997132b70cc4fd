/**
 * The national dataset the lookup benchmarks run on: a database migrated, seeded (the demo GP signs the
 * signed-in runs) and given the offers of scripts/generate-national-offers.ts (98 municipalities × 40
 * offers + the regions' specialised offers) unless they are already there.
 * Used by bench/offers-lookup.ts and bench/offers-lookup-sql.ts.
 */
import pg from "pg";
import { bin, ensureDatabase, log, runOn } from "./app-server";

export const GP_USER = "laege.roskilde@demo.dk";
const MIN_GENERATED = 3000;

export async function prepareNationalOffers(databaseUrl: string): Promise<void> {
  await ensureDatabase(databaseUrl);
  runOn(databaseUrl, bin("prisma"), ["migrate", "deploy"]);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const [{ generated, gp }] = (
    await client.query(`SELECT (SELECT count(*)::int FROM "Offer" WHERE id LIKE 'gen-%') AS generated, (SELECT count(*)::int FROM "User" WHERE email = $1) AS gp`, [GP_USER])
  ).rows as { generated: number; gp: number }[];
  await client.end();
  const name = new URL(databaseUrl).pathname.slice(1);
  if (gp === 0) {
    log(`database ${name}: seeding the demo data (the signed-in runs use ${GP_USER})`);
    runOn(databaseUrl, bin("tsx"), ["prisma/seed/index.ts"]);
  }
  if (generated >= MIN_GENERATED) {
    log(`database ${name}: ${generated} generated offers present, reused`);
    return;
  }
  log(`database ${name}: generating the national dataset`);
  runOn(databaseUrl, bin("tsx"), ["scripts/generate-national-offers.ts"]);
}

/** A municipality's ids by its code, as the app has them in memory (the lookup statement takes them). */
export async function municipalityIds(databaseUrl: string, code: string): Promise<{ id: string; regionId: string | null }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT id, "regionId" FROM "Organisation" WHERE kind = 'MUNICIPALITY' AND code = $1`, [code]);
    if (!rows[0]) throw new Error(`no municipality ${code}`);
    return rows[0] as { id: string; regionId: string | null };
  } finally {
    await client.end();
  }
}
