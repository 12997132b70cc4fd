import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canEditAids } from "@/lib/rules/aids";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { createAidItemInput } from "./schemas";
import { ensureAids, readableCatalogue } from "./scope";
import { insertAidItem } from "./save";
import type { AidItemDto } from "./dto";

/** A new aid in a region's catalogue, by a coordinator who sits in the aids council. */
export async function createAidItem(actor: Actor | null, input: unknown): Promise<AidItemDto> {
  const data = parseInput(createAidItemInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const { catalogue, relation } = await readableCatalogue(tx, current, { id: data.catalogueId });
    ensureAids(relation, canEditAids);
    return insertAidItem(tx, current, catalogue.id, data);
  });
}
