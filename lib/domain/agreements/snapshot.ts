import "server-only";
import type { Db, Tx } from "@/lib/db/types";
import type { VersionSnapshot } from "./diff";
import { documentOrder } from "./tree";

/** A version's sections and obligations as the pure comparison needs them (lineageIds, document order). */
export async function loadVersionSnapshot(client: Db | Tx, versionId: string): Promise<VersionSnapshot> {
  const [sections, obligations] = await Promise.all([
    client.section.findMany({
      where: { versionId },
      select: { id: true, lineageId: true, parentId: true, kind: true, number: true, title: true, body: true, layer: true, area: true, position: true },
    }),
    client.obligation.findMany({
      where: { section: { versionId } },
      select: {
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
  const byId = new Map(sections.map((s) => [s.id, s]));
  return {
    sections: documentOrder(sections).map((s) => ({
      lineageId: s.lineageId,
      parentLineageId: s.parentId ? (byId.get(s.parentId)?.lineageId ?? null) : null,
      kind: s.kind,
      number: s.number,
      title: s.title,
      body: s.body,
      layer: s.layer,
      area: s.area,
      position: s.position,
    })),
    obligations: obligations.map(({ sectionId, ...o }) => {
      const s = byId.get(sectionId);
      return { ...o, sectionLineageId: s?.lineageId ?? sectionId, sectionNumber: s?.number ?? "" };
    }),
  };
}
