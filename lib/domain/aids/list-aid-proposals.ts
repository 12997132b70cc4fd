import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canDecideAidProposal } from "@/lib/rules/aids";
import { parseInput } from "@/lib/domain/pipeline";
import { getAidCatalogueInput } from "./schemas";
import { chosenRegionId, councilMeetings, readableCatalogue, type CatalogueFacts } from "./scope";
import { aidItemSelect, aidProposalDto, aidProposalSelect, type AidProposalDto } from "./dto";
import { diffAidContent, type AidFieldChange } from "./item-diff";

export type AidProposalList = {
  catalogue: CatalogueFacts;
  proposals: (AidProposalDto & { itemName: string | null; changes: AidFieldChange[] })[];
  meetings: { id: string; startsAt: Date; forumName: string }[];
  mayDecide: boolean;
};

/** The proposals of a region's catalogue, pending first (the council's worklist), then decided ones. */
export async function listAidProposals(actor: Actor | null, input: unknown): Promise<AidProposalList> {
  const data = parseInput(getAidCatalogueInput, input);
  const { catalogue, relation } = await readableCatalogue(db, actor, { regionId: await chosenRegionId(db, actor, data.regionId) });
  const mayDecide = canDecideAidProposal(relation).allowed;
  const rows = await db.aidProposal.findMany({
    where: { catalogueId: catalogue.id },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 200,
    select: { ...aidProposalSelect, item: { select: aidItemSelect } },
  });
  const meetings = mayDecide ? await councilMeetings(db, catalogue.regionId) : [];
  return {
    catalogue,
    proposals: rows.map((row) => {
      const dto = aidProposalDto(row);
      return { ...dto, itemName: row.item?.name ?? null, changes: dto.status === "PENDING" ? diffAidContent(row.item, dto.proposed) : [] };
    }),
    meetings,
    mayDecide,
  };
}
