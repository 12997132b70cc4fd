/**
 * The national referral dataset (issue 5): a migrated, seeded database with
 * scripts/generate-national-referrals.ts's 250,000 referrals (and their events), generated once and
 * reused after. Used by bench/referrals-lists.ts and bench/load.ts.
 */
import pg from "pg";
import { bin, ensureDatabase, log, runOn } from "./app-server";

export const NATIONAL_REFERRALS = 250_000;

export async function prepareNationalReferrals(databaseUrl: string, referrals = NATIONAL_REFERRALS): Promise<void> {
  await ensureDatabase(databaseUrl);
  let count = 0;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    count = Number((await client.query(`SELECT count(*) FROM "Referral" WHERE id LIKE 'nat-%'`)).rows[0].count);
  } catch {
    count = 0; // not migrated yet
  }
  await client.end();
  const name = new URL(databaseUrl).pathname.slice(1);
  if (count >= referrals) {
    log(`database ${name}: ${count} generated referrals present, reused`);
    return;
  }
  log(`database ${name}: migrating, seeding and generating ${referrals} referrals`);
  runOn(databaseUrl, bin("prisma"), ["migrate", "deploy"]);
  runOn(databaseUrl, bin("tsx"), ["prisma/seed/index.ts", "--if-empty"]);
  runOn(databaseUrl, bin("tsx"), ["scripts/generate-national-referrals.ts", "--count", String(referrals), ...(count > 0 ? ["--reset"] : [])]);
}
