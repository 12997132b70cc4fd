import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canRefer, offerOpenForReferral, relationTo } from "@/lib/rules/referrals";
import { danishDate } from "@/lib/calendar";
import { compareDanish } from "@/lib/i18n/format";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { NotFoundError } from "@/lib/domain/errors";
import type { Capacity, ReferralRoute } from "@/lib/generated/prisma/enums";
import { getReferralInput, listReferralTargetsInput } from "./schemas";
import { visibleReferralsWhere } from "./scope";
import { loadOffer } from "./offer-facts";

export type ReferralTargetOffer = {
  id: string;
  title: string;
  ownerName: string;
  /** Offered to the residence municipality's citizens through a partner arrangement. */
  viaPartner: boolean;
  capacity: Capacity;
  referralRoute: ReferralRoute;
};

export type ReferralTargets = {
  municipalities: { id: string; name: string }[];
  /** The residence municipality asked for, or — coming from an offer page — the offer's owner. */
  residenceMunicipalityId: string | null;
  /** The offers a citizen of that municipality can be referred to now (published, valid, not closed). */
  offers: ReferralTargetOffer[];
  /** The offer the GP came from (?tilbud=), if it exists and is published. */
  requestedOffer: { id: string; title: string; ownerId: string; ownerName: string; openReason: string | null } | null;
};

/**
 * What the referral form offers to choose from: every municipality (the citizen's residence), and
 * for the chosen one its own open offers and the partner offers open to its citizens — the same
 * rule the server applies on sending (lib/rules/referrals.ts receiverFor). Clinicians only.
 */
export async function listReferralTargets(actor: Actor | null, input: unknown): Promise<ReferralTargets> {
  const data = parseInput(listReferralTargetsInput, input);
  const current = requireSignedIn(actor);
  ensureAllowed(canRefer(current));
  const today = danishDate(new Date());

  const requested = data.offerId ? await loadOffer(db, data.offerId) : null;
  const requestedOffer =
    requested && requested.row.status === "PUBLISHED"
      ? {
          id: requested.row.id,
          title: requested.row.title,
          ownerId: requested.row.ownerId,
          ownerName: requested.row.owner.name,
          openReason: (() => {
            const open = offerOpenForReferral(requested.facts, today);
            return open.allowed ? null : open.reason;
          })(),
        }
      : null;

  const municipalities = (await db.organisation.findMany({ where: { kind: "MUNICIPALITY" }, select: { id: true, name: true } })).sort((a, b) =>
    compareDanish(a.name, b.name),
  );
  const residenceMunicipalityId =
    data.residenceMunicipalityId && municipalities.some((m) => m.id === data.residenceMunicipalityId)
      ? data.residenceMunicipalityId
      : requestedOffer && requested?.row.owner.kind === "MUNICIPALITY"
        ? requestedOffer.ownerId
        : null;

  const offers = residenceMunicipalityId ? await openOffersFor(residenceMunicipalityId) : [];
  return { municipalities, residenceMunicipalityId, offers, requestedOffer };
}

/**
 * The offers a referral can be reassigned to, for the staff of its receiving municipality: the open
 * offers for the citizen's residence municipality (own and partner), except the current one.
 * Not visible → NotFoundError; not the receiver's staff → an empty list (the page shows no form).
 */
export async function listReassignTargets(actor: Actor | null, input: unknown): Promise<ReferralTargetOffer[]> {
  const data = parseInput(getReferralInput, input);
  const current = requireSignedIn(actor);
  const referral = await db.referral.findFirst({
    where: { AND: [{ id: data.referralId }, visibleReferralsWhere(current)] },
    select: { residenceMunicipalityId: true, receivingMunicipalityId: true, referringOrganisationId: true, offerId: true },
  });
  if (!referral) throw new NotFoundError();
  if (relationTo(current, referral) !== "receiver") return [];
  const offers = await openOffersFor(referral.residenceMunicipalityId);
  return offers.filter((o) => o.id !== referral.offerId);
}

/** Published, valid, not closed municipal offers for citizens of a municipality: its own and its partners'. */
async function openOffersFor(residenceMunicipalityId: string): Promise<ReferralTargetOffer[]> {
  const todayDate = new Date(`${danishDate(new Date())}T00:00:00Z`); // @db.Date columns compare against UTC midnight
  const valid = { AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: todayDate } }] }, { OR: [{ validTo: null }, { validTo: { gte: todayDate } }] }] };
  const rows = await db.offer.findMany({
    where: {
      status: "PUBLISHED",
      capacity: { not: "CLOSED" },
      owner: { kind: "MUNICIPALITY" },
      ...valid,
      OR: [{ ownerId: residenceMunicipalityId }, { partnerArrangements: { some: { citizenMunicipalityId: residenceMunicipalityId, ...valid } } }],
    },
    select: { id: true, title: true, ownerId: true, capacity: true, referralRoute: true, owner: { select: { name: true } } },
  });
  return rows
    .map((o) => ({ id: o.id, title: o.title, ownerName: o.owner.name, viaPartner: o.ownerId !== residenceMunicipalityId, capacity: o.capacity, referralRoute: o.referralRoute }))
    .sort((a, b) => compareDanish(a.title, b.title));
}
