import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canViewReferralStatistics } from "@/lib/rules/referrals";
import { danishDate, startOfDanishDay, workingDayCounter } from "@/lib/calendar";
import { compareDanish } from "@/lib/i18n/format";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { referralStatisticsInput } from "./schemas";
import { calendarOptions } from "./deadlines";

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

type Fact = {
  receivingMunicipalityId: string;
  status: ReferralStatus;
  sentAt: Date;
  receivedAt: Date | null;
  decidedAt: Date | null;
  startedAt: Date | null;
  closedAt: Date | null;
  receiptDueAt: Date | null;
  decisionDueAt: Date | null;
  closingDueAt: Date | null;
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const late = (dueAt: Date | null, doneAt: Date | null, pending: boolean, now: Date) =>
  dueAt !== null && (doneAt ? doneAt > dueAt : pending && now > dueAt);

function aggregate(facts: Fact[], between: (a: string, b: string) => number, now: Date) {
  const decided = facts.filter((f) => f.decidedAt !== null);
  const accepted = decided.filter((f) => f.status !== "REJECTED");
  const toReceipt = facts.filter((f) => f.receivedAt).map((f) => between(danishDate(f.sentAt), danishDate(f.receivedAt!)));
  const toDecision = decided.filter((f) => f.receivedAt).map((f) => between(danishDate(f.receivedAt!), danishDate(f.decidedAt!)));
  const overdue = facts.filter(
    (f) =>
      late(f.receiptDueAt, f.receivedAt, f.status === "SENT", now) ||
      late(f.decisionDueAt, f.decidedAt, f.status === "RECEIVED", now) ||
      late(f.closingDueAt, f.status === "COMPLETED" || f.status === "DROPPED_OUT" ? f.closedAt : null, f.status === "IN_PROGRESS", now),
  );
  const courses = facts.filter((f) => f.status !== "CANCELLED" && (f.startedAt !== null || f.status === "DROPPED_OUT"));
  const returned = courses.filter((f) => f.status === "COMPLETED" || f.status === "DROPPED_OUT");
  const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    referrals: facts.length,
    acceptanceRate: rate(accepted.length, decided.length),
    medianWorkingDaysToReceipt: median(toReceipt),
    medianWorkingDaysToDecision: median(toDecision),
    overdueShare: rate(overdue.length, facts.length),
    closingStatusReturnRate: rate(returned.length, courses.length),
  };
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
  // Forum members (committees) may see the figures too — a fact the actor does not carry.
  const forumMember = !canViewReferralStatistics(current).allowed && (await db.forumMember.count({ where: { userId: current.userId } })) > 0;
  ensureAllowed(canViewReferralStatistics(current, { forumMember }));

  const regions = (await db.organisation.findMany({ where: { kind: "REGION" }, select: { id: true, name: true } })).sort((a, b) => compareDanish(a.name, b.name));
  const ownRegion = current.memberships.find((m) => m.regionId)?.regionId;
  const region = regions.find((r) => r.id === data.regionId) ?? regions.find((r) => r.id === ownRegion) ?? regions[0] ?? null;
  if (!region) return { region: null, regions, municipalities: [], year: data.year, municipalityId: null, rows: [] };

  const municipalities = (await db.organisation.findMany({ where: { kind: "MUNICIPALITY", regionId: region.id }, select: { id: true, name: true } })).sort((a, b) =>
    compareDanish(a.name, b.name),
  );
  const municipalityId = municipalities.some((m) => m.id === data.municipalityId) ? data.municipalityId! : null;

  const facts: Fact[] = await db.referral.findMany({
    where: {
      receivingMunicipalityId: municipalityId ?? { in: municipalities.map((m) => m.id) },
      sentAt: { gte: startOfDanishDay(`${data.year}-01-01`), lt: startOfDanishDay(`${data.year + 1}-01-01`) },
    },
    // Deliberately no CPR, name, reason or any text: the view cannot leak what it never reads.
    select: {
      receivingMunicipalityId: true,
      status: true,
      sentAt: true,
      receivedAt: true,
      decidedAt: true,
      startedAt: true,
      closedAt: true,
      receiptDueAt: true,
      decisionDueAt: true,
      closingDueAt: true,
    },
  });

  const between = workingDayCounter(data.year, data.year + 1, calendarOptions());
  const now = new Date();
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const month = Number(danishDate(f.sentAt).slice(5, 7));
    for (const key of [`${f.receivingMunicipalityId}|${month}`, `${f.receivingMunicipalityId}|total`]) {
      const list = groups.get(key) ?? [];
      list.push(f);
      groups.set(key, list);
    }
  }

  const rows: StatisticsRow[] = [];
  for (const m of municipalities) {
    if (municipalityId && m.id !== municipalityId) continue;
    for (const month of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null]) {
      const list = groups.get(`${m.id}|${month ?? "total"}`);
      if (!list) continue;
      const suppressed = list.length < SUPPRESS_BELOW;
      const figures = aggregate(list, between, now);
      rows.push(
        suppressed
          ? {
              municipalityId: m.id,
              municipalityName: m.name,
              month,
              referrals: null,
              suppressed,
              acceptanceRate: null,
              medianWorkingDaysToReceipt: null,
              medianWorkingDaysToDecision: null,
              overdueShare: null,
              closingStatusReturnRate: null,
            }
          : { municipalityId: m.id, municipalityName: m.name, month, suppressed, ...figures },
      );
    }
  }
  return { region, regions, municipalities, year: data.year, municipalityId, rows };
}
