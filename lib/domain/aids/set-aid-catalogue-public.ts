import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canSetAidsPublic } from "@/lib/rules/aids";
import { ConflictError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { setAidCataloguePublicInput } from "./schemas";
import { ensureAids, readableCatalogue } from "./scope";

/** The region chooses whether its catalogue is public (readable without signing in). */
export async function setAidCataloguePublic(actor: Actor | null, input: unknown): Promise<{ id: string; isPublic: boolean; version: number }> {
  const data = parseInput(setAidCataloguePublicInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const { catalogue, relation } = await readableCatalogue(tx, current, { id: data.catalogueId });
    ensureAids(relation, canSetAidsPublic);
    const { count } = await tx.aidCatalogue.updateMany({ where: { id: catalogue.id, version: data.version }, data: { isPublic: data.isPublic, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("aids.conflict");
    await recordAuditEvent(tx, current, {
      action: "aidCatalogue.setPublic",
      entityType: "AidCatalogue",
      entityId: catalogue.id,
      before: { isPublic: catalogue.isPublic, version: catalogue.version },
      after: { isPublic: data.isPublic, version: data.version + 1 },
    });
    return { id: catalogue.id, isPublic: data.isPublic, version: data.version + 1 };
  });
}
