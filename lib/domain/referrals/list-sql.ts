/**
 * The SQL of the two worklists (the municipality's inbox and the GP's referrals), built here once
 * so the pages and the benchmark (bench/referrals-lists.ts, which times the "bare SQL" next to the
 * page) run the very same statements. No "server-only": the benchmark imports it from plain Node.
 *
 * Both lists read only the columns a row shows, never the full CPR number (the first six digits
 * only — masked as `ddmmyy-xxxx` by the DTO), and page by keyset on (sentAt, id) — no OFFSET — on
 * the indexes Referral(receivingMunicipalityId, status, sentAt) and (referringOrganisationId, sentAt).
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReferralKind, ReferralStatus } from "@/lib/generated/prisma/enums";

export const OPEN_STATUSES: readonly ReferralStatus[] = ["SENT", "RECEIVED", "ACCEPTED", "IN_PROGRESS"];
export const CLOSED_STATUSES: readonly ReferralStatus[] = ["REJECTED", "COMPLETED", "DROPPED_OUT", "CANCELLED"];

export type InboxSqlView = "new" | "overdue" | "received" | "accepted" | "inProgress" | "all";

export type Keyset = { sentAt: Date; id: string };

const statusList = (statuses: readonly ReferralStatus[]) => Prisma.join(statuses.map((s) => Prisma.sql`${s}::"ReferralStatus"`));

/** A referral whose pending milestone's deadline has passed at `now`. */
export const overdueCondition = (now: Date) => Prisma.sql`(
  (r."status" = 'SENT' AND r."receiptDueAt" < ${now}) OR
  (r."status" = 'RECEIVED' AND r."decisionDueAt" < ${now}) OR
  (r."status" = 'IN_PROGRESS' AND r."closingDueAt" < ${now}))`;

/** The statuses a view reads, each with its own extra condition (the overdue view: its pending deadline). */
function viewBranches(view: InboxSqlView, now: Date): { status: ReferralStatus; extra: Prisma.Sql }[] {
  const plain = (status: ReferralStatus) => ({ status, extra: Prisma.empty });
  switch (view) {
    case "new":
      return [plain("SENT")];
    case "received":
      return [plain("RECEIVED")];
    case "accepted":
      return [plain("ACCEPTED")];
    case "inProgress":
      return [plain("IN_PROGRESS")];
    case "overdue":
      return [
        { status: "SENT", extra: Prisma.sql`AND r."receiptDueAt" < ${now}` },
        { status: "RECEIVED", extra: Prisma.sql`AND r."decisionDueAt" < ${now}` },
        { status: "IN_PROGRESS", extra: Prisma.sql`AND r."closingDueAt" < ${now}` },
      ];
    default:
      return [...OPEN_STATUSES, ...CLOSED_STATUSES].map(plain);
  }
}

const INBOX_COLUMNS = Prisma.sql`r."id", r."reference", r."kind", r."status", r."citizenName", left(r."citizenCpr", 6) AS "cprBirth",
           r."sentAt", r."receiptDueAt", r."decisionDueAt", r."closingDueAt", r."offerId", r."referringOrganisationId"`;

export type InboxRow = {
  id: string;
  reference: string;
  kind: ReferralKind;
  status: ReferralStatus;
  citizenName: string;
  cprBirth: string;
  sentAt: Date;
  receiptDueAt: Date | null;
  decisionDueAt: Date | null;
  closingDueAt: Date | null;
  offerTitle: string | null;
  referringOrganisationName: string;
};

/**
 * One page of a municipality's inbox. Work views (new, overdue, received, accepted, in progress)
 * run oldest first — first in, first out; "all" runs newest first.
 *
 * Shape, for speed at national scale: one branch per status, each an ordered range scan of
 * Referral(receivingMunicipalityId, status, sentAt) stopped after `limit` rows, merged (UNION ALL)
 * and cut to `limit`; only then are the page's rows joined to the offer and the referrer's name.
 * ("All" over 25,000 referrals reads 8 × 51 index entries instead of sorting 25,000 rows.)
 */
export function inboxPageSql(p: { municipalityId: string; view: InboxSqlView; offerId?: string | null; after?: Keyset | null; now: Date; limit: number }): Prisma.Sql {
  const newestFirst = p.view === "all";
  const order = (alias: string) =>
    newestFirst ? Prisma.raw(`${alias}."sentAt" DESC, ${alias}."id" DESC`) : Prisma.raw(`${alias}."sentAt" ASC, ${alias}."id" ASC`);
  const keyset = p.after
    ? newestFirst
      ? Prisma.sql`AND (r."sentAt", r."id") < (${p.after.sentAt}, ${p.after.id})`
      : Prisma.sql`AND (r."sentAt", r."id") > (${p.after.sentAt}, ${p.after.id})`
    : Prisma.empty;
  const branches = viewBranches(p.view, p.now).map(
    (b) => Prisma.sql`(SELECT ${INBOX_COLUMNS}
         FROM "Referral" r
        WHERE r."receivingMunicipalityId" = ${p.municipalityId}
          AND r."status" = ${b.status}::"ReferralStatus" ${b.extra}
          ${p.offerId ? Prisma.sql`AND r."offerId" = ${p.offerId}` : Prisma.empty}
          ${keyset}
        ORDER BY ${order("r")}
        LIMIT ${p.limit})`,
  );
  const page = branches.length === 1 ? branches[0] : Prisma.sql`(SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) b ORDER BY ${order("b")} LIMIT ${p.limit})`;
  return Prisma.sql`
    SELECT r."id", r."reference", r."kind", r."status", r."citizenName", r."cprBirth", r."sentAt",
           r."receiptDueAt", r."decisionDueAt", r."closingDueAt",
           o."title" AS "offerTitle", ro."name" AS "referringOrganisationName"
      FROM ${page} r
      LEFT JOIN "Offer" o ON o."id" = r."offerId"
      JOIN "Organisation" ro ON ro."id" = r."referringOrganisationId"
     ORDER BY ${order("r")}`;
}

export type InboxSummaryRow = { status: ReferralStatus; offerId: string | null; title: string | null; count: number; overdue: number };

/**
 * The inbox's tabs and its "by offer" filter from one scan of the municipality's open referrals:
 * counts per status and offer, and how many are overdue. The page sums them as it needs.
 *
 * Shape, for speed: counted first, on the covering index Referral(receivingMunicipalityId, status,
 * offerId, receiptDueAt, decisionDueAt, closingDueAt) — an index-only scan, no visit to the referral
 * rows — and only then the few (status, offer) groups are given their offer's title. (Joining the
 * offers before counting read every open referral's row and hashed every offer: 2.5× slower.)
 */
export function inboxSummarySql(p: { municipalityId: string; now: Date }): Prisma.Sql {
  return Prisma.sql`
    SELECT s."status", s."offerId", (SELECT o."title" FROM "Offer" o WHERE o."id" = s."offerId") AS "title", s."count", s."overdue"
      FROM (SELECT r."status", r."offerId", count(*)::int AS "count", (count(*) FILTER (WHERE ${overdueCondition(p.now)}))::int AS "overdue"
              FROM "Referral" r
             WHERE r."receivingMunicipalityId" = ${p.municipalityId}
               AND r."status" IN (${statusList(OPEN_STATUSES)})
             GROUP BY r."status", r."offerId") s`;
}

export type MyReferralRow = {
  id: string;
  reference: string;
  kind: ReferralKind;
  status: ReferralStatus;
  citizenName: string;
  cprBirth: string;
  sentAt: Date;
  receivedAt: Date | null;
  decidedAt: Date | null;
  startedAt: Date | null;
  closedAt: Date | null;
  receiptDueAt: Date | null;
  decisionDueAt: Date | null;
  closingDueAt: Date | null;
  offerTitle: string | null;
  receivingMunicipalityName: string;
};

/**
 * One page of a clinic's referrals (or one clinician's own), newest first: the page's rows first
 * (Referral(referringOrganisationId, sentAt)), then joined to the offer and municipality names.
 */
export function myReferralsPageSql(p: {
  organisationId: string;
  userId?: string | null;
  state: "all" | "open" | "closed";
  after?: Keyset | null;
  limit: number;
}): Prisma.Sql {
  const states = p.state === "open" ? OPEN_STATUSES : p.state === "closed" ? CLOSED_STATUSES : null;
  return Prisma.sql`
    SELECT r."id", r."reference", r."kind", r."status", r."citizenName", r."cprBirth",
           r."sentAt", r."receivedAt", r."decidedAt", r."startedAt", r."closedAt",
           r."receiptDueAt", r."decisionDueAt", r."closingDueAt",
           o."title" AS "offerTitle", m."name" AS "receivingMunicipalityName"
      FROM (SELECT r."id", r."reference", r."kind", r."status", r."citizenName", left(r."citizenCpr", 6) AS "cprBirth",
                   r."sentAt", r."receivedAt", r."decidedAt", r."startedAt", r."closedAt",
                   r."receiptDueAt", r."decisionDueAt", r."closingDueAt", r."offerId", r."receivingMunicipalityId"
              FROM "Referral" r
             WHERE r."referringOrganisationId" = ${p.organisationId}
               ${p.userId ? Prisma.sql`AND r."referringUserId" = ${p.userId}` : Prisma.empty}
               ${states ? Prisma.sql`AND r."status" IN (${statusList(states)})` : Prisma.empty}
               ${p.after ? Prisma.sql`AND (r."sentAt", r."id") < (${p.after.sentAt}, ${p.after.id})` : Prisma.empty}
             ORDER BY r."sentAt" DESC, r."id" DESC
             LIMIT ${p.limit}) r
      LEFT JOIN "Offer" o ON o."id" = r."offerId"
      JOIN "Organisation" m ON m."id" = r."receivingMunicipalityId"
     ORDER BY r."sentAt" DESC, r."id" DESC`;
}

export function encodeKeyset(row: { sentAt: Date; id: string }): string {
  return `${row.sentAt.toISOString()}_${row.id}`;
}

export function decodeKeyset(value: string | undefined | null): Keyset | null {
  if (!value) return null;
  const index = value.indexOf("Z_");
  if (index < 0) return null;
  const sentAt = new Date(value.slice(0, index + 1));
  const id = value.slice(index + 2);
  return Number.isNaN(sentAt.getTime()) || !id ? null : { sentAt, id };
}
