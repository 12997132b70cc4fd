/**
 * How fast the deadline job works through due reminders and overdue marks (issue 11), on the national
 * dataset: 250,000 referrals over three years (scripts/generate-national-referrals.ts).
 *
 *   flock /tmp/e2e.lock npx tsx --conditions=react-server bench/reminders.ts
 *   (BENCH_REMINDERS_DATABASE_URL overrides the database, default <DATABASE_URL>_bench_reminders)
 *
 * Three runs of lib/domain/jobs/deadline-alerts.ts, each from a clean slate (the alerts, events and
 * notifications of the previous run removed; audit rows stay, they are append-only):
 *  1. the busiest day: the clock set just after the Danish day with the most deadlines of open
 *     referrals, the look-back one day — a whole day's deadlines at once, the worst a daily run meets;
 *  2. the whole backlog: look-back ten years — every passed deadline of an open referral (the first
 *     run on an old database), the largest sample, for the rate;
 *  3. the floor, measured in the same run: the same number of rows inserted into a bare copy of the
 *     alert table in one statement — what PostgreSQL alone costs; the job's rate is shown against it.
 * Target: the busiest day in under 60 s.
 */
import pg from "pg";
import { bin, ensureDatabase, log, machineLine, runOn } from "./support/app-server";
import { siblingDatabaseUrl } from "../tests/support/database-url";

const REFERRALS = 250_000;
const TARGET_SECONDS = 60;
const base = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/sundhed";
const DATABASE_URL = process.env.BENCH_REMINDERS_DATABASE_URL ?? siblingDatabaseUrl(base, "bench_reminders").url;
process.env.DATABASE_URL = DATABASE_URL;

async function prepare(client: pg.Client) {
  let count = 0;
  try {
    count = Number((await client.query(`SELECT count(*) FROM "Referral" WHERE id LIKE 'nat-%'`)).rows[0].count);
  } catch {
    count = 0;
  }
  runOn(DATABASE_URL, bin("prisma"), ["migrate", "deploy"]);
  if (count >= REFERRALS) return log(`${count} generated referrals present, reused`);
  log(`seeding and generating ${REFERRALS} referrals`);
  runOn(DATABASE_URL, bin("tsx"), ["prisma/seed/index.ts", "--if-empty"]);
  runOn(DATABASE_URL, bin("tsx"), ["scripts/generate-national-referrals.ts", "--count", String(REFERRALS), ...(count > 0 ? ["--reset"] : [])]);
}

async function clean(client: pg.Client) {
  await client.query(`DELETE FROM "ReferralDeadlineAlert"`);
  await client.query(`DELETE FROM "ReferralEvent" WHERE type = 'OVERDUE'`);
  await client.query(`DELETE FROM "Notification" WHERE kind IN ('REFERRAL_DEADLINE_SOON', 'REFERRAL_OVERDUE')`);
}

async function main() {
  await ensureDatabase(DATABASE_URL);
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await prepare(client);
  log(await machineLine());
  const { runDeadlineAlerts } = await import("../lib/domain/jobs/deadline-alerts");
  const { endOfDanishDay } = await import("../lib/calendar");

  // The Danish day with the most pending deadlines of open referrals.
  const busiest = (
    await client.query<{ day: string; n: number }>(`
      SELECT to_char(((d AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS day, count(*)::int AS n
        FROM (SELECT CASE status WHEN 'SENT' THEN "receiptDueAt" WHEN 'RECEIVED' THEN "decisionDueAt" ELSE "closingDueAt" END AS d
                FROM "Referral" WHERE status IN ('SENT', 'RECEIVED', 'IN_PROGRESS')) x
       WHERE d IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT 1`)
  ).rows[0];
  log(`busiest day: ${busiest.day} with ${busiest.n} deadlines of open referrals`);
  const clock = { now: new Date(endOfDanishDay(busiest.day).getTime() + 60_000) };

  const run = async (label: string, lookbackDays: number) => {
    await clean(client);
    process.env.REFERRAL_OVERDUE_LOOKBACK_DAYS = String(lookbackDays);
    const started = performance.now();
    const result = await runDeadlineAlerts(clock);
    const seconds = (performance.now() - started) / 1000;
    const processed = result.reminders + result.overdue;
    log(`${label}: ${result.overdue} overdue + ${result.reminders} reminders = ${processed} in ${seconds.toFixed(2)} s → ${(processed / seconds).toFixed(0)} per second`);
    return { processed, seconds };
  };

  const day = await run("busiest day (look-back 1 day)", 1);
  const backlog = await run("whole backlog (look-back 10 years)", 3650);

  // The floor: the same number of rows into a bare table, one statement.
  await client.query(`CREATE TEMP TABLE floor_alert (LIKE "ReferralDeadlineAlert" INCLUDING ALL)`);
  const started = performance.now();
  await client.query(
    `INSERT INTO floor_alert (id, "referralId", milestone, stage, "dueAt") SELECT 'f' || g, 'r' || g, 'RECEIPT', 'OVERDUE', now() FROM generate_series(1, $1) g`,
    [Math.max(backlog.processed, 1)],
  );
  const floorSeconds = (performance.now() - started) / 1000;
  const floorRate = Math.max(backlog.processed, 1) / floorSeconds;
  const rate = backlog.processed / backlog.seconds;
  log(`floor (bare insert of ${backlog.processed} alert rows): ${floorSeconds.toFixed(3)} s → ${floorRate.toFixed(0)} per second`);
  console.log("");
  console.log(`due reminders/overdue marks processed per second (whole backlog): ${rate.toFixed(0)}  (floor ${floorRate.toFixed(0)}, ratio ${(floorRate / rate).toFixed(1)}× the floor's cost)`);
  console.log(`the busiest day (${busiest.day}): ${day.processed} in ${day.seconds.toFixed(2)} s — target < ${TARGET_SECONDS} s: ${day.seconds < TARGET_SECONDS ? "met" : "NOT met"}`);
  await clean(client);
  await client.end();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
