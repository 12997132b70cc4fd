import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { AgreementArea, Channel, DeadlineUnit, Modality, PartyKind, ReferralMilestone } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/pipeline";
import { obligationMatrixInput } from "./schemas";
import { visibleVersionsWhere } from "./scope";
import { documentOrder } from "./tree";

export type MatrixRow = {
  id: string;
  lineageId: string;
  sectionId: string;
  sectionNumber: string;
  sectionTitle: string;
  area: AgreementArea;
  responsibleParty: PartyKind;
  action: string;
  trigger: string;
  deadlineAmount: number | null;
  deadlineUnit: DeadlineUnit | null;
  channel: Channel | null;
  modality: Modality;
  source: string | null;
  referralMilestone: ReferralMilestone | null;
};

export type ObligationMatrix = {
  agreement: { id: string; title: string; regionName: string };
  /** The version in force; null when the agreement has none in force. */
  version: { id: string; number: number; label: string } | null;
  /** Obligations per responsible party kind and area, over the whole version (unfiltered). */
  counts: { party: PartyKind; area: AgreementArea; count: number }[];
  /** The filtered obligations, in document order. A party's list includes the joint obligations. */
  rows: MatrixRow[];
  total: number;
};

/**
 * "What must we do?": every obligation of the agreement in force for a party kind, filterable by
 * area, modality, deadline unit and channel ("NONE" = without a unit / channel). Public, like the
 * agreement in force.
 */
export async function getObligationMatrix(actor: Actor | null, input: unknown): Promise<ObligationMatrix> {
  const data = parseInput(obligationMatrixInput, input);
  const agreement = await db.agreement.findFirst({
    where: { id: data.agreementId, versions: { some: visibleVersionsWhere(actor) } }, // scoped
    select: { id: true, title: true, region: { select: { name: true } }, versions: { where: { status: "IN_FORCE" }, select: { id: true, number: true, label: true }, take: 1 } },
  });
  if (!agreement) throw new NotFoundError();
  const head = { id: agreement.id, title: agreement.title, regionName: agreement.region.name };
  const version = agreement.versions[0] ?? null;
  if (!version) return { agreement: head, version: null, counts: [], rows: [], total: 0 };

  const [sections, obligations] = await Promise.all([
    db.section.findMany({ where: { versionId: version.id }, select: { id: true, parentId: true, position: true, number: true, title: true, area: true } }),
    db.obligation.findMany({
      where: { section: { versionId: version.id } },
      select: {
        id: true,
        lineageId: true,
        sectionId: true,
        responsibleParty: true,
        action: true,
        trigger: true,
        deadlineAmount: true,
        deadlineUnit: true,
        channel: true,
        modality: true,
        source: true,
        referralMilestone: true,
        position: true,
      },
    }),
  ]);
  const ordered = documentOrder(sections);
  const order = new Map(ordered.map((s, i) => [s.id, i]));
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const all: MatrixRow[] = obligations
    .sort((a, b) => (order.get(a.sectionId) ?? 0) - (order.get(b.sectionId) ?? 0) || a.position - b.position)
    .map(({ position: _position, ...o }) => {
      const s = sectionById.get(o.sectionId)!;
      return { ...o, sectionNumber: s.number, sectionTitle: s.title, area: s.area };
    });

  const countMap = new Map<string, { party: PartyKind; area: AgreementArea; count: number }>();
  for (const o of all) {
    const key = `${o.responsibleParty}|${o.area}`;
    const entry = countMap.get(key) ?? { party: o.responsibleParty, area: o.area, count: 0 };
    entry.count++;
    countMap.set(key, entry);
  }

  const rows = all.filter(
    (o) =>
      (!data.party || o.responsibleParty === data.party || (data.party !== "JOINT" && o.responsibleParty === "JOINT")) &&
      (!data.area || o.area === data.area) &&
      (!data.modality || o.modality === data.modality) &&
      (!data.unit || (data.unit === "NONE" ? o.deadlineUnit === null : o.deadlineUnit === data.unit)) &&
      (!data.channel || (data.channel === "NONE" ? o.channel === null : o.channel === data.channel)),
  );
  return { agreement: head, version, counts: [...countMap.values()], rows, total: all.length };
}
