import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { AdverseEventGrade, AdverseEventStatus } from "@/lib/generated/prisma/enums";
import { requireSignedIn } from "@/lib/domain/pipeline";
import { visibleAdverseEventsWhere } from "./scope";

export type AdverseEventListItem = {
  id: string;
  reference: string;
  dpsdReference: string;
  title: string;
  status: AdverseEventStatus;
  grade: AdverseEventGrade | null;
  reportingOrganisationName: string;
  primaryHandlerName: string | null;
  reportedAt: Date;
  closeDueAt: Date;
  closedAt: Date | null;
};

/**
 * The actor's cases: those of the organisations they are a risk manager of, open ones first by
 * deadline, then the closed ones (newest first). A list is not a read of the details: no access log.
 */
export async function listAdverseEvents(actor: Actor | null): Promise<AdverseEventListItem[]> {
  const current = requireSignedIn(actor);
  const rows = await db.adverseEvent.findMany({
    where: visibleAdverseEventsWhere(current),
    select: {
      id: true,
      reference: true,
      dpsdReference: true,
      title: true,
      status: true,
      grade: true,
      reportedAt: true,
      closeDueAt: true,
      closedAt: true,
      reportingOrganisation: { select: { name: true } },
      primaryHandlerOrganisation: { select: { name: true } },
    },
    orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { closeDueAt: "asc" }],
    take: 200,
  });
  return rows.map(({ reportingOrganisation, primaryHandlerOrganisation, ...row }) => ({
    ...row,
    reportingOrganisationName: reportingOrganisation.name,
    primaryHandlerName: primaryHandlerOrganisation?.name ?? null,
  }));
}

/** The organisations a risk manager may name as parties: every organisation of their region(s). */
export async function listAdverseEventPartyChoices(actor: Actor | null): Promise<{ id: string; name: string; kind: string }[]> {
  const current = requireSignedIn(actor);
  const regionIds = [...new Set(current.memberships.filter((m) => m.role === "RISK_MANAGER").map((m) => m.regionId).filter((id): id is string => !!id))];
  if (regionIds.length === 0) return [];
  return db.organisation.findMany({
    where: { OR: [{ id: { in: regionIds } }, { regionId: { in: regionIds } }], kind: { in: ["REGION", "MUNICIPALITY", "HOSPITAL"] } },
    select: { id: true, name: true, kind: true },
    orderBy: { name: "asc" },
  });
}

/**
 * The cross-sector network's learning: the anonymised summaries of closed cases in the actor's
 * regions — no DPSD reference, no description, no organisation names; only the sectors involved.
 */
export async function listAdverseEventSummaries(actor: Actor | null): Promise<{ id: string; grade: AdverseEventGrade | null; closedAt: Date; summary: string; sectors: string[] }[]> {
  const current = requireSignedIn(actor);
  const regionIds = [...new Set(current.memberships.map((m) => m.regionId).filter((id): id is string => !!id))];
  const rows = await db.adverseEvent.findMany({
    where: { status: "CLOSED", summary: { not: null }, reportingOrganisation: { OR: [{ id: { in: regionIds } }, { regionId: { in: regionIds } }] } },
    select: { id: true, grade: true, closedAt: true, summary: true, parties: { select: { organisation: { select: { kind: true } } } } },
    orderBy: { closedAt: "desc" },
    take: 50,
  });
  return rows.map((r) => ({ id: r.id, grade: r.grade, closedAt: r.closedAt!, summary: r.summary!, sectors: [...new Set(r.parties.map((p) => p.organisation.kind))].sort() }));
}
