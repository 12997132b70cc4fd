import "server-only";
/**
 * The compliance view's one statement (issue 14 part 4): for every obligation with a deadline, per
 * responsible organisation and per quarter (Danish time) of the case's start, how many cases were
 * assessed and how many met their deadline — plus the year per organisation (GROUPING SETS).
 *
 *   REFERRAL_RECEIPT / _DECISION / _CLOSING_STATUS — the receiving municipality; kept as the referral
 *     statistics define it (lib/domain/referrals/deadline-sql.ts); quarter of sending.
 *   ADVERSE_EVENT_CLOSE — the primary case handler (else the reporting organisation); closed within
 *     90 days of reporting (closeDueAt); quarter of reporting.
 *   TASK_TRANSFER_NOTICE — the transferring organisation; opened with the agreement's notice (not
 *     shortNotice); withdrawn cases do not count; quarter of opening.
 * A case is assessed when the outcome is known: kept (TRUE) or not (FALSE); NULL is left out.
 * Exported for the benchmark (bench/compliance.ts), which runs it bare next to the page's operation.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { referralDeadlineKept } from "@/lib/domain/referrals/deadline-sql";

export type ComplianceAggregate = { obligation: string; organisationId: string; quarter: number | null; assessed: number; met: number };

export function complianceSql(p: { organisationIds: string[]; from: Date; to: Date; now: Date }): Prisma.Sql {
  const kept = referralDeadlineKept(p.now);
  const orgs = p.organisationIds.length ? p.organisationIds : ["-"];
  return Prisma.sql`
    WITH cases AS (
      -- One pass over the referrals: each row yields its three deadlines (receipt, decision, closing status).
      SELECT o.obligation, r."receivingMunicipalityId" AS org, r."sentAt" AS started, o.kept
        FROM "Referral" r
        CROSS JOIN LATERAL (VALUES ('REFERRAL_RECEIPT', ${kept.receipt}), ('REFERRAL_DECISION', ${kept.decision}), ('REFERRAL_CLOSING_STATUS', ${kept.closing})) AS o(obligation, kept)
       WHERE r."receivingMunicipalityId" = ANY(${orgs}::text[]) AND r."sentAt" >= ${p.from} AND r."sentAt" < ${p.to}
      UNION ALL
      SELECT 'ADVERSE_EVENT_CLOSE', coalesce(e."primaryHandlerOrganisationId", e."reportingOrganisationId"), e."reportedAt",
             CASE WHEN e."closedAt" IS NOT NULL THEN e."closedAt" <= e."closeDueAt" WHEN ${p.now} > e."closeDueAt" THEN FALSE END
        FROM "AdverseEvent" e
       WHERE coalesce(e."primaryHandlerOrganisationId", e."reportingOrganisationId") = ANY(${orgs}::text[]) AND e."reportedAt" >= ${p.from} AND e."reportedAt" < ${p.to}
      UNION ALL
      SELECT 'TASK_TRANSFER_NOTICE', t."transferringOrganisationId", t."openedAt", NOT t."shortNotice"
        FROM "TaskTransfer" t
       WHERE t."transferringOrganisationId" = ANY(${orgs}::text[]) AND t."status" <> 'WITHDRAWN' AND t."openedAt" >= ${p.from} AND t."openedAt" < ${p.to}
    )
    , assessed AS (
      SELECT obligation, org, extract(quarter FROM (started AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Copenhagen')::int AS quarter, kept
        FROM cases
       WHERE kept IS NOT NULL
    )
    SELECT obligation, org AS "organisationId", quarter, count(*)::int AS assessed, (count(*) FILTER (WHERE kept))::int AS met
      FROM assessed
     GROUP BY GROUPING SETS ((obligation, org, quarter), (obligation, org))`;
}
