import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canRefer, receiverFor, referringOrganisationFor } from "@/lib/rules/referrals";
import { danishDate } from "@/lib/calendar";
import { InvalidError } from "@/lib/domain/errors";
import { ensureAllowed, isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { municipalStaffIds, notifyUsers } from "@/lib/domain/notifications/notify";
import { createReferralInput, previewReferralInput, type CreateReferralInput } from "./schemas";
import { loadOffer } from "./offer-facts";
import { deadlineRulesFor, dueAfter } from "./deadlines";
import { referralAuditSnapshot, type ReferralChangeDto } from "./dto";
import { formatCpr } from "@/lib/cpr";
import type { ConsentBasis, Diagnosis, ReferralKind, RiskFactor } from "@/lib/generated/prisma/enums";

/** What the GP sees before sending: the referral as it will be sent, with names resolved. */
export type ReferralPreviewDto = {
  citizenCpr: string;
  citizenName: string;
  residenceMunicipalityName: string;
  kind: ReferralKind;
  offerTitle: string | null;
  receivingMunicipalityName: string;
  reason: string;
  riskFactors: RiskFactor[];
  diagnoses: Diagnosis[];
  relevantInformation: string | null;
  specialNeeds: string | null;
  consentBasis: ConsentBasis;
  consentNoted: boolean;
  /** The receipt deadline if it were sent now (null: the agreement sets none). */
  receiptDueAt: Date | null;
};

const fieldError = (field: string, key: string) => new InvalidError("errors.invalid", { [field]: [key] });

/**
 * The checks shared by preview and send: the actor refers for a clinic or hospital; the residence
 * municipality exists and is a municipality; the target (an offer, or a clarifying conversation)
 * goes to a receiving municipality by the rules. Rule refusals about the target are field errors
 * on `target`, so the form shows them next to the choice.
 */
async function prepare(tx: Tx, actor: Actor, data: CreateReferralInput, now: Date) {
  ensureAllowed(canRefer(actor));
  const referringOrganisationId = referringOrganisationFor(actor)!;

  const residence = await tx.organisation.findFirst({
    where: { id: data.residenceMunicipalityId, kind: "MUNICIPALITY" },
    select: { id: true, name: true },
  });
  if (!residence) throw fieldError("residenceMunicipalityId", "validation.choose");

  let offer: Awaited<ReturnType<typeof loadOffer>> = null;
  if (data.kind === "OFFER") {
    offer = await loadOffer(tx, data.offerId!);
    // An unknown id and a draft look the same to the GP: "not available".
    if (!offer) throw fieldError("target", "referrals.reason.offerNotPublished");
  }
  const receiver =
    data.kind === "OFFER"
      ? receiverFor({ kind: "OFFER", residenceMunicipalityId: residence.id, offer: offer!.facts }, danishDate(now))
      : receiverFor({ kind: "CLARIFYING_CONVERSATION", residenceMunicipalityId: residence.id }, danishDate(now));
  if (!receiver.allowed) throw fieldError("target", receiver.reason);

  const receiving = await tx.organisation.findUniqueOrThrow({ where: { id: receiver.receivingMunicipalityId }, select: { id: true, name: true } });
  const rules = await deadlineRulesFor(tx, receiving.id);
  return { referringOrganisationId, residence, offer, receiving, rules };
}

/** Checks a referral exactly as sending would, and shows it; writes nothing. */
export async function previewReferral(actor: Actor | null, input: unknown): Promise<ReferralPreviewDto> {
  const data = parseInput(previewReferralInput, input);
  const current = requireSignedIn(actor);
  const now = new Date();
  const { residence, offer, receiving, rules } = await prepare(db, current, data, now);
  return {
    citizenCpr: formatCpr(data.cpr),
    citizenName: data.citizenName,
    residenceMunicipalityName: residence.name,
    kind: data.kind,
    offerTitle: offer?.row.title ?? null,
    receivingMunicipalityName: receiving.name,
    reason: data.reason,
    riskFactors: data.riskFactors,
    diagnoses: data.diagnoses,
    relevantInformation: data.relevantInformation ?? null,
    specialNeeds: data.specialNeeds ?? null,
    consentBasis: data.consentBasis,
    consentNoted: data.consentNoted,
    receiptDueAt: dueAfter(now, rules.RECEIPT),
  };
}

/**
 * The next human reference of the year, H-YYYY-NNNNNN, drawn in one statement of its own *before* the
 * creation's transaction: the counter row is locked only for that statement, so creations run side
 * by side. (Until issue 13's load test an advisory lock held to commit serialised every creation —
 * about one send a second at 200 users, a send's median 29 s.) The counter never goes below the
 * highest reference already stored that year (a seed or an import may have written some), and the
 * unique index is the last guard. A creation that fails after drawing leaves a gap in the numbers —
 * the reference identifies, it does not count. Six digits sort correctly up to 999,999 a year.
 */
async function drawReference(now: Date): Promise<string> {
  const year = danishDate(now).slice(0, 4);
  const [{ last }] = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReferralReferenceCounter" ("year", "last")
    VALUES (
      ${Number(year)}::int,
      COALESCE((SELECT substr("reference", 8)::int FROM "Referral"
                WHERE "reference" >= ${`H-${year}-`} AND "reference" < ${`H-${year}.`}
                ORDER BY "reference" DESC LIMIT 1), 0) + 1
    )
    ON CONFLICT ("year") DO UPDATE SET "last" = GREATEST("ReferralReferenceCounter"."last", EXCLUDED."last" - 1) + 1
    RETURNING "last"`;
  return `H-${year}-${String(last).padStart(6, "0")}`;
}

/**
 * A clinician sends a referral: to an offer of the citizen's residence municipality (or of the
 * partner that offers it to them), or to a clarifying conversation with the residence municipality.
 * In one transaction: the referral with its receipt deadline, the SENT event, the audit row and a
 * notification to each staff member of the receiving municipality.
 */
export async function createReferral(actor: Actor | null, input: unknown): Promise<ReferralChangeDto> {
  const data = parseInput(createReferralInput, input);
  const current = requireSignedIn(actor);

  try {
    const now = new Date();
    const reference = await drawReference(now);
    return await db.$transaction(async (tx) => {
      const { referringOrganisationId, residence, offer, receiving, rules } = await prepare(tx, current, data, now);

      const referral = await tx.referral.create({
        data: {
          reference,
          kind: data.kind,
          referringOrganisationId,
          referringUserId: current.userId,
          citizenCpr: data.cpr,
          citizenName: data.citizenName,
          residenceMunicipalityId: residence.id,
          receivingMunicipalityId: receiving.id,
          offerId: offer?.row.id ?? null,
          reason: data.reason,
          riskFactors: data.riskFactors,
          diagnoses: data.diagnoses,
          relevantInformation: data.relevantInformation ?? null,
          specialNeeds: data.specialNeeds ?? null,
          consentBasis: data.consentBasis,
          consentNotedAt: data.consentNoted ? now : null,
          status: "SENT",
          sentAt: now,
          receiptDueAt: dueAfter(now, rules.RECEIPT),
        },
      });
      await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          type: "SENT",
          fromStatus: null,
          toStatus: "SENT",
          actorUserId: current.userId,
          actorOrganisationId: referringOrganisationId,
          toOfferId: referral.offerId,
          occurredAt: now,
        },
      });
      await recordAuditEvent(tx, current, { action: "referral.create", entityType: "Referral", entityId: referral.id, after: referralAuditSnapshot(referral) });
      await notifyUsers(tx, await municipalStaffIds(tx, receiving.id), {
        kind: "REFERRAL_NEW",
        referralId: referral.id,
        params: { reference, offer: offer?.row.title ?? "", municipality: receiving.name },
      });
      return { id: referral.id, reference, status: referral.status, version: referral.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new InvalidError("referrals.error.referenceTaken");
    throw error;
  }
}
