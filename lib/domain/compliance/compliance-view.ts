import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import {
  canViewCompliance,
  COMPLIANCE_OBLIGATIONS,
  COMPLIANCE_SUPPRESS_BELOW,
  forumArea,
  obligationFor,
  shownShare,
  type ComplianceObligation,
} from "@/lib/rules/compliance";
import { startOfDanishDay } from "@/lib/calendar";
import { compareDanish } from "@/lib/i18n/format";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { chooseRegion, ensureAggregateAccess } from "@/lib/domain/figures/aggregate-access";
import type { ForumKind, OrganisationKind, PartyKind, ReferralMilestone, WorkflowDeadline } from "@/lib/generated/prisma/enums";
import { complianceViewInput } from "./schemas";
import { complianceSql, type ComplianceAggregate } from "./sql";
import { loadForumArea } from "./forum-area";

/** One figure: assessed cases and the share met; both null when fewer than COMPLIANCE_SUPPRESS_BELOW (suppressed). */
export type ComplianceCell = { assessed: number | null; met: number | null; share: number | null; suppressed: boolean };

/**
 * Where the obligation's text stands in the agreement in force: the section (its number is the
 * agreement's stable key, decision 035), the obligation's number within it, and the party it holds.
 */
export type ObligationSource = { agreementId: string; versionNumber: number; sectionNumber: string; sectionTitle: string; obligationNumber: number; responsibleParty: PartyKind };

export type ComplianceRow = {
  obligation: ComplianceObligation;
  organisationId: string;
  organisationName: string;
  /** Quarters 1–4 of the year. */
  quarters: ComplianceCell[];
  year: ComplianceCell;
  /** The obligation that holds this organisation to the deadline (every figure of the row links to it). */
  source: ObligationSource | null;
};

export type ComplianceView = {
  region: { id: string; name: string } | null;
  regions: { id: string; name: string }[];
  /** Set when the view is a forum's area (its organisations only). */
  forum: { id: string; name: string; kind: ForumKind } | null;
  year: number;
  rows: ComplianceRow[];
  /** The lowest shares met over the year (not suppressed, below 100 %), worst first — at most five. */
  worst: ComplianceRow[];
  /** Per obligation, the obligations of the agreement that state it (one per party, or one joint). */
  sources: Partial<Record<ComplianceObligation, ObligationSource[]>>;
};

const MILESTONE: Partial<Record<ComplianceObligation, ReferralMilestone>> = {
  REFERRAL_RECEIPT: "RECEIPT",
  REFERRAL_DECISION: "DECISION",
  REFERRAL_CLOSING_STATUS: "CLOSING_STATUS",
};
const WORKFLOW: Partial<Record<ComplianceObligation, WorkflowDeadline>> = {
  ADVERSE_EVENT_CLOSE: "ADVERSE_EVENT_CLOSE",
  TASK_TRANSFER_NOTICE: "TASK_TRANSFER_NOTICE",
};

function cell(aggregate: ComplianceAggregate | undefined): ComplianceCell {
  const assessed = aggregate?.assessed ?? 0;
  const met = aggregate?.met ?? 0;
  const share = shownShare(met, assessed);
  return share === null ? { assessed: null, met: null, share: null, suppressed: assessed > 0 } : { assessed, met, share, suppressed: false };
}

/** The obligations of the region's agreement in force that state the measured deadlines, with their place in it. */
async function obligationSources(regionId: string): Promise<ComplianceView["sources"]> {
  const obligations = await db.obligation.findMany({
    where: {
      OR: [{ referralMilestone: { not: null } }, { workflowDeadline: { not: null } }],
      section: { agreementVersion: { status: "IN_FORCE", agreement: { regionId } } },
    },
    select: {
      referralMilestone: true,
      workflowDeadline: true,
      responsibleParty: true,
      position: true,
      section: { select: { number: true, title: true, agreementVersion: { select: { number: true, agreementId: true } } } },
    },
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
  });
  const sources: ComplianceView["sources"] = {};
  for (const obligation of COMPLIANCE_OBLIGATIONS) {
    const stating = obligations.filter((o) => (MILESTONE[obligation] && o.referralMilestone === MILESTONE[obligation]) || (WORKFLOW[obligation] && o.workflowDeadline === WORKFLOW[obligation]));
    if (stating.length === 0) continue;
    sources[obligation] = stating.map((o) => ({
      agreementId: o.section.agreementVersion.agreementId,
      versionNumber: o.section.agreementVersion.number,
      sectionNumber: o.section.number,
      sectionTitle: o.section.title,
      obligationNumber: o.position + 1,
      responsibleParty: o.responsibleParty,
    }));
  }
  return sources;
}

/**
 * Is the agreement being kept? Per obligation with a deadline, per responsible organisation of a
 * region — or of a forum's area — and per quarter of a year: the share of cases that met their
 * deadline (sql.ts, one statement). Aggregates only — the statement reads no case text and no person —
 * and small counts are suppressed. A forum the actor may not read is not found; one they may read but
 * hold no seat in (nor above), without the region's right to the figures, is forbidden.
 */
export async function complianceView(actor: Actor | null, input: unknown): Promise<ComplianceView> {
  const data = parseInput(complianceViewInput, input);
  const current = requireSignedIn(actor);
  const area = data.forumId ? await loadForumArea(current, data.forumId) : null;
  if (!area) await ensureAggregateAccess(current, canViewCompliance);
  const { regions, region: chosen } = await chooseRegion(current, area?.forum.regionId ?? data.regionId);
  const region = area ? (regions.find((r) => r.id === area.forum.regionId) ?? null) : chosen;
  const forum = area ? { id: area.forum.id, name: area.forum.name, kind: area.forum.kind } : null;
  if (!region) return { region: null, regions, forum, year: data.year, rows: [], worst: [], sources: {} };

  const regionOrganisations = await db.organisation.findMany({
    where: { OR: [{ id: region.id }, { regionId: region.id, kind: { in: ["MUNICIPALITY", "HOSPITAL"] } }] },
    select: { id: true, name: true, kind: true },
    orderBy: { id: "asc" },
  });
  const inView = area ? new Set(forumArea(area.forum.kind, area.seatedOrganisationIds, regionOrganisations.map((o) => o.id))) : null;
  const organisations = inView ? regionOrganisations.filter((o) => inView.has(o.id)) : regionOrganisations;
  const byId = new Map<string, { name: string; kind: OrganisationKind }>(organisations.map((o) => [o.id, o]));
  const [aggregates, sources] = await Promise.all([
    db.$queryRaw<ComplianceAggregate[]>(
      complianceSql({ organisationIds: [...byId.keys()], from: startOfDanishDay(`${data.year}-01-01`), to: startOfDanishDay(`${data.year + 1}-01-01`), now: new Date() }),
    ),
    obligationSources(region.id),
  ]);

  const byKey = new Map(aggregates.map((a) => [`${a.obligation}|${a.organisationId}|${a.quarter ?? "year"}`, a]));
  const rows: ComplianceRow[] = [];
  const nameOf = (id: string) => byId.get(id)?.name ?? "";
  const orgIds = [...new Set(aggregates.map((a) => a.organisationId))].sort((a, b) => compareDanish(nameOf(a), nameOf(b)));
  for (const obligation of COMPLIANCE_OBLIGATIONS) {
    for (const organisationId of orgIds) {
      const year = byKey.get(`${obligation}|${organisationId}|year`);
      const organisation = byId.get(organisationId);
      if (!year || !organisation) continue;
      rows.push({
        obligation,
        organisationId,
        organisationName: organisation.name,
        quarters: [1, 2, 3, 4].map((q) => cell(byKey.get(`${obligation}|${organisationId}|${q}`))),
        year: cell(year),
        source: obligationFor(sources[obligation] ?? [], organisation.kind) ?? sources[obligation]?.[0] ?? null,
      });
    }
  }
  const worst = rows
    .filter((r) => r.year.share !== null && r.year.share < 1)
    .sort((a, b) => a.year.share! - b.year.share! || compareDanish(a.organisationName, b.organisationName))
    .slice(0, 5);
  return { region, regions, forum, year: data.year, rows, worst, sources };
}

export { COMPLIANCE_SUPPRESS_BELOW };
