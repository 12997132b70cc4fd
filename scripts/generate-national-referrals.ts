/**
 * A national referral dataset for benchmarks: 250,000 referrals (default) over three years across
 * all 98 municipalities, with their events and exact working-day deadlines.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helper_referrals_bench \
 *     npx tsx scripts/generate-national-referrals.ts [--count 250000] [--reset]
 *
 * Expects a migrated database with the organisations seeded (prisma/seed: 5 regions, 98
 * municipalities, the demo users). It adds what a national picture needs and the demo data lacks:
 * - ~1,800 general-practice clinics (about one per 3,300 inhabitants), each with one clinician;
 * - five published offers for every municipality without any (the seed has Sjælland's only);
 * - the referrals, bulk-inserted in SQL (`INSERT … SELECT … FROM generate_series`, in batches), so
 *   250,000 rows take seconds, not the minutes row-by-row inserts would;
 * - one event per step each referral went through (about 900,000 events).
 *
 * Distribution (documented so the benchmark's numbers can be read):
 * - sent uniformly over the last 3 years; status by age (recent ones open, old ones mostly closed,
 *   a few stuck — overdue);
 * - the benchmark's municipality, Roskilde (265), receives 10 % of all referrals (25,000: the share
 *   of København, the largest municipality) so its inbox is measured at the national maximum; the
 *   rest are spread evenly;
 * - the benchmark's GP, laege.roskilde@demo.dk, sends 2,500 of them (a large clinic over 3 years);
 * - 25 % are clarifying conversations, the rest go to one of the receiving municipality's offers.
 * Deadlines are exact: a table of Danish working days (lib/calendar) turns "3 working days after
 * the Danish day of sending" into a date in SQL. Generated rows have ids starting with "nat-", and
 * references H-<year>-1NNNNN (above anything the demo or the app numbers by then).
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { addDays, isWorkingDay } from "../lib/calendar";

const TOTAL = Number(argValue("--count") ?? 250_000);
const RESET = process.argv.includes("--reset");
const BATCH = 50_000;
const BENCH_MUNICIPALITY_CODE = "265"; // Roskilde
const BENCH_MUNICIPALITY_SHARE = 0.1;
const BENCH_GP_EMAIL = "laege.roskilde@demo.dk";
const BENCH_GP_REFERRALS = 2_500;
const CLINICS = 1_800;
const YEARS = 3;

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const startedAt = Date.now();
const log = (message: string) => console.log(`[generate ${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the benchmark database.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  // Timestamps are stored as UTC wall-clock times (timestamp without time zone), as Prisma does.
  await q(`SET TIME ZONE 'UTC'`);

  const existing = Number((await q(`SELECT count(*) FROM "Referral" WHERE id LIKE 'nat-%'`)).rows[0].count);
  if (existing > 0 && !RESET) {
    log(`${existing} generated referrals already present — nothing to do (use --reset to regenerate)`);
    await client.end();
    return;
  }
  if (existing > 0) {
    // The access log is append-only (a trigger refuses DELETE), so a reset truncates the generated
    // referrals' dependants by hand and keeps the rest.
    log("removing the previous generated dataset");
    await q(`ALTER TABLE "ReferralAccessLog" DISABLE TRIGGER USER`);
    await q(`DELETE FROM "ReferralAccessLog" WHERE "referralId" LIKE 'nat-%'`);
    await q(`ALTER TABLE "ReferralAccessLog" ENABLE TRIGGER USER`);
    await q(`DELETE FROM "Referral" WHERE id LIKE 'nat-%'`);
  }

  // ── Organisations ──
  const municipalities = (await q(`SELECT id, code, "regionId" FROM "Organisation" WHERE kind = 'MUNICIPALITY' ORDER BY code`)).rows as { id: string; code: string; regionId: string }[];
  if (municipalities.length < 98) {
    const csv = path.resolve("..", "shared", "data", "municipalities.csv");
    throw new Error(`Expected the 98 municipalities (run the seed first; ${fs.existsSync(csv) ? "" : "and "}see ${csv}); found ${municipalities.length}.`);
  }
  const bench = municipalities.find((m) => m.code === BENCH_MUNICIPALITY_CODE);
  if (!bench) throw new Error("Roskilde (265) is missing.");
  const gp = (await q(`SELECT u.id AS "userId", m."organisationId" FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE u.email = $1 AND m.role = 'CLINICIAN' LIMIT 1`, [BENCH_GP_EMAIL])).rows[0] as
    | { userId: string; organisationId: string }
    | undefined;
  if (!gp) throw new Error(`${BENCH_GP_EMAIL} (the seed's demo GP) is missing.`);

  log(`clinics: ${CLINICS} national GP clinics with one clinician each`);
  await q(`
    INSERT INTO "Organisation" (id, kind, name, code, "providerNumber", "regionId", "municipalityId", "updatedAt")
    SELECT 'nat-clinic-' || g, 'GP_CLINIC', 'Lægepraksis ' || g, 'NAT' || g, lpad((100000 + g)::text, 6, '0'), m."regionId", m.id, now()
      FROM generate_series(1, $1::int) g
      JOIN (SELECT id, "regionId", row_number() OVER (ORDER BY code) - 1 AS i FROM "Organisation" WHERE kind = 'MUNICIPALITY') m ON m.i = (g % 98)
    ON CONFLICT DO NOTHING`, [CLINICS]);
  await q(`
    INSERT INTO "User" (id, email, name, "updatedAt")
    SELECT 'nat-gp-' || g, 'nat-gp-' || g || '@bench.invalid', 'Læge ' || g, now() FROM generate_series(1, $1::int) g
    ON CONFLICT DO NOTHING`, [CLINICS]);
  await q(`
    INSERT INTO "Membership" (id, "userId", "organisationId", role)
    SELECT 'nat-membership-' || g, 'nat-gp-' || g, 'nat-clinic-' || g, 'CLINICIAN' FROM generate_series(1, $1::int) g
    ON CONFLICT DO NOTHING`, [CLINICS]);

  log("offers: five published offers for every municipality without one");
  await q(`
    INSERT INTO "Offer" (id, "ownerId", title, summary, "riskFactors", status, capacity, "durationWeeks", "publishedAt", "standardsConfirmedAt", "updatedAt")
    SELECT 'nat-offer-' || m.code || '-' || k, m.id, t.title || ' (' || m.name || ')', t.title, t.risk::"RiskFactor"[], 'PUBLISHED', 'OPEN', 8, now(), now(), now()
      FROM "Organisation" m
      CROSS JOIN (VALUES (1, 'Rygestop på hold', '{SMOKING}'), (2, 'Motion på recept', '{EXERCISE}'), (3, 'Kost og vægt', '{DIET,OVERWEIGHT}'),
                         (4, 'Alkoholsamtaler', '{ALCOHOL}'), (5, 'Stress og trivsel', '{MENTAL_HEALTH}')) AS t(k, title, risk)
     WHERE m.kind = 'MUNICIPALITY'
       AND NOT EXISTS (SELECT 1 FROM "Offer" o WHERE o."ownerId" = m.id AND o.status = 'PUBLISHED')
    ON CONFLICT DO NOTHING`);

  // ── Helper tables (temporary) ──
  log("working-day calendar table");
  const today = new Date().toISOString().slice(0, 10);
  const first = addDays(today, -(YEARS * 366 + 10));
  const last = addDays(today, 120);
  const days: string[] = [];
  const ordinals: number[] = [];
  let n = 0;
  for (let d = first; d <= last; d = addDays(d, 1)) {
    if (isWorkingDay(d)) n += 1;
    days.push(d);
    ordinals.push(n);
  }
  await q(`CREATE TEMP TABLE wd (d date PRIMARY KEY, n int NOT NULL, working boolean NOT NULL)`);
  await q(`INSERT INTO wd SELECT d::date, n, w FROM unnest($1::text[], $2::int[], $3::boolean[]) AS t(d, n, w)`, [days, ordinals, days.map((d) => isWorkingDay(d))]);
  // The date of the N-th working day: the first day with that ordinal that is a working day.
  await q(`CREATE TEMP TABLE wd_nth AS SELECT n, min(d) AS d FROM wd WHERE working GROUP BY n`);
  await q(`CREATE UNIQUE INDEX ON wd_nth (n)`);
  // due(t, n): the end (23:59:59.999 Danish time, as UTC) of the n-th working day after t's Danish day.
  await q(`CREATE FUNCTION pg_temp.due(ts timestamp, wdays int) RETURNS timestamp LANGUAGE sql STABLE AS $$
    SELECT ((SELECT x.d FROM wd_nth x WHERE x.n = w.n + wdays) + time '23:59:59.999') AT TIME ZONE 'Europe/Copenhagen' AT TIME ZONE 'UTC'
      FROM wd w WHERE w.d = (ts AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Copenhagen')::date $$`);

  await q(`CREATE TEMP TABLE mun AS SELECT id, row_number() OVER (ORDER BY code) AS i FROM "Organisation" WHERE kind = 'MUNICIPALITY' AND code <> $1`, [BENCH_MUNICIPALITY_CODE]);
  await q(`CREATE UNIQUE INDEX ON mun (i)`);
  await q(`CREATE TEMP TABLE mun_offer AS SELECT "ownerId" AS owner, id, row_number() OVER (PARTITION BY "ownerId" ORDER BY id) AS k, count(*) OVER (PARTITION BY "ownerId") AS cnt
             FROM "Offer" WHERE status = 'PUBLISHED' AND capacity <> 'CLOSED'`);
  await q(`CREATE INDEX ON mun_offer (owner, k)`);
  const others = municipalities.length - 1;

  // ── Referrals ──
  const names = {
    first: ["Anne", "Mette", "Hanne", "Susanne", "Lene", "Marianne", "Camilla", "Louise", "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Morten", "Ida", "Emma", "Mads", "Frederik", "Sofie", "Aya", "Ali", "Fatima"],
    last: ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Yilmaz"],
  };
  const reasons = [
    "Ryger dagligt og ønsker hjælp til rygestop.",
    "Overvægt og inaktivitet; ønsker hjælp til kost og motion.",
    "Type 2-diabetes, svingende blodsukker.",
    "KOL med nedsat gangdistance.",
    "Højt alkoholforbrug; ønsker en samtale om muligheder.",
    "Stress og søvnproblemer efter sygemelding.",
  ];

  for (let offset = 0; offset < TOTAL; offset += BATCH) {
    const size = Math.min(BATCH, TOTAL - offset);
    log(`referrals ${offset + 1}–${offset + size}`);
    await q("BEGIN");
    await q(
      `
      WITH base AS (
        SELECT g,
               (now() AT TIME ZONE 'UTC') - (random() * interval '${YEARS * 365} days') AS sent_at,
               random() AS r_status, random() AS r_kind, random() AS r_who, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
               (g <= $3::int) AS bench_gp
          FROM generate_series($1::int, $1::int + $2::int - 1) g
      ), placed AS (
        SELECT b.*,
               CASE WHEN b.bench_gp OR b.r_who < $4::float THEN $5::text
                    ELSE (SELECT id FROM mun WHERE mun.i = 1 + floor(b.r1 * $6::int)::int) END AS receiving,
               CASE WHEN b.bench_gp THEN $7::text ELSE 'nat-clinic-' || (1 + floor(b.r2 * $8::int)::int) END AS clinic,
               CASE WHEN b.bench_gp THEN $9::text ELSE NULL END AS gp_user,
               extract(epoch FROM (now() AT TIME ZONE 'UTC') - b.sent_at) / 86400 AS age
          FROM base b
      ), stated AS (
        SELECT p.*,
               CASE
                 WHEN age < 3 THEN CASE WHEN r_status < 0.75 THEN 'SENT' WHEN r_status < 0.97 THEN 'RECEIVED' ELSE 'CANCELLED' END
                 WHEN age < 14 THEN CASE WHEN r_status < 0.04 THEN 'SENT' WHEN r_status < 0.30 THEN 'RECEIVED' WHEN r_status < 0.72 THEN 'ACCEPTED'
                                         WHEN r_status < 0.87 THEN 'REJECTED' WHEN r_status < 0.95 THEN 'IN_PROGRESS' ELSE 'CANCELLED' END
                 WHEN age < 70 THEN CASE WHEN r_status < 0.01 THEN 'RECEIVED' WHEN r_status < 0.08 THEN 'ACCEPTED' WHEN r_status < 0.22 THEN 'REJECTED'
                                         WHEN r_status < 0.82 THEN 'IN_PROGRESS' WHEN r_status < 0.92 THEN 'DROPPED_OUT' ELSE 'CANCELLED' END
                 ELSE CASE WHEN r_status < 0.02 THEN 'IN_PROGRESS' WHEN r_status < 0.14 THEN 'REJECTED' WHEN r_status < 0.24 THEN 'DROPPED_OUT'
                           WHEN r_status < 0.29 THEN 'CANCELLED' ELSE 'COMPLETED' END
               END AS status
          FROM placed p
      ), cancelled AS (
        -- A cancellation's moment first: the receipt of a cancelled referral (half of them) lies before it.
        SELECT s.*, CASE WHEN status = 'CANCELLED' THEN least(sent_at + (r4 * interval '10 days'), now() AT TIME ZONE 'UTC') END AS cancelled_at
          FROM stated s
      ), timed AS (
        -- Each step strictly after the one before, and capped a step's worth of milliseconds before
        -- now, so that no two of a referral's events share a moment (their order is the status's history:
        -- issue 13's load test checks every referral's status against its last event).
        SELECT c.*,
               CASE WHEN status = 'SENT' OR (status = 'CANCELLED' AND r3 < 0.5) THEN NULL
                    WHEN status = 'CANCELLED' THEN sent_at + (cancelled_at - sent_at) * (r3 - 0.5)
                    ELSE greatest(sent_at + interval '1 millisecond', least(sent_at + (r3 * interval '5 days'), (now() AT TIME ZONE 'UTC') - interval '4 milliseconds')) END AS received_at
          FROM cancelled c
      ), decided AS (
        SELECT t.*,
               CASE WHEN status IN ('ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED_OUT') AND received_at IS NOT NULL
                    THEN greatest(received_at + interval '1 millisecond', least(received_at + (r4 * interval '13 days'), (now() AT TIME ZONE 'UTC') - interval '3 milliseconds')) END AS decided_at
          FROM timed t
      ), started AS (
        SELECT d.*,
               CASE WHEN status IN ('IN_PROGRESS', 'COMPLETED') OR (status = 'DROPPED_OUT' AND r1 < 0.7)
                    THEN greatest(decided_at + interval '1 millisecond', least(decided_at + (r2 * interval '14 days'), (now() AT TIME ZONE 'UTC') - interval '2 milliseconds')) END AS started_at
          FROM decided d
      ), rows AS (
        SELECT s.*,
               CASE WHEN r_kind < 0.25 THEN NULL
                    ELSE (SELECT mo.id FROM mun_offer mo WHERE mo.owner = s.receiving AND mo.k = 1 + floor(s.r3 * (SELECT max(cnt) FROM mun_offer x WHERE x.owner = s.receiving))::int) END AS offer_id,
               CASE WHEN status IN ('COMPLETED', 'DROPPED_OUT')
                      THEN greatest(coalesce(started_at, decided_at) + interval '1 millisecond', least(coalesce(started_at, decided_at) + interval '56 days' + (r4 * interval '10 days'), (now() AT TIME ZONE 'UTC') - interval '1 millisecond'))
                    WHEN status IN ('REJECTED') THEN NULL
                    WHEN status = 'CANCELLED' THEN cancelled_at END AS closed_at
          FROM started s
      )
      INSERT INTO "Referral" (id, reference, kind, "referringOrganisationId", "referringUserId", "citizenCpr", "citizenName",
                              "residenceMunicipalityId", "receivingMunicipalityId", "offerId", reason, "riskFactors", diagnoses,
                              "consentBasis", "consentNotedAt", status, "sentAt", "receivedAt", "decidedAt", "startedAt", "closedAt",
                              "receiptDueAt", "decisionDueAt", "closingDueAt", "rejectionReason", "dropOutReason", "cancellationReason",
                              "closingAttended", "closingGoal", "closingBenefit", "closingFollowUpNeeded", "createdAt", "updatedAt", version)
      SELECT 'nat-' || lpad(g::text, 7, '0'),
             'H-' || extract(year FROM (sent_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Copenhagen')::int || '-' || (100000 + g)::text,
             CASE WHEN offer_id IS NULL THEN 'CLARIFYING_CONVERSATION' ELSE 'OFFER' END::"ReferralKind",
             clinic,
             coalesce(gp_user, 'nat-gp-' || substring(clinic FROM 12)),
             -- a valid CPR number: a real birth date 1940–1999 (7th digit 0–3 → 1900s), no modulus 11
             to_char(date '1940-01-01' + floor(r1 * 21900)::int, 'DDMMYY') || floor(r2 * 4)::int || lpad(floor(r3 * 1000)::int::text, 3, '0'),
             ($10::text[])[1 + floor(r1 * array_length($10::text[], 1))::int] || ' ' || ($11::text[])[1 + floor(r4 * array_length($11::text[], 1))::int],
             receiving, receiving, offer_id,
             ($12::text[])[1 + floor(r2 * array_length($12::text[], 1))::int],
             ARRAY[(ARRAY['SMOKING','EXERCISE','DIET','ALCOHOL','MENTAL_HEALTH','OVERWEIGHT'])[1 + floor(r2 * 6)::int]]::"RiskFactor"[],
             '{}'::"Diagnosis"[],
             CASE WHEN r3 < 0.8 THEN 'AUTHORISED_NO_OBJECTION' WHEN r3 < 0.95 THEN 'ORAL_CONSENT' ELSE 'WRITTEN_CONSENT' END::"ConsentBasis",
             CASE WHEN r3 < 0.8 THEN NULL ELSE sent_at END,
             status::"ReferralStatus", sent_at, received_at, decided_at, started_at, closed_at,
             pg_temp.due(sent_at, 3),
             CASE WHEN received_at IS NOT NULL THEN pg_temp.due(received_at, 10) END,
             CASE WHEN started_at IS NOT NULL THEN pg_temp.due(started_at + interval '56 days', 5) END,
             CASE WHEN status = 'REJECTED' THEN 'Borgeren er ikke i målgruppen for tilbuddet.' END,
             CASE WHEN status = 'DROPPED_OUT' THEN 'Mødte ikke op.' END,
             CASE WHEN status = 'CANCELLED' THEN 'Borgeren er flyttet.' END,
             CASE WHEN status = 'COMPLETED' THEN true END,
             CASE WHEN status = 'COMPLETED' THEN 'Forbedre vaner i hverdagen.' END,
             CASE WHEN status = 'COMPLETED' THEN 'Har nået målet.' END,
             CASE WHEN status = 'COMPLETED' THEN r4 < 0.2 END,
             sent_at, now() AT TIME ZONE 'UTC', 1 + (received_at IS NOT NULL)::int + (decided_at IS NOT NULL)::int + (started_at IS NOT NULL)::int + (closed_at IS NOT NULL)::int
        FROM rows`,
      [offset + 1, size, BENCH_GP_REFERRALS, BENCH_MUNICIPALITY_SHARE, bench.id, others, gp.organisationId, CLINICS, gp.userId, names.first, names.last, reasons],
    );
    await q("COMMIT");
  }

  log("events: one per step taken");
  const events: [string, string, string | null, string, string][] = [
    // type, timestamp column, from status, to status, actor organisation column
    ["SENT", `"sentAt"`, null, "SENT", `"referringOrganisationId"`],
  ];
  for (const [type, at, from, to, org] of events) {
    await q(`
      INSERT INTO "ReferralEvent" (id, "referralId", type, "fromStatus", "toStatus", "actorUserId", "actorOrganisationId", "toOfferId", "occurredAt")
      SELECT r.id || '-' || lower('${type}'), r.id, '${type}', ${from ? `'${from}'` : "NULL"}, '${to}', r."referringUserId", r.${org}, ${type === "SENT" ? `r."offerId"` : "NULL"}, r.${at}
        FROM "Referral" r WHERE r.id LIKE 'nat-%' AND r.${at} IS NOT NULL`);
  }
  // The receipt, decision, start and closing: the actor is a municipal user — the benchmark's demo
  // staff for Roskilde, the referring GP elsewhere (the lists being measured do not read the actor).
  const staff = (await q(`SELECT u.id FROM "User" u WHERE u.email = 'koordinator.roskilde@demo.dk'`)).rows[0]?.id as string | undefined;
  const actor = staff ? `CASE WHEN r."receivingMunicipalityId" = '${bench.id}' THEN '${staff}' ELSE r."referringUserId" END` : `r."referringUserId"`;
  await q(`
    INSERT INTO "ReferralEvent" (id, "referralId", type, "fromStatus", "toStatus", "actorUserId", "actorOrganisationId", "occurredAt")
    SELECT r.id || '-received', r.id, 'RECEIVED', 'SENT', 'RECEIVED', ${actor}, r."receivingMunicipalityId", r."receivedAt"
      FROM "Referral" r WHERE r.id LIKE 'nat-%' AND r."receivedAt" IS NOT NULL`);
  await q(`
    INSERT INTO "ReferralEvent" (id, "referralId", type, "fromStatus", "toStatus", "actorUserId", "actorOrganisationId", note, "occurredAt")
    SELECT r.id || '-decision', r.id, CASE WHEN r.status = 'REJECTED' THEN 'REJECTED' ELSE 'ACCEPTED' END::"ReferralEventType", 'RECEIVED',
           CASE WHEN r.status = 'REJECTED' THEN 'REJECTED' ELSE 'ACCEPTED' END::"ReferralStatus", ${actor}, r."receivingMunicipalityId", r."rejectionReason", r."decidedAt"
      FROM "Referral" r WHERE r.id LIKE 'nat-%' AND r."decidedAt" IS NOT NULL`);
  await q(`
    INSERT INTO "ReferralEvent" (id, "referralId", type, "fromStatus", "toStatus", "actorUserId", "actorOrganisationId", "occurredAt")
    SELECT r.id || '-started', r.id, 'STARTED', 'ACCEPTED', 'IN_PROGRESS', ${actor}, r."receivingMunicipalityId", r."startedAt"
      FROM "Referral" r WHERE r.id LIKE 'nat-%' AND r."startedAt" IS NOT NULL`);
  await q(`
    INSERT INTO "ReferralEvent" (id, "referralId", type, "fromStatus", "toStatus", "actorUserId", "actorOrganisationId", note, "occurredAt")
    SELECT r.id || '-closed', r.id, r.status::text::"ReferralEventType",
           CASE WHEN r."startedAt" IS NOT NULL THEN 'IN_PROGRESS' WHEN r."decidedAt" IS NOT NULL THEN 'ACCEPTED' WHEN r."receivedAt" IS NOT NULL THEN 'RECEIVED' ELSE 'SENT' END::"ReferralStatus",
           r.status, CASE WHEN r.status = 'CANCELLED' THEN r."referringUserId" ELSE ${actor} END,
           CASE WHEN r.status = 'CANCELLED' THEN r."referringOrganisationId" ELSE r."receivingMunicipalityId" END,
           coalesce(r."dropOutReason", r."cancellationReason"), r."closedAt"
      FROM "Referral" r WHERE r.id LIKE 'nat-%' AND r.status IN ('COMPLETED', 'DROPPED_OUT', 'CANCELLED') AND r."closedAt" IS NOT NULL`);

  // VACUUM as autovacuum would after a bulk load: the visibility map lets the inbox's counts run
  // from the covering index alone (index-only scan) instead of visiting each referral's row.
  log("VACUUM ANALYZE");
  await q(`VACUUM ANALYZE "Referral"`);
  await q(`VACUUM ANALYZE "ReferralEvent"`);
  await q(`ANALYZE "Organisation"`);
  await q(`ANALYZE "Offer"`);

  const summary = (
    await q(`SELECT count(*)::int AS referrals,
                    count(*) FILTER (WHERE "receivingMunicipalityId" = $1)::int AS bench_municipality,
                    count(*) FILTER (WHERE "referringUserId" = $2)::int AS bench_gp,
                    (SELECT count(*)::int FROM "ReferralEvent" WHERE id LIKE 'nat-%') AS events
               FROM "Referral"`, [bench.id, gp.userId])
  ).rows[0];
  log(`done: ${summary.referrals} referrals in total (${summary.bench_municipality} to Roskilde, ${summary.bench_gp} from ${BENCH_GP_EMAIL}), ${summary.events} generated events`);
  await client.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
