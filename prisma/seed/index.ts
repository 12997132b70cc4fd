/**
 * The seed: `tsx prisma/seed/index.ts [--if-empty]` with DATABASE_URL set.
 *
 * - Reference data always: the 5 regions and 98 municipalities (prisma/seed/data/municipalities.csv), the
 *   platform organisation and the requirement checklist 5.1–5.6.
 * - Demo data unless PORTAL_ENV=production: hospitals, GP clinics, demo users (password
 *   DEMO_PASSWORD), Region Sjælland's agreement 2015–2018, prevention offers, referrals in every
 *   state, and Region Syddanmark's forums with the 2019 initiative status (prisma/seed/data).
 * - `--if-empty`: does nothing when the Organisation table has rows (npm start calls this on every start).
 *
 * Idempotent: every row is upserted on its natural key or a deterministic id, all in one
 * transaction, so running it twice leaves the same rows (and a failure leaves nothing half-seeded).
 */
import { hash } from "@node-rs/argon2";
import { createPrismaClient } from "../../lib/db/create-client";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedAdverseEvents, seedTaskTransfers } from "./adverse-events";
import { seedAgreementSjaelland } from "./agreement-sjaelland";
import { AID_DEMO_COUNT, seedAidsSjaelland } from "./aids-sjaelland";
import { readInitiativeStatus2019 } from "./csv";
import { seedForumsSjaelland } from "./forums-sjaelland";
import { seedForumsSyddanmark } from "./forums-syddanmark";
import { seedInitiativesSyddanmark } from "./initiatives-syddanmark";
import { seedOffers } from "./offers";
import { seedOrganisations } from "./organisations";
import { seedReferrals } from "./referrals";
import { seedRequirements } from "./requirements";
import { DEMO_PASSWORD, seedUsers } from "./users";
import { startOfUtcDay } from "./util";

export interface SeedOptions {
  /** Demo users and demo content; never in production. */
  demo: boolean;
  /** The day relative dates (offer confirmations, referrals, the next meeting) count from; default today. */
  today?: Date;
  log?: (message: string) => void;
}

export async function seed(client: PrismaClient, options: SeedOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  const today = startOfUtcDay(options.today ?? new Date());
  // Hash once, outside the transaction (argon2 is deliberately slow), and reuse for every demo user.
  const passwordHash = options.demo ? await hash(DEMO_PASSWORD) : null;
  // Read the reference files before opening the transaction, so a missing file fails fast.
  const initiativeRows = options.demo ? readInitiativeStatus2019() : [];

  await client.$transaction(
    async (tx) => {
      const orgs = await seedOrganisations(tx, { demo: options.demo });
      const requirementItems = await seedRequirements(tx);
      log(`reference data: ${orgs.regions.size} regions, ${orgs.municipalities.size} municipalities, requirements 5.1–5.6`);
      if (!options.demo || !passwordHash) return;

      const users = await seedUsers(tx, orgs, passwordHash);
      const sjaellandForums = await seedForumsSjaelland(tx, orgs, users);
      await seedAgreementSjaelland(tx, orgs, users, sjaellandForums, requirementItems);
      await seedAidsSjaelland(tx, orgs, users, sjaellandForums, today);
      log(`demo data: Region Sjælland's aids council and ${AID_DEMO_COUNT} aids (demo catalogue)`);
      log(`demo data: ${orgs.hospitals.size} hospitals, ${orgs.clinics.size} clinics, ${Object.keys(users).length} users, Region Sjælland's agreement 2015–2018`);

      const offers = await seedOffers(tx, orgs, today);
      await seedReferrals(tx, orgs, users, offers, today);
      log(`demo data: ${offers.size} offers, referrals in every state`);
      log(`demo data: ${await seedAdverseEvents(tx, orgs, users, today)} adverse events across sectors (issue 14)`);
      log(`demo data: ${await seedTaskTransfers(tx, orgs, users, today)} task transfers (issue 14)`);

      const csvGroups = [...new Set(initiativeRows.map((row) => row.group))];
      const syddanmark = await seedForumsSyddanmark(tx, orgs, users, csvGroups, today);
      await seedInitiativesSyddanmark(tx, syddanmark, users, initiativeRows);
      log(`demo data: Region Syddanmark's forums, ${syddanmark.groups.length} follow-up groups and ${initiativeRows.length} initiatives from the 2019 status tables`);
    },
    { maxWait: 30_000, timeout: 180_000 },
  );
}

async function main(): Promise<void> {
  const started = Date.now();
  const client = createPrismaClient();
  try {
    if (process.argv.includes("--if-empty") && (await client.organisation.count()) > 0) {
      console.log("seed: database already seeded");
      return;
    }
    const demo = process.env.PORTAL_ENV !== "production";
    console.log(`seed: ${demo ? "reference and demo data" : "reference data only (PORTAL_ENV=production)"}`);
    await seed(client, { demo, log: (message) => console.log(`seed: ${message}`) });
    console.log(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.$disconnect();
  }
}

/** Run only as a script (`tsx prisma/seed/index.ts`), not when a test imports `seed`. */
function isMainModule(): boolean {
  const entry = process.argv[1]?.replace(/\\/g, "/") ?? "";
  return /(^|\/)prisma\/seed\/index\.(ts|js|mjs|cjs)$/.test(entry) || /(^|\/)seed\/index\.(ts|js)$/.test(entry);
}

if (isMainModule()) {
  main().catch((error) => {
    console.error("seed: failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
