import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canEditVersion, type VersionFacts } from "@/lib/rules/agreements";
import type { Decision } from "@/lib/rules/decision";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { sectionIdInput } from "./schemas";
import { visibleVersionsWhere } from "./scope";
import { obligationSelect, sectionSelect, type ObligationDto, type SectionRow } from "./dto";
import { documentOrder } from "./tree";

export type SectionForEdit = {
  section: SectionRow;
  obligations: ObligationDto[];
  version: { id: string; agreementId: string; number: number; label: string; status: VersionFacts["status"]; agreementTitle: string };
  /** Other sections of the version (for "move under…"), in document order, without this one's subtree. */
  possibleParents: { id: string; number: string; title: string; depth: number }[];
  canEdit: Decision;
  lastSavedBy: string | null;
};

/** A section with its obligations for the editing page, and whether this actor may change it now. */
export async function getSectionForEdit(actor: Actor | null, input: unknown): Promise<SectionForEdit> {
  const data = parseInput(sectionIdInput, input);
  const current = requireSignedIn(actor);
  const section = await db.section.findFirst({ where: { AND: [{ id: data.sectionId }, { agreementVersion: visibleVersionsWhere(current) }] }, select: sectionSelect }); // scoped
  if (!section) throw new NotFoundError();
  const [version, obligations, siblings, latest] = await Promise.all([
    db.agreementVersion.findUniqueOrThrow({
      where: { id: section.versionId },
      select: {
        id: true,
        agreementId: true,
        number: true,
        label: true,
        status: true,
        agreement: { select: { title: true, regionId: true } },
        parties: { select: { organisationId: true } },
        approvals: { select: { organisationId: true } },
      },
    }),
    db.obligation.findMany({ where: { sectionId: section.id }, select: obligationSelect, orderBy: { position: "asc" } }),
    db.section.findMany({ where: { versionId: section.versionId }, select: { id: true, parentId: true, position: true, number: true, title: true } }),
    db.sectionRevision.findFirst({ where: { sectionId: section.id }, orderBy: { revision: "desc" }, select: { author: { select: { name: true } } } }),
  ]);
  const facts: VersionFacts = {
    status: version.status,
    regionId: version.agreement.regionId,
    partyOrganisationIds: version.parties.map((p) => p.organisationId),
    approvedOrganisationIds: version.approvals.map((a) => a.organisationId),
  };
  const ordered = documentOrder(siblings);
  const subtree = new Set<string>([section.id]);
  for (const s of ordered) if (s.parentId && subtree.has(s.parentId)) subtree.add(s.id);
  return {
    section,
    obligations,
    version: { id: version.id, agreementId: version.agreementId, number: version.number, label: version.label, status: version.status, agreementTitle: version.agreement.title },
    possibleParents: ordered.filter((s) => !subtree.has(s.id)).map((s) => ({ id: s.id, number: s.number, title: s.title, depth: s.depth })),
    canEdit: canEditVersion(current, facts),
    lastSavedBy: latest?.author?.name ?? null,
  };
}
