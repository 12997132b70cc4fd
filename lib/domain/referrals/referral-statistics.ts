import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canViewReferralStatistics } from "@/lib/rules/referrals";
import { addDays, isWorkingDay, startOfDanishDay } from "@/lib/calendar";
import { compareDanish } from "@/lib/i18n/format";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { Prisma } from "@/lib/generated/prisma/client";
import { referralStatisticsInput } from "./schemas";
import { calendarOptions } from "./deadlines";
import { referralDeadlineKept } from "./deadline-sql";
import { chooseRegion, ensureAggregateAccess } from "@/lib/domain/figures/aggregate-access";

/** Cells with fewer referrals than this show no figures (small-count suppression). */
export const SUPPRESS_BELOW = 5;

export type StatisticsRow = {
  municipalityId: string;
  municipalityName: string;
  /** 1–12, or null for the year's total. */
  month: number | null;
  /** null when suppressed. */
  referrals: number | null;
  suppressed: boolean;
  /** Accepted among decided (accepted or rejected; a reassignment counts as accepted). */
  acceptanceRate: number | null;
  medianWorkingDaysToReceipt: number | null;
  medianWorkingDaysToDecision: number | null;
  /** Referrals that missed (or are now past) at least one deadline: receipt, decision, closing status. */
  overdueShare: number | null;
  /** Courses that started or ended in a drop-out (not cancelled) which returned a closing status. */
  closingStatusReturnRate: number | null;
};

export type ReferralStatistics = {
  region: { id: string; name: string } | null;
  regions: { id: string; name: string }[];
  municipalities: { id: string; name: string }[];
  year: number;
  municipalityId: string | null;
  rows: StatisticsRow[];
};

type AggregateRow = {
  municipalityId: string;
  month: number | null;
  referrals: number;
  decided: number;
  accepted: number;
  medianToReceipt: number | null;
  medianToDecision: number | null;
  overdue: number;
  courses: number;
  returned: number;
};

/** Danish calendar date of a stored (UTC) timestamp, in SQL. */
const danishDay = (column: string) => Prisma.raw(`((r."${column}" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Copenhagen')::date`);

/**
 * One pass over the referrals in SQL, grouped per municipality and month and per municipality for
 * the year (GROUPING SETS). Working days come from lib/calendar as a table of ordinals (the number of
 * working days up to each date), so "working days from a to b" is ordinal(b) − ordinal(a) — the same
 * count as workingDaysBetween — and the medians are percentile_cont(0.5) over those differences.
 */
function aggregateSql(p: { municipalityIds: string[]; from: Date; to: Date; now: Date; days: string[]; ordinals: number[] }) {
  const kept = referralDeadlineKept(p.now); // late = a deadline not kept (deadline-sql.ts, shared with the compliance view)
  return Prisma.sql`
    WITH wd AS (SELECT * FROM unnest(${p.days}::date[], ${p.ordinals}::int[]) AS t(d, n)),
    f AS (
      SELECT r."receivingMunicipalityId" AS m,
             extract(month FROM (r."sentAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Copenhagen')::int AS month,
             r."status",
             r."decidedAt" IS NOT NULL AS decided,
             ws_r.n - ws_s.n AS to_receipt,
             CASE WHEN r."decidedAt" IS NOT NULL THEN ws_d.n - ws_r.n END AS to_decision,
             (${kept.receipt} IS FALSE OR ${kept.decision} IS FALSE OR ${kept.closing} IS FALSE) AS late,
             (r."status" <> 'CANCELLED' AND (r."startedAt" IS NOT NULL OR r."status" = 'DROPPED_OUT')) AS course
        FROM "Referral" r
        LEFT JOIN wd ws_s ON ws_s.d = ${danishDay("sentAt")}
        LEFT JOIN wd ws_r ON ws_r.d = ${danishDay("receivedAt")}
        LEFT JOIN wd ws_d ON ws_d.d = ${danishDay("decidedAt")}
       WHERE r."receivingMunicipalityId" IN (${Prisma.join(p.municipalityIds)})
         AND r."sentAt" >= ${p.from} AND r."sentAt" < ${p.to}
    )
    SELECT m AS "municipalityId", month,
           count(*)::int AS referrals,
           (count(*) FILTER (WHERE decided))::int AS decided,
           (count(*) FILTER (WHERE decided AND "status" <> 'REJECTED'))::int AS accepted,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY to_receipt) AS "medianToReceipt",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY to_decision) AS "medianToDecision",
           (count(*) FILTER (WHERE late))::int AS overdue,
           (count(*) FILTER (WHERE course))::int AS courses,
           (count(*) FILTER (WHERE course AND "status" IN ('COMPLETED', 'DROPPED_OUT')))::int AS returned
      FROM f
     GROUP BY GROUPING SETS ((m, month), (m))`;
}

/**
 * The committee view: per receiving municipality of a region and per month of sending (Danish time)
 * in a year — referrals, acceptance rate, median working days to receipt and to decision, share
 * overdue, closing-status return rate. Aggregates only: the query selects no personal data, and
 * cells with fewer than SUPPRESS_BELOW referrals show no figures.
 */
export async function referralStatistics(actor: Actor | null, input: unknown): Promise<ReferralStatistics> {
  const data = parseInput(referralStatisticsInput, input);
  const current = requireSignedIn(actor);
  await ensureAggregateAccess(current, canViewReferralStatistics);
  const { regions, region } = await chooseRegion(current, data.regionId);
  if (!region) return { region: null, regions, municipalities: [], year: data.year, municipalityId: null, rows: [] };

  const municipalities = (await db.organisation.findMany({ where: { kind: "MUNICIPALITY", regionId: region.id }, select: { id: true, name: true } })).sort((a, b) =>
    compareDanish(a.name, b.name),
  );
  const municipalityId = municipalities.some((m) => m.id === data.municipalityId) ? data.municipalityId! : null;

  const ids = municipalityId ? [municipalityId] : municipalities.map((m) => m.id);
  const rows: StatisticsRow[] = [];
  if (ids.length === 0) return { region, regions, municipalities, year: data.year, municipalityId, rows };

  // Working-day ordinals from the year before to the year after (receipts and decisions run on).
  const options = calendarOptions();
  const days: string[] = [];
  const ordinals: number[] = [];
  let ordinal = 0;
  for (let day = `${data.year - 1}-01-01`; day <= `${data.year + 1}-12-31`; day = addDays(day, 1)) {
    if (isWorkingDay(day, options)) ordinal += 1;
    days.push(day);
    ordinals.push(ordinal);
  }
  // Deliberately no CPR, name, reason or any text: the view cannot leak what it never reads.
  const aggregates = await db.$queryRaw<AggregateRow[]>(
    aggregateSql({
      municipalityIds: ids,
      from: startOfDanishDay(`${data.year}-01-01`),
      to: startOfDanishDay(`${data.year + 1}-01-01`),
      now: new Date(),
      days,
      ordinals,
    }),
  );

  const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const byKey = new Map(aggregates.map((a) => [`${a.municipalityId}|${a.month ?? "total"}`, a]));
  for (const m of municipalities) {
    if (!ids.includes(m.id)) continue;
    for (const month of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null]) {
      const a = byKey.get(`${m.id}|${month ?? "total"}`);
      if (!a) continue;
      const suppressed = a.referrals < SUPPRESS_BELOW;
      rows.push({
        municipalityId: m.id,
        municipalityName: m.name,
        month,
        suppressed,
        referrals: suppressed ? null : a.referrals,
        acceptanceRate: suppressed ? null : rate(a.accepted, a.decided),
        medianWorkingDaysToReceipt: suppressed || a.medianToReceipt === null ? null : Number(a.medianToReceipt),
        medianWorkingDaysToDecision: suppressed || a.medianToDecision === null ? null : Number(a.medianToDecision),
        overdueShare: suppressed ? null : rate(a.overdue, a.referrals),
        closingStatusReturnRate: suppressed ? null : rate(a.returned, a.courses),
      });
    }
  }
  return { region, regions, municipalities, year: data.year, municipalityId, rows };
}
