import "server-only";
import { db } from "@/lib/db/client";
import type { OfferStatus, OrganisationKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { isStale, offerOwnerIdsFor, reviewDueAt } from "@/lib/rules/offers";
import { compareDanish } from "@/lib/i18n/format";
import { ForbiddenError } from "@/lib/domain/errors";
import { requireSignedIn } from "@/lib/domain/pipeline";
import { currentArrangementWhere } from "./scope";

export type OwnOfferDto = {
  id: string;
  title: string;
  status: OfferStatus;
  stale: boolean;
  lastConfirmedAt: Date;
  reviewDueAt: Date;
  updatedAt: Date;
  version: number;
  partnerNames: string[];
};

export type SharedOfferDto = { arrangementId: string; offerId: string; title: string; ownerName: string; validFrom: Date | null; validTo: Date | null };

export type WorklistDto = {
  organisations: {
    id: string;
    name: string;
    kind: OrganisationKind;
    offers: OwnOfferDto[];
    /** Published offers past their review interval: the worklist. */
    overdue: OwnOfferDto[];
    /** Offers of other municipalities that this municipality's citizens may use (partner arrangements). */
    sharedWithUs: SharedOfferDto[];
  }[];
};

const STATUS_ORDER: Record<OfferStatus, number> = { PUBLISHED: 0, DRAFT: 1, ARCHIVED: 2 };

/**
 * The coordinator's worklist: their organisations' offers (every status), the published ones that are
 * overdue for confirmation, and the partner offers other municipalities share with them.
 */
export async function listOwnOffers(actor: Actor | null, now: Date = new Date()): Promise<WorklistDto> {
  const current = requireSignedIn(actor);
  const ownerIds = offerOwnerIdsFor(current); // scoped: only organisations the actor coordinates
  if (ownerIds.length === 0) throw new ForbiddenError("offers.reason.notCoordinator");

  const [organisations, offers, shared] = await Promise.all([
    db.organisation.findMany({ where: { id: { in: ownerIds } }, select: { id: true, name: true, kind: true } }),
    db.offer.findMany({
      where: { ownerId: { in: ownerIds } },
      select: {
        id: true,
        ownerId: true,
        title: true,
        status: true,
        lastConfirmedAt: true,
        reviewIntervalDays: true,
        updatedAt: true,
        version: true,
        partnerArrangements: { select: { citizenMunicipality: { select: { name: true } } } },
      },
    }),
    db.partnerArrangement.findMany({
      where: { citizenMunicipalityId: { in: ownerIds }, offer: { status: "PUBLISHED" }, ...currentArrangementWhere(now) },
      select: { id: true, citizenMunicipalityId: true, validFrom: true, validTo: true, offer: { select: { id: true, title: true, owner: { select: { name: true } } } } },
    }),
  ]);

  const toDto = (o: (typeof offers)[number]): OwnOfferDto => ({
    id: o.id,
    title: o.title,
    status: o.status,
    stale: o.status === "PUBLISHED" && isStale(o, now),
    lastConfirmedAt: o.lastConfirmedAt,
    reviewDueAt: reviewDueAt(o),
    updatedAt: o.updatedAt,
    version: o.version,
    partnerNames: o.partnerArrangements.map((p) => p.citizenMunicipality.name).sort(compareDanish),
  });

  return {
    organisations: organisations
      .sort((a, b) => compareDanish(a.name, b.name))
      .map((organisation) => {
        const own = offers
          .filter((o) => o.ownerId === organisation.id)
          .map(toDto)
          .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || compareDanish(a.title, b.title));
        return {
          ...organisation,
          offers: own,
          overdue: own.filter((o) => o.stale).sort((a, b) => a.reviewDueAt.getTime() - b.reviewDueAt.getTime()),
          sharedWithUs: shared
            .filter((s) => s.citizenMunicipalityId === organisation.id)
            .map((s) => ({ arrangementId: s.id, offerId: s.offer.id, title: s.offer.title, ownerName: s.offer.owner.name, validFrom: s.validFrom, validTo: s.validTo }))
            .sort((a, b) => compareDanish(a.title, b.title)),
        };
      }),
  };
}
