import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canEditAids } from "@/lib/rules/aids";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { updateAidItemInput } from "./schemas";
import { ensureAids, readableCatalogue } from "./scope";
import { saveAidItem } from "./save";
import { aidItemSelect, type AidItemDto } from "./dto";

/**
 * Saves an aid's content (a coordinator in the aids council). Every save is a revision; the form
 * sends the version it was rendered with, and a save in between is a conflict (nothing written).
 */
export async function updateAidItem(actor: Actor | null, input: unknown): Promise<AidItemDto> {
  const data = parseInput(updateAidItemInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.aidItem.findUnique({ where: { id: data.itemId }, select: aidItemSelect });
    if (!before) throw new NotFoundError();
    const { relation } = await readableCatalogue(tx, current, { id: before.catalogueId });
    ensureAids(relation, canEditAids);
    const { itemId: _itemId, version, ...content } = data;
    return saveAidItem(tx, current, before, version, content);
  });
}
