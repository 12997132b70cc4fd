import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canViewCompliance, COMPLIANCE_OBLIGATIONS, COMPLIANCE_SUPPRESS_BELOW, shownShare, type ComplianceObligation } from "@/lib/rules/compliance";
import { startOfDanishDay } from "@/lib/calendar";
import { compareDanish } from "@/lib/i18n/format";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { chooseRegion, ensureAggregateAccess } from "@/lib/domain/figures/aggregate-access";
import type { ReferralMilestone } from "@/lib/generated/prisma/enums";
import { complianceViewInput } from "./schemas";
import { complianceSql, type ComplianceAggregate } from "./sql";

/** One figure: assessed cases and the share met; both null when fewer than COMPLIANCE_SUPPRESS_BELOW (suppressed). */
export type ComplianceCell = { assessed: number | null; met: number | null; share: number | null; suppressed: boolean };

export type ComplianceRow = {
  obligation: ComplianceObligation;
  organisationId: string;
  organisationName: string;
  /** Quarters 1–4 of the year. */
  quarters: ComplianceCell[];
  year: ComplianceCell;
};

/** Where the obligation's text stands in the agreement in force: the section and its stable number. */
export type ObligationSource = { agreementId: string; versionNumber: number; sectionNumber: string; sectionTitle: string };

export type ComplianceView = {
  region: { id: string; name: string } | null;
  regions: { id: string; name: string }[];
  year: number;
  rows: ComplianceRow[];
  /** The lowest shares met over the year (not suppressed, below 100 %), worst first — at most five. */
  worst: ComplianceRow[];
  sources: Partial<Record<ComplianceObligation, ObligationSource>>;
};

const MILESTONE: Partial<Record<ComplianceObligation, ReferralMilestone>> = {
  REFERRAL_RECEIPT: "RECEIPT",
  REFERRAL_DECISION: "DECISION",
  REFERRAL_CLOSING_STATUS: "CLOSING_STATUS",
};

function cell(aggregate: ComplianceAggregate | undefined): ComplianceCell {
  const assessed = aggregate?.assessed ?? 0;
  const met = aggregate?.met ?? 0;
  const share = shownShare(met, assessed);
  return share === null ? { assessed: null, met: null, share: null, suppressed: assessed > 0 } : { assessed, met, share, suppressed: false };
}

/**
 * Is the agreement being kept? Per obligation with a deadline, per responsible organisation of a
 * region and per quarter of a year: the share of cases that met their deadline (sql.ts, one
 * statement). Aggregates only — the statement reads no case text and no person — and small counts
 * are suppressed.
 */
export async function complianceView(actor: Actor | null, input: unknown): Promise<ComplianceView> {
  const data = parseInput(complianceViewInput, input);
  const current = requireSignedIn(actor);
  await ensureAggregateAccess(current, canViewCompliance);
  const { regions, region } = await chooseRegion(current, data.regionId);
  if (!region) return { region: null, regions, year: data.year, rows: [], worst: [], sources: {} };

  const organisations = await db.organisation.findMany({
    where: { OR: [{ id: region.id }, { regionId: region.id, kind: { in: ["MUNICIPALITY", "HOSPITAL"] } }] },
    select: { id: true, name: true },
  });
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const [aggregates, obligations] = await Promise.all([
    db.$queryRaw<ComplianceAggregate[]>(
      complianceSql({ organisationIds: [...names.keys()], from: startOfDanishDay(`${data.year}-01-01`), to: startOfDanishDay(`${data.year + 1}-01-01`), now: new Date() }),
    ),
    db.obligation.findMany({
      where: { referralMilestone: { not: null }, section: { agreementVersion: { status: "IN_FORCE", agreement: { regionId: region.id } } } },
      select: { referralMilestone: true, section: { select: { number: true, title: true, agreementVersion: { select: { number: true, agreementId: true } } } } },
    }),
  ]);

  const sources: ComplianceView["sources"] = {};
  for (const obligation of COMPLIANCE_OBLIGATIONS) {
    const o = obligations.find((x) => x.referralMilestone === MILESTONE[obligation]);
    if (o) sources[obligation] = { agreementId: o.section.agreementVersion.agreementId, versionNumber: o.section.agreementVersion.number, sectionNumber: o.section.number, sectionTitle: o.section.title };
  }

  const byKey = new Map(aggregates.map((a) => [`${a.obligation}|${a.organisationId}|${a.quarter ?? "year"}`, a]));
  const rows: ComplianceRow[] = [];
  const orgIds = [...new Set(aggregates.map((a) => a.organisationId))].sort((a, b) => compareDanish(names.get(a) ?? "", names.get(b) ?? ""));
  for (const obligation of COMPLIANCE_OBLIGATIONS) {
    for (const organisationId of orgIds) {
      const year = byKey.get(`${obligation}|${organisationId}|year`);
      if (!year) continue;
      rows.push({
        obligation,
        organisationId,
        organisationName: names.get(organisationId) ?? "",
        quarters: [1, 2, 3, 4].map((q) => cell(byKey.get(`${obligation}|${organisationId}|${q}`))),
        year: cell(year),
      });
    }
  }
  const worst = rows
    .filter((r) => r.year.share !== null && r.year.share < 1)
    .sort((a, b) => a.year.share! - b.year.share! || compareDanish(a.organisationName, b.organisationName))
    .slice(0, 5);
  return { region, regions, year: data.year, rows, worst, sources };
}

export { COMPLIANCE_SUPPRESS_BELOW };
