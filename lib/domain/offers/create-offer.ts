import "server-only";
import { db } from "@/lib/db/client";
import { forgetOfferSearches } from "./search-cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canCreateOffer, offerOwnerIdsFor } from "@/lib/rules/offers";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { createOfferInput } from "./schemas";
import { allSpecialisedConditions, ensureScopeAllowed, locationRows, offerColumns, reloadOffer } from "./change";
import { offerAuditSnapshot, type OfferDto } from "./dto";

/**
 * A coordinator creates a draft offer for their municipality (or region). The owner is the given
 * `ownerId`, else the actor's active organisation, else their first coordinated one. One audit row
 * ("offer.create").
 */
export async function createOffer(actor: Actor | null, input: unknown): Promise<OfferDto> {
  const data = parseInput(createOfferInput, input);
  const current = requireSignedIn(actor);
  const ownerIds = offerOwnerIdsFor(current);
  const ownerId =
    data.ownerId ?? (current.activeOrganisationId && ownerIds.includes(current.activeOrganisationId) ? current.activeOrganisationId : ownerIds[0]);

  const result = await db.$transaction(async (tx) => {
    const owner = await tx.organisation.findFirst({
      // scoped: only an organisation the actor coordinates; any other id is "not found"
      where: { AND: [{ id: ownerId ?? "" }, { id: { in: ownerIds } }] },
      select: { id: true, kind: true },
    });
    if (!owner) throw new NotFoundError();
    ensureAllowed(canCreateOffer(current, owner));
    const conditions = allSpecialisedConditions(data);
    ensureScopeAllowed(owner.kind, data.scope, conditions);

    const now = new Date();
    const created = await tx.offer.create({
      data: {
        ...offerColumns(data, data.scope === "DISEASE_SPECIFIC" && conditions ? now : null),
        ownerId: owner.id,
        status: "DRAFT",
        lastConfirmedAt: now,
        locations: { create: locationRows(data) },
      },
      select: { id: true },
    });
    const offer = await reloadOffer(tx, created.id);
    await recordAuditEvent(tx, current, { action: "offer.create", entityType: "Offer", entityId: offer.id, after: offerAuditSnapshot(offer) });
    return offer;
  });
  forgetOfferSearches(); // the lookup shows the change at once
  return result;
}
