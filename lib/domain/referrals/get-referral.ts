import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { availableTransitions, canViewReferral, nextDeadline, relationTo } from "@/lib/rules/referrals";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { getReferralInput } from "./schemas";
import { previousReceiverIds, visibleReferralsWhere } from "./scope";
import { referralInclude, toReferralDto, type ReferralDto } from "./dto";

/**
 * One referral with its personal data (full CPR, health information) and timeline, for a party to
 * it only (not visible → NotFoundError, and nothing is logged). Every successful read writes a
 * ReferralAccessLog row — who, for which organisation, when — *before* the data is returned, so a
 * page cannot show a referral without the read being on record (if the log insert fails, the page
 * fails). The log is append-only (a trigger refuses UPDATE and DELETE).
 */
export async function getReferral(actor: Actor | null, input: unknown, options: { purpose?: string } = {}): Promise<ReferralDto> {
  const data = parseInput(getReferralInput, input);
  const current = requireSignedIn(actor);

  const row = await db.referral.findFirst({
    where: { AND: [{ id: data.referralId }, visibleReferralsWhere(current)] }, // scoped: referrer, receiver, previous receiver
    include: referralInclude,
  });
  if (!row) throw new NotFoundError();
  const parties = {
    status: row.status,
    referringOrganisationId: row.referringOrganisationId,
    receivingMunicipalityId: row.receivingMunicipalityId,
    previousReceiverIds: await previousReceiverIds(db, row.id, row.receivingMunicipalityId),
  };
  ensureAllowed(canViewReferral(current, parties));
  const relation = relationTo(current, parties);

  const organisationId =
    relation === "receiver"
      ? row.receivingMunicipalityId
      : relation === "referrer"
        ? row.referringOrganisationId
        : parties.previousReceiverIds.find((id) => current.memberships.some((m) => m.organisationId === id))!;
  await db.referralAccessLog.create({
    data: { referralId: row.id, userId: current.userId, organisationId, purpose: options.purpose ?? "view" },
  });

  return toReferralDto(row, {
    relation,
    transitions: availableTransitions(current, parties),
    nextDeadline: nextDeadline(row, new Date()),
  });
}
