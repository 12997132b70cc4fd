import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canProposeAidChange } from "@/lib/rules/aids";
import { aidContentOf } from "@/lib/aids/fields";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { proposeAidChangeInput } from "./schemas";
import { ensureAids, readableCatalogue } from "./scope";

/**
 * A proposed change to an aid (or a new aid), by anyone signed in who reads the catalogue. The
 * proposal holds the aid as the proposer wants it and the version it was written against; the aids
 * council decides it (decide-aid-proposal.ts).
 */
export async function proposeAidChange(actor: Actor | null, input: unknown): Promise<{ id: string; itemId: string | null }> {
  const data = parseInput(proposeAidChangeInput, input);
  const current = requireSignedIn(actor);
  return db.$transaction(async (tx) => {
    const { catalogue, relation } = await readableCatalogue(tx, current, { id: data.catalogueId });
    ensureAids(relation, canProposeAidChange);
    let baseVersion: number | null = null;
    if (data.itemId) {
      const item = await tx.aidItem.findFirst({ where: { id: data.itemId, catalogueId: catalogue.id }, select: { version: true } });
      if (!item) throw new NotFoundError();
      baseVersion = data.baseVersion ?? item.version;
    }
    const proposed = aidContentOf(data);
    const proposal = await tx.aidProposal.create({
      data: { catalogueId: catalogue.id, itemId: data.itemId ?? null, baseVersion, proposed, justification: data.justification, proposerId: current.userId },
      select: { id: true, itemId: true },
    });
    await recordAuditEvent(tx, current, {
      action: "aidProposal.create",
      entityType: "AidProposal",
      entityId: proposal.id,
      after: { itemId: proposal.itemId, baseVersion, proposed, justification: data.justification },
    });
    return proposal;
  });
}
