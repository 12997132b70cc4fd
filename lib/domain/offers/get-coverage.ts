import "server-only";
import { db } from "@/lib/db/client";
import type { Diagnosis, RiskFactor } from "@/lib/generated/prisma/enums";
import { isStale } from "@/lib/rules/offers";
import { compareDanish } from "@/lib/i18n/format";
import { DIAGNOSES, RISK_FACTORS } from "@/lib/offers/vocabulary";
import { coverageInput } from "./schemas";
import { currentArrangementWhere, publishedOffersWhere } from "./scope";
import { listGeography, type MunicipalityDto } from "./list-municipalities";

export type CoverageOfferDto = { id: string; title: string; ownerName: string };
export type CoverageCellDto = {
  offers: CoverageOfferDto[];
  /** How many of the area's municipalities have at least one fresh offer here. */
  covered: number;
  /** The municipalities without one (a gap). */
  missing: string[];
};
export type CoverageDto = {
  area: { kind: "municipality" | "region"; code: string; name: string };
  municipalityCount: number;
  /** Rows: risk factors, then `null` = no risk factor (a diagnosis-specific offer). */
  rows: (RiskFactor | null)[];
  /** Columns: `null` = general (no diagnosis), then the diagnoses. */
  columns: (Diagnosis | null)[];
  /** Keyed by `${row ?? "-"}|${column ?? "-"}`. */
  cells: Record<string, CoverageCellDto>;
  /** Published offers left out because they are not confirmed correct within their review interval. */
  staleCount: number;
};

export const coverageKey = (row: RiskFactor | null, column: Diagnosis | null) => `${row ?? "-"}|${column ?? "-"}`;

/**
 * Coverage (public): for a municipality or a region, risk factors × diagnoses with the fresh, published
 * offers available to the municipality's citizens (own, partner and regional offers) in each cell; an
 * empty cell — or, for a region, a municipality missing from a cell — is a gap. Returns null when the
 * area is not chosen or unknown.
 */
export async function getCoverage(input: unknown, now: Date = new Date()): Promise<CoverageDto | null> {
  const query = coverageInput.parse(input);
  const geography = await listGeography();
  let area: CoverageDto["area"];
  let municipalities: MunicipalityDto[];
  let regionId: string | null;
  if (query.kommune) {
    const m = geography.municipalities.find((x) => x.code === query.kommune);
    if (!m) return null;
    area = { kind: "municipality", code: m.code, name: m.name };
    municipalities = [m];
    regionId = m.regionId;
  } else if (query.region) {
    const r = geography.regions.find((x) => x.code === query.region);
    if (!r) return null;
    area = { kind: "region", code: r.code, name: r.name };
    municipalities = geography.municipalities.filter((m) => m.regionId === r.id);
    regionId = r.id;
  } else {
    return null;
  }
  const municipalityIds = municipalities.map((m) => m.id);

  const offers = await db.offer.findMany({
    where: {
      AND: [
        publishedOffersWhere(now),
        {
          OR: [
            { ownerId: { in: municipalityIds } },
            ...(regionId ? [{ ownerId: regionId }] : []),
            { partnerArrangements: { some: { citizenMunicipalityId: { in: municipalityIds }, ...currentArrangementWhere(now) } } },
          ],
        },
      ],
    },
    select: {
      id: true,
      title: true,
      ownerId: true,
      riskFactors: true,
      diagnoses: true,
      lastConfirmedAt: true,
      reviewIntervalDays: true,
      owner: { select: { name: true, kind: true } },
      partnerArrangements: { where: currentArrangementWhere(now), select: { citizenMunicipalityId: true } },
    },
  });

  const fresh = offers.filter((o) => !isStale(o, now));
  const rows: (RiskFactor | null)[] = [...RISK_FACTORS, null];
  const columns: (Diagnosis | null)[] = [null, ...DIAGNOSES];
  const cells: Record<string, CoverageCellDto> = {};
  for (const row of rows) for (const column of columns) cells[coverageKey(row, column)] = { offers: [], covered: 0, missing: [] };

  const coveredBy = new Map<string, Set<string>>(); // cell → municipality ids
  for (const offer of fresh) {
    const availableTo = municipalities.filter(
      (m) =>
        offer.ownerId === m.id ||
        (offer.owner.kind === "REGION" && offer.ownerId === m.regionId) ||
        offer.partnerArrangements.some((p) => p.citizenMunicipalityId === m.id),
    );
    if (availableTo.length === 0) continue;
    const offerRows = offer.riskFactors.length ? offer.riskFactors : [null];
    const offerColumns = offer.diagnoses.length ? offer.diagnoses : [null];
    for (const row of offerRows) {
      for (const column of offerColumns) {
        const key = coverageKey(row, column);
        cells[key].offers.push({ id: offer.id, title: offer.title, ownerName: offer.owner.name });
        const set = coveredBy.get(key) ?? new Set<string>();
        availableTo.forEach((m) => set.add(m.id));
        coveredBy.set(key, set);
      }
    }
  }
  for (const [key, cell] of Object.entries(cells)) {
    const set = coveredBy.get(key) ?? new Set<string>();
    cell.covered = set.size;
    cell.missing = municipalities.filter((m) => !set.has(m.id)).map((m) => m.name);
    cell.offers.sort((a, b) => compareDanish(a.title, b.title));
  }

  return { area, municipalityCount: municipalities.length, rows, columns, cells, staleCount: offers.length - fresh.length };
}
