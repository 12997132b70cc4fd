import "server-only";
import { db } from "@/lib/db/client";
import { compareDanish } from "@/lib/i18n/format";

export type MunicipalityDto = { id: string; code: string; name: string; regionId: string | null; regionCode: string | null; regionName: string | null };
export type RegionDto = { id: string; code: string; name: string };
export type GeographyDto = { municipalities: MunicipalityDto[]; regions: RegionDto[] };

/**
 * The 98 municipalities and 5 regions (reference data) for the lookup's municipality choice, the
 * coverage view and the partner form. Public. Kept in memory for a few minutes: it changes only with a
 * municipal reform, and the lookup page must not pay a query for it on every request.
 */
const TTL_MS = 5 * 60 * 1000;
let cached: { at: number; value: Promise<GeographyDto> } | undefined;

export function listGeography(now: number = Date.now()): Promise<GeographyDto> {
  if (!cached || now - cached.at > TTL_MS) {
    const value = loadGeography();
    cached = { at: now, value };
    value.catch(() => {
      if (cached?.value === value) cached = undefined; // never cache a failure
    });
  }
  return cached.value;
}

async function loadGeography(): Promise<GeographyDto> {
  const rows = await db.organisation.findMany({
    where: { kind: { in: ["MUNICIPALITY", "REGION"] }, code: { not: null } },
    select: { id: true, kind: true, code: true, name: true, regionId: true },
  });
  const regions = rows.filter((r) => r.kind === "REGION").map((r) => ({ id: r.id, code: r.code!, name: r.name }));
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const municipalities = rows
    .filter((r) => r.kind === "MUNICIPALITY")
    .map((r) => {
      const region = r.regionId ? regionById.get(r.regionId) : undefined;
      return { id: r.id, code: r.code!, name: r.name, regionId: r.regionId, regionCode: region?.code ?? null, regionName: region?.name ?? null };
    })
    .sort((a, b) => compareDanish(a.name, b.name));
  return { municipalities, regions: regions.sort((a, b) => compareDanish(a.name, b.name)) };
}

/** For tests: forget the cached list (each integration test starts from an empty database). */
export function forgetGeography(): void {
  cached = undefined;
}
