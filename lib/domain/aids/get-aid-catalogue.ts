import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canDecideAidProposal, canEditAids, canProposeAidChange, canSetAidsPublic } from "@/lib/rules/aids";
import { AID_CATEGORIES } from "@/lib/aids/fields";
import { parseInput } from "@/lib/domain/pipeline";
import { getAidCatalogueInput } from "./schemas";
import { chosenRegionId, readableCatalogue, readableCatalogues, type CatalogueFacts } from "./scope";
import { aidItemSelect, type AidItemDto } from "./dto";

export type AidCatalogueView = {
  catalogue: CatalogueFacts;
  /** The other catalogues the actor reads (a region switcher). */
  catalogues: { regionId: string; regionName: string }[];
  items: AidItemDto[];
  pendingProposals: number;
  may: { edit: boolean; propose: boolean; decide: boolean; setPublic: boolean };
};

/** Danish order of aid numbers ("2.10" after "2.9"). */
const byNumber = (a: { number: string }, b: { number: string }) => a.number.localeCompare(b.number, "da", { numeric: true });

/**
 * One region's catalogue as the actor reads it: every aid (by category, then number), what the
 * actor may do, and how many proposals wait for the council. Without a region: the actor's own
 * region's catalogue, else the first one the actor reads; none at all → not found.
 */
export async function getAidCatalogue(actor: Actor | null, input: unknown): Promise<AidCatalogueView> {
  const data = parseInput(getAidCatalogueInput, input);
  const catalogues = await readableCatalogues(db, actor);
  const { catalogue, relation } = await readableCatalogue(db, actor, { regionId: await chosenRegionId(db, actor, data.regionId) });
  const [items, pendingProposals] = await Promise.all([
    db.aidItem.findMany({ where: { catalogueId: catalogue.id }, select: aidItemSelect }),
    db.aidProposal.count({ where: { catalogueId: catalogue.id, status: "PENDING" } }),
  ]);
  items.sort((a, b) => AID_CATEGORIES.indexOf(a.category) - AID_CATEGORIES.indexOf(b.category) || byNumber(a, b));
  return {
    catalogue,
    catalogues: catalogues.map((c) => ({ regionId: c.regionId, regionName: c.region.name })),
    items,
    pendingProposals,
    may: {
      edit: canEditAids(relation).allowed,
      propose: canProposeAidChange(relation).allowed,
      decide: canDecideAidProposal(relation).allowed,
      setPublic: canSetAidsPublic(relation).allowed,
    },
  };
}
