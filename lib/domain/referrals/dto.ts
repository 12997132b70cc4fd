import "server-only";
/**
 * What leaves the domain about referrals: DTOs for the pages and snapshots for the audit trail.
 * Both pick fields explicitly. The full CPR number is only in ReferralDto (the referral's own page,
 * whose load writes an access-log row); list items carry the masked number (`ddmmyy-xxxx`). Audit
 * snapshots carry no personal or health data at all — status, dates, offers and organisations —
 * the text of a note or reason lives in the referral and its events, which the access rules guard.
 */
import type {
  ConsentBasis,
  Diagnosis,
  ReferralEventType,
  ReferralKind,
  ReferralStatus,
  RiskFactor,
} from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatCpr } from "@/lib/cpr";
import type { NextDeadline, ReferralRelation, ReferralTransition } from "@/lib/rules/referrals";

export type ReferralEventDto = {
  id: string;
  type: ReferralEventType;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorName: string;
  actorOrganisationName: string;
  note: string | null;
  fromOfferTitle: string | null;
  toOfferTitle: string | null;
  occurredAt: Date;
};

export type ReferralDto = {
  id: string;
  reference: string;
  kind: ReferralKind;
  status: ReferralStatus;
  version: number;
  /** Full CPR `ddmmyy-ssss` — the referral page only. */
  citizenCpr: string;
  citizenName: string;
  residenceMunicipality: { id: string; name: string };
  receivingMunicipality: { id: string; name: string };
  referringOrganisation: { id: string; name: string };
  referringUserName: string;
  offer: { id: string; title: string; ownerName: string } | null;
  reason: string;
  riskFactors: RiskFactor[];
  diagnoses: Diagnosis[];
  relevantInformation: string | null;
  specialNeeds: string | null;
  consentBasis: ConsentBasis;
  consentNotedAt: Date | null;
  sentAt: Date;
  receivedAt: Date | null;
  decidedAt: Date | null;
  startedAt: Date | null;
  closedAt: Date | null;
  receiptDueAt: Date | null;
  decisionDueAt: Date | null;
  closingDueAt: Date | null;
  rejectionReason: string | null;
  dropOutReason: string | null;
  cancellationReason: string | null;
  closing: { attended: boolean | null; goal: string | null; benefit: string | null; followUpNeeded: boolean | null; followUpNote: string | null } | null;
  events: ReferralEventDto[];
  /** How the viewer relates to it, what they may do now, and the next deadline. */
  relation: ReferralRelation;
  transitions: ReferralTransition[];
  nextDeadline: NextDeadline | null;
};

/** The Prisma include that gives a referral what its DTO needs. */
export const referralInclude = {
  residenceMunicipality: { select: { id: true, name: true } },
  receivingMunicipality: { select: { id: true, name: true } },
  referringOrganisation: { select: { id: true, name: true } },
  referringUser: { select: { name: true } },
  offer: { select: { id: true, title: true, owner: { select: { name: true } } } },
  events: {
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    include: {
      actorUser: { select: { name: true } },
      actorOrganisation: { select: { name: true } },
      fromOffer: { select: { title: true } },
      toOffer: { select: { title: true } },
    },
  },
} satisfies Prisma.ReferralInclude;

type ReferralRow = {
  id: string;
  reference: string;
  kind: ReferralKind;
  status: ReferralStatus;
  version: number;
  citizenCpr: string;
  citizenName: string;
  reason: string;
  riskFactors: RiskFactor[];
  diagnoses: Diagnosis[];
  relevantInformation: string | null;
  specialNeeds: string | null;
  consentBasis: ConsentBasis;
  consentNotedAt: Date | null;
  sentAt: Date;
  receivedAt: Date | null;
  decidedAt: Date | null;
  startedAt: Date | null;
  closedAt: Date | null;
  receiptDueAt: Date | null;
  decisionDueAt: Date | null;
  closingDueAt: Date | null;
  rejectionReason: string | null;
  dropOutReason: string | null;
  cancellationReason: string | null;
  closingAttended: boolean | null;
  closingGoal: string | null;
  closingBenefit: string | null;
  closingFollowUpNeeded: boolean | null;
  closingFollowUpNote: string | null;
  residenceMunicipality: { id: string; name: string };
  receivingMunicipality: { id: string; name: string };
  referringOrganisation: { id: string; name: string };
  referringUser: { name: string };
  offer: { id: string; title: string; owner: { name: string } } | null;
  events: {
    id: string;
    type: ReferralEventType;
    fromStatus: ReferralStatus | null;
    toStatus: ReferralStatus;
    note: string | null;
    occurredAt: Date;
    actorUser: { name: string };
    actorOrganisation: { name: string };
    fromOffer: { title: string } | null;
    toOffer: { title: string } | null;
  }[];
};

export function toReferralDto(
  row: ReferralRow,
  viewer: { relation: ReferralRelation; transitions: ReferralTransition[]; nextDeadline: NextDeadline | null },
): ReferralDto {
  const closed = row.status === "COMPLETED";
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    version: row.version,
    citizenCpr: formatCpr(row.citizenCpr),
    citizenName: row.citizenName,
    residenceMunicipality: row.residenceMunicipality,
    receivingMunicipality: row.receivingMunicipality,
    referringOrganisation: row.referringOrganisation,
    referringUserName: row.referringUser.name,
    offer: row.offer ? { id: row.offer.id, title: row.offer.title, ownerName: row.offer.owner.name } : null,
    reason: row.reason,
    riskFactors: row.riskFactors,
    diagnoses: row.diagnoses,
    relevantInformation: row.relevantInformation,
    specialNeeds: row.specialNeeds,
    consentBasis: row.consentBasis,
    consentNotedAt: row.consentNotedAt,
    sentAt: row.sentAt,
    receivedAt: row.receivedAt,
    decidedAt: row.decidedAt,
    startedAt: row.startedAt,
    closedAt: row.closedAt,
    receiptDueAt: row.receiptDueAt,
    decisionDueAt: row.decisionDueAt,
    closingDueAt: row.closingDueAt,
    rejectionReason: row.rejectionReason,
    dropOutReason: row.dropOutReason,
    cancellationReason: row.cancellationReason,
    closing: closed
      ? {
          attended: row.closingAttended,
          goal: row.closingGoal,
          benefit: row.closingBenefit,
          followUpNeeded: row.closingFollowUpNeeded,
          followUpNote: row.closingFollowUpNote,
        }
      : null,
    events: row.events.map((e) => ({
      id: e.id,
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorName: e.actorUser.name,
      actorOrganisationName: e.actorOrganisation.name,
      note: e.note,
      fromOfferTitle: e.fromOffer?.title ?? null,
      toOfferTitle: e.toOffer?.title ?? null,
      occurredAt: e.occurredAt,
    })),
    relation: viewer.relation,
    transitions: viewer.transitions,
    nextDeadline: viewer.nextDeadline,
  };
}

/** What a transition returns to its action: enough to redirect and re-render. */
export type ReferralChangeDto = { id: string; reference: string; status: ReferralStatus; version: number };

/** The audited state of a referral: no CPR, name or health text (see the module comment). */
export function referralAuditSnapshot(row: {
  reference: string;
  kind: ReferralKind;
  status: ReferralStatus;
  version: number;
  referringOrganisationId: string;
  receivingMunicipalityId: string;
  residenceMunicipalityId: string;
  offerId: string | null;
  consentBasis: ConsentBasis;
  sentAt: Date;
  receivedAt: Date | null;
  decidedAt: Date | null;
  startedAt: Date | null;
  closedAt: Date | null;
  receiptDueAt: Date | null;
  decisionDueAt: Date | null;
  closingDueAt: Date | null;
  closingAttended: boolean | null;
  closingFollowUpNeeded: boolean | null;
}) {
  return {
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    version: row.version,
    referringOrganisationId: row.referringOrganisationId,
    receivingMunicipalityId: row.receivingMunicipalityId,
    residenceMunicipalityId: row.residenceMunicipalityId,
    offerId: row.offerId,
    consentBasis: row.consentBasis,
    sentAt: row.sentAt,
    receivedAt: row.receivedAt,
    decidedAt: row.decidedAt,
    startedAt: row.startedAt,
    closedAt: row.closedAt,
    receiptDueAt: row.receiptDueAt,
    decisionDueAt: row.decisionDueAt,
    closingDueAt: row.closingDueAt,
    closingAttended: row.closingAttended,
    closingFollowUpNeeded: row.closingFollowUpNeeded,
  };
}
