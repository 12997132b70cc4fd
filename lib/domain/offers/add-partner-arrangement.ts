import "server-only";
import { db } from "@/lib/db/client";
import { forgetOfferSearches } from "./search-cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canAddPartner, canManagePartnerArrangements } from "@/lib/rules/offers";
import { InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { addPartnerArrangementInput } from "./schemas";
import { visibleOffersWhere } from "./scope";
import type { PartnerArrangementDto } from "./dto";

const alreadyPartner = () => new InvalidError("errors.invalid", { citizenMunicipalityId: ["offers.validation.partnerExists"] });

/**
 * The owner's coordinator lets the citizens of another municipality use the offer (seed 001: a
 * municipality that cannot run an offer itself agrees with a neighbour). Both municipalities see the
 * arrangement; the partner's GPs find the offer in the lookup. Audit: "offer.partner.add".
 */
export async function addPartnerArrangement(actor: Actor | null, input: unknown): Promise<PartnerArrangementDto> {
  const data = parseInput(addPartnerArrangementInput, input);
  const current = requireSignedIn(actor);

  try {
    const result = await db.$transaction(async (tx) => {
      const offer = await tx.offer.findFirst({
        where: { AND: [{ id: data.offerId }, visibleOffersWhere(current)] },
        select: { id: true, ownerId: true, status: true, owner: { select: { id: true, kind: true } } },
      });
      if (!offer) throw new NotFoundError();
      ensureAllowed(canManagePartnerArrangements(current, { ownerId: offer.ownerId, ownerKind: offer.owner.kind, status: offer.status }));
      const municipality = await tx.organisation.findUnique({ where: { id: data.citizenMunicipalityId }, select: { id: true, kind: true } });
      if (!municipality) throw new InvalidError("errors.invalid", { citizenMunicipalityId: ["validation.choose"] });
      const partner = canAddPartner(offer.owner, municipality);
      if (!partner.allowed) throw new InvalidError("errors.invalid", { citizenMunicipalityId: [partner.reason] });
      if (await tx.partnerArrangement.findUnique({ where: { offerId_citizenMunicipalityId: { offerId: offer.id, citizenMunicipalityId: municipality.id } } })) {
        throw alreadyPartner();
      }

      const created = await tx.partnerArrangement.create({
        data: { offerId: offer.id, citizenMunicipalityId: municipality.id, validFrom: data.validFrom ?? null, validTo: data.validTo ?? null, note: data.note ?? null },
        select: { id: true, validFrom: true, validTo: true, note: true, citizenMunicipality: { select: { id: true, name: true, code: true } } },
      });
      await recordAuditEvent(tx, current, {
        action: "offer.partner.add",
        entityType: "PartnerArrangement",
        entityId: created.id,
        after: { offerId: offer.id, citizenMunicipalityId: municipality.id, validFrom: created.validFrom, validTo: created.validTo, note: created.note },
      });
      return created;
    });
    forgetOfferSearches();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyPartner();
    throw error;
  }
}
