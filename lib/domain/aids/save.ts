import "server-only";
/**
 * The two writes an aid's content takes — creating it, and saving a new version of it — each with
 * its revision (a full snapshot) and its audit row in the caller's transaction. Used by the editors'
 * operations and by an accepted proposal.
 */
import type { Tx } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { aidContentOf, type AidContent } from "@/lib/aids/fields";
import { ConflictError, InvalidError } from "@/lib/domain/errors";
import { isUniqueViolation } from "@/lib/domain/pipeline";
import { aidAuditSnapshot, aidItemSelect, type AidItemDto } from "./dto";

async function numberFree(tx: Tx, catalogueId: string, number: string, itemId: string | null): Promise<void> {
  const taken = await tx.aidItem.findFirst({ where: { catalogueId, number, ...(itemId ? { NOT: { id: itemId } } : {}) }, select: { id: true } });
  if (taken) throw new InvalidError("errors.invalid", { number: ["validation.aids.numberTaken"] });
}

export async function insertAidItem(tx: Tx, actor: Actor, catalogueId: string, content: AidContent, proposalId: string | null = null): Promise<AidItemDto> {
  await numberFree(tx, catalogueId, content.number, null);
  const data = aidContentOf(content);
  const item = await tx.aidItem
    .create({ data: { catalogueId, ...data }, select: aidItemSelect })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new InvalidError("errors.invalid", { number: ["validation.aids.numberTaken"] }) : error;
    });
  await tx.aidItemRevision.create({ data: { itemId: item.id, revision: item.version, snapshot: data, authorId: actor.userId, proposalId } });
  await recordAuditEvent(tx, actor, { action: "aidItem.create", entityType: "AidItem", entityId: item.id, after: aidAuditSnapshot(item) });
  return item;
}

/**
 * Saves `content` over the item if it is still at `baseVersion` (0 rows → ConflictError: someone
 * saved in between). An item without history (seeded) gets its starting point as revision first.
 */
export async function saveAidItem(tx: Tx, actor: Actor, before: AidItemDto, baseVersion: number, content: AidContent, proposalId: string | null = null): Promise<AidItemDto> {
  if (content.number !== before.number) await numberFree(tx, before.catalogueId, content.number, before.id);
  const data = aidContentOf(content);
  const { count } = await tx.aidItem.updateMany({ where: { id: before.id, version: baseVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError("aids.conflict");
  const hasHistory = await tx.aidItemRevision.findFirst({ where: { itemId: before.id }, select: { id: true } });
  if (!hasHistory) {
    await tx.aidItemRevision.create({ data: { itemId: before.id, revision: before.version, snapshot: aidContentOf(before), authorId: null, createdAt: before.updatedAt } });
  }
  const after = await tx.aidItem.findUniqueOrThrow({ where: { id: before.id }, select: aidItemSelect });
  await tx.aidItemRevision.create({ data: { itemId: after.id, revision: after.version, snapshot: data, authorId: actor.userId, proposalId } });
  await recordAuditEvent(tx, actor, { action: "aidItem.update", entityType: "AidItem", entityId: after.id, before: aidAuditSnapshot(before), after: aidAuditSnapshot(after) });
  return after;
}
