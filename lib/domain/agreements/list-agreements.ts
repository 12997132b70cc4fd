import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { isRegionCoordinator } from "@/lib/rules/agreements";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { compareDanish } from "@/lib/i18n/format";
import { visibleVersionsWhere } from "./scope";

export type AgreementListItem = {
  id: string;
  title: string;
  regionId: string;
  regionName: string;
  periodStart: Date;
  periodEnd: Date;
  generation: number;
  /** The version to open: the one in force, else the newest visible. */
  current: { number: number; label: string; status: AgreementStatus };
  versions: { id: string; number: number; label: string; status: AgreementStatus; inForceFrom: Date | null; inForceTo: Date | null }[];
};

export type AgreementList = {
  regions: { id: string; name: string; agreements: AgreementListItem[] }[];
  /** Regions the actor may create a new agreement for. */
  creatableRegions: { id: string; name: string }[];
};

/** The agreements of every region with at least one version the actor may see (public: approved and later). */
export async function listAgreements(actor: Actor | null): Promise<AgreementList> {
  const visible = visibleVersionsWhere(actor);
  const [agreements, regions] = await Promise.all([
    db.agreement.findMany({
      where: { versions: { some: visible } }, // scoped
      select: {
        id: true,
        title: true,
        regionId: true,
        periodStart: true,
        periodEnd: true,
        generation: true,
        region: { select: { name: true } },
        versions: { where: visible, select: { id: true, number: true, label: true, status: true, inForceFrom: true, inForceTo: true }, orderBy: { number: "asc" } },
      },
      orderBy: [{ periodStart: "desc" }],
    }),
    db.organisation.findMany({ where: { kind: "REGION" }, select: { id: true, name: true } }),
  ]);

  const byRegion = new Map<string, AgreementListItem[]>();
  for (const a of agreements) {
    const inForce = a.versions.find((v) => v.status === "IN_FORCE");
    const current = inForce ?? a.versions[a.versions.length - 1];
    byRegion.set(a.regionId, [
      ...(byRegion.get(a.regionId) ?? []),
      {
        id: a.id,
        title: a.title,
        regionId: a.regionId,
        regionName: a.region.name,
        periodStart: a.periodStart,
        periodEnd: a.periodEnd,
        generation: a.generation,
        current: { number: current.number, label: current.label, status: current.status },
        versions: a.versions,
      },
    ]);
  }
  const sortedRegions = [...regions].sort((a, b) => compareDanish(a.name, b.name));
  return {
    regions: sortedRegions.map((r) => ({ id: r.id, name: r.name, agreements: byRegion.get(r.id) ?? [] })),
    creatableRegions: sortedRegions.filter((r) => isRegionCoordinator(actor, r.id)),
  };
}
