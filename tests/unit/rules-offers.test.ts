/**
 * lib/rules/offers.ts as decision tables: who (role × organisation relation) × what (action × status).
 */
import { describe, expect, it } from "vitest";
import type { OfferScope, OfferStatus, OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import type { Actor, ActorMembership } from "@/lib/rules/actor";
import type { Decision } from "@/lib/rules/decision";
import {
  canAddPartner,
  canArchiveOffer,
  canChangeOffer,
  canConfirmOffer,
  canCreateOffer,
  canEditOffer,
  canManagePartnerArrangements,
  canOwnScope,
  canPublishOffer,
  canViewOffer,
  isPubliclyStale,
  isStale,
  PUBLIC_STALE_GRACE_DAYS,
  offerOwnerIdsFor,
  offerTransition,
  publishReadiness,
  reviewDueAt,
  statusAfter,
  type OfferAction,
  type PublishCandidate,
} from "@/lib/rules/offers";

const outcome = (d: Decision) => (d.allowed ? "allowed" : d.reason);

function actorWith(memberships: { organisationId: string; kind: OrganisationKind; role: Role }[]): Actor {
  return {
    userId: "me",
    email: "me@test.dk",
    name: "Me",
    locale: "da",
    activeOrganisationId: memberships[0]?.organisationId ?? null,
    memberships: memberships.map(
      (m, i): ActorMembership => ({
        membershipId: `m${i}`,
        organisationId: m.organisationId,
        organisationKind: m.kind,
        organisationName: m.organisationId,
        regionId: null,
        role: m.role,
      }),
    ),
  };
}

const ROSKILDE = "roskilde";
const LEJRE = "lejre";
const REGION = "region-sjaelland";

const actors: Record<string, Actor | null> = {
  signedOut: null,
  ownerCoordinator: actorWith([{ organisationId: ROSKILDE, kind: "MUNICIPALITY", role: "COORDINATOR" }]),
  ownerCaseworker: actorWith([{ organisationId: ROSKILDE, kind: "MUNICIPALITY", role: "CASEWORKER" }]),
  ownerReader: actorWith([{ organisationId: ROSKILDE, kind: "MUNICIPALITY", role: "READER" }]),
  otherCoordinator: actorWith([{ organisationId: LEJRE, kind: "MUNICIPALITY", role: "COORDINATOR" }]),
  regionCoordinator: actorWith([{ organisationId: REGION, kind: "REGION", role: "COORDINATOR" }]),
  clinician: actorWith([{ organisationId: "clinic", kind: "GP_CLINIC", role: "CLINICIAN" }]),
  admin: actorWith([{ organisationId: "platform", kind: "PLATFORM", role: "ADMIN" }]),
};

const STATUSES: OfferStatus[] = ["DRAFT", "PUBLISHED", "ARCHIVED"];
const roskildeOffer = (status: OfferStatus) => ({ ownerId: ROSKILDE, ownerKind: "MUNICIPALITY" as const, status });

describe("canChangeOffer (edit, publish, archive, confirm, partners): the owning organisation's coordinators only", () => {
  const expected: Record<string, string> = {
    signedOut: "errors.signInRequired",
    ownerCoordinator: "allowed",
    ownerCaseworker: "offers.reason.notOwner",
    ownerReader: "offers.reason.notOwner",
    otherCoordinator: "offers.reason.notOwner",
    regionCoordinator: "offers.reason.notOwner",
    clinician: "offers.reason.notOwner",
    admin: "offers.reason.notOwner",
  };
  for (const [who, actor] of Object.entries(actors)) {
    for (const status of STATUSES) {
      it(`${who} on a ${status} offer of Roskilde → ${expected[who]}`, () => {
        for (const rule of [canChangeOffer, canEditOffer, canPublishOffer, canArchiveOffer, canConfirmOffer, canManagePartnerArrangements]) {
          expect(outcome(rule(actor, roskildeOffer(status)))).toBe(expected[who]);
        }
      });
    }
  }
  it("the region's coordinators change the region's own offers", () => {
    expect(outcome(canChangeOffer(actors.regionCoordinator, { ownerId: REGION, ownerKind: "REGION", status: "DRAFT" }))).toBe("allowed");
  });
  it("a coordinator of two municipalities changes both, and nothing else", () => {
    const both = actorWith([
      { organisationId: ROSKILDE, kind: "MUNICIPALITY", role: "COORDINATOR" },
      { organisationId: LEJRE, kind: "MUNICIPALITY", role: "COORDINATOR" },
    ]);
    expect(offerOwnerIdsFor(both).sort()).toEqual([LEJRE, ROSKILDE]);
    expect(outcome(canChangeOffer(both, { ownerId: "naestved", ownerKind: "MUNICIPALITY", status: "DRAFT" }))).toBe("offers.reason.notOwner");
  });
});

describe("canViewOffer: published for everyone, drafts and archived for the owner's members", () => {
  const expected: Record<string, Record<OfferStatus, string>> = {
    signedOut: { DRAFT: "offers.reason.notPublished", PUBLISHED: "allowed", ARCHIVED: "offers.reason.notPublished" },
    ownerCoordinator: { DRAFT: "allowed", PUBLISHED: "allowed", ARCHIVED: "allowed" },
    ownerCaseworker: { DRAFT: "allowed", PUBLISHED: "allowed", ARCHIVED: "allowed" },
    ownerReader: { DRAFT: "allowed", PUBLISHED: "allowed", ARCHIVED: "allowed" },
    otherCoordinator: { DRAFT: "offers.reason.notPublished", PUBLISHED: "allowed", ARCHIVED: "offers.reason.notPublished" },
    regionCoordinator: { DRAFT: "offers.reason.notPublished", PUBLISHED: "allowed", ARCHIVED: "offers.reason.notPublished" },
    clinician: { DRAFT: "offers.reason.notPublished", PUBLISHED: "allowed", ARCHIVED: "offers.reason.notPublished" },
    admin: { DRAFT: "offers.reason.notPublished", PUBLISHED: "allowed", ARCHIVED: "offers.reason.notPublished" },
  };
  for (const [who, actor] of Object.entries(actors)) {
    for (const status of STATUSES) {
      it(`${who} reading a ${status} offer → ${expected[who][status]}`, () => {
        expect(outcome(canViewOffer(actor, roskildeOffer(status)))).toBe(expected[who][status]);
      });
    }
  }
});

describe("canCreateOffer", () => {
  const cases: [string, OrganisationKind, string, string][] = [
    ["ownerCoordinator", "MUNICIPALITY", ROSKILDE, "allowed"],
    ["ownerCaseworker", "MUNICIPALITY", ROSKILDE, "offers.reason.notOwner"],
    ["otherCoordinator", "MUNICIPALITY", ROSKILDE, "offers.reason.notOwner"],
    ["regionCoordinator", "REGION", REGION, "allowed"],
    ["clinician", "GP_CLINIC", "clinic", "offers.reason.ownerKind"],
    ["admin", "PLATFORM", "platform", "offers.reason.ownerKind"],
    ["signedOut", "MUNICIPALITY", ROSKILDE, "errors.signInRequired"],
  ];
  for (const [who, kind, id, expected] of cases) {
    it(`${who} creating for ${kind} ${id} → ${expected}`, () => {
      expect(outcome(canCreateOffer(actors[who], { id, kind }))).toBe(expected);
    });
  }
});

describe("offerTransition: the state machine", () => {
  const table: Record<OfferAction, Record<OfferStatus, string>> = {
    edit: { DRAFT: "allowed", PUBLISHED: "allowed", ARCHIVED: "offers.reason.archived" },
    publish: { DRAFT: "allowed", PUBLISHED: "offers.reason.alreadyPublished", ARCHIVED: "offers.reason.archived" },
    archive: { DRAFT: "allowed", PUBLISHED: "allowed", ARCHIVED: "offers.reason.alreadyArchived" },
    confirm: { DRAFT: "offers.reason.notPublished", PUBLISHED: "allowed", ARCHIVED: "offers.reason.archived" },
    reopen: { DRAFT: "offers.reason.notArchived", PUBLISHED: "offers.reason.notArchived", ARCHIVED: "allowed" },
  };
  for (const [action, row] of Object.entries(table) as [OfferAction, Record<OfferStatus, string>][]) {
    for (const status of STATUSES) {
      it(`${action} from ${status} → ${row[status]}`, () => {
        expect(outcome(offerTransition(status, action))).toBe(row[status]);
      });
    }
  }
  it("an unknown status fails closed", () => {
    expect(outcome(offerTransition("DELETED" as OfferStatus, "edit"))).toBe("offers.reason.transition");
  });
  it("statusAfter", () => {
    expect(statusAfter("DRAFT", "publish")).toBe("PUBLISHED");
    expect(statusAfter("PUBLISHED", "archive")).toBe("ARCHIVED");
    expect(statusAfter("ARCHIVED", "reopen")).toBe("DRAFT");
    expect(statusAfter("PUBLISHED", "confirm")).toBe("PUBLISHED");
  });
});

describe("canOwnScope: the region owns disease-specific offers; a municipality only with the four conditions", () => {
  const table: [OrganisationKind, OfferScope, boolean, string][] = [
    ["MUNICIPALITY", "GENERAL", false, "allowed"],
    ["MUNICIPALITY", "GENERAL", true, "allowed"],
    ["MUNICIPALITY", "DISEASE_SPECIFIC", true, "allowed"],
    ["MUNICIPALITY", "DISEASE_SPECIFIC", false, "offers.reason.specialisedConditionsMissing"],
    ["REGION", "DISEASE_SPECIFIC", false, "allowed"],
    ["REGION", "DISEASE_SPECIFIC", true, "allowed"],
    ["REGION", "GENERAL", false, "offers.reason.regionDiseaseSpecificOnly"],
    ["GP_CLINIC", "GENERAL", false, "offers.reason.ownerKind"],
    ["HOSPITAL", "DISEASE_SPECIFIC", true, "offers.reason.ownerKind"],
    ["PLATFORM", "GENERAL", true, "offers.reason.ownerKind"],
  ];
  for (const [kind, scope, confirmed, expected] of table) {
    it(`${kind} × ${scope} × conditions ${confirmed ? "confirmed" : "not confirmed"} → ${expected}`, () => {
      expect(outcome(canOwnScope(kind, scope, confirmed))).toBe(expected);
    });
  }
});

describe("canAddPartner", () => {
  const owner = { id: ROSKILDE, kind: "MUNICIPALITY" as const };
  it("another municipality → allowed", () => expect(outcome(canAddPartner(owner, { id: LEJRE, kind: "MUNICIPALITY" }))).toBe("allowed"));
  it("the owner itself → refused", () => expect(outcome(canAddPartner(owner, owner))).toBe("offers.reason.partnerSelf"));
  it("a region or clinic → refused", () => {
    expect(outcome(canAddPartner(owner, { id: REGION, kind: "REGION" }))).toBe("offers.reason.partnerNotMunicipality");
    expect(outcome(canAddPartner(owner, { id: "clinic", kind: "GP_CLINIC" }))).toBe("offers.reason.partnerNotMunicipality");
  });
});

describe("publishReadiness: the mandatory fields", () => {
  const complete: PublishCandidate = {
    title: "Rygestopkursus",
    summary: "Gruppeforløb",
    description: "Seks mødegange",
    riskFactors: ["SMOKING"],
    diagnoses: [],
    targetGroup: "Voksne rygere",
    formats: ["GROUP"],
    schedule: "Tirsdage 16-18",
    languages: ["da"],
    contactPhone: "46 31 00 00",
    contactEmail: null,
    referralRoute: "CLARIFYING_CONVERSATION",
    entryPointLocationNumber: "5790001234567",
    capacity: "OPEN",
    waitingWeeksMin: null,
    waitingWeeksMax: null,
    locationCount: 1,
  };
  it("a complete offer is ready", () => expect(publishReadiness(complete)).toEqual({}));
  const missing: [string, Partial<PublishCandidate>, string, string][] = [
    ["no description", { description: " " }, "description", "offers.validation.requiredToPublish"],
    ["no risk factor and no diagnosis", { riskFactors: [] }, "riskFactors", "offers.validation.topicRequired"],
    ["no target group", { targetGroup: "" }, "targetGroup", "offers.validation.requiredToPublish"],
    ["no format", { formats: [] }, "formats", "offers.validation.chooseOneToPublish"],
    ["no schedule", { schedule: null }, "schedule", "offers.validation.requiredToPublish"],
    ["no language", { languages: [] }, "languages", "offers.validation.chooseOneToPublish"],
    ["no phone and no e-mail", { contactPhone: "" }, "contactPhone", "offers.validation.contactRequired"],
    ["no entry point for a referral", { entryPointLocationNumber: null }, "entryPointLocationNumber", "offers.validation.entryPointRequired"],
    ["waiting list without a band", { capacity: "WAITING_LIST" }, "waitingWeeksMin", "offers.validation.waitingBandRequired"],
    ["no location for a group course", { locationCount: 0 }, "locations.0.name", "offers.validation.locationRequired"],
  ];
  for (const [name, change, field, key] of missing) {
    it(`${name} → ${field}: ${key}`, () => {
      expect(publishReadiness({ ...complete, ...change })).toEqual({ [field]: [key] });
    });
  }
  it("a diagnosis alone is a topic; direct access needs no entry point; online needs no location", () => {
    expect(
      publishReadiness({ ...complete, riskFactors: [], diagnoses: ["COPD"], referralRoute: "DIRECT_ACCESS", entryPointLocationNumber: null, formats: ["ONLINE"], locationCount: 0 }),
    ).toEqual({});
  });
});

describe("freshness", () => {
  const lastConfirmedAt = new Date("2026-01-01T00:00:00Z");
  it("due after the review interval", () => {
    expect(reviewDueAt({ lastConfirmedAt, reviewIntervalDays: 30 }).toISOString()).toBe("2026-01-31T00:00:00.000Z");
  });
  it("fresh within, stale after", () => {
    expect(isStale({ lastConfirmedAt, reviewIntervalDays: 30 }, new Date("2026-01-30T23:59:59Z"))).toBe(false);
    expect(isStale({ lastConfirmedAt, reviewIntervalDays: 30 }, new Date("2026-01-31T00:00:01Z"))).toBe(true);
  });
  it("publicly marked only after the grace period (the owner is notified on the review date)", () => {
    expect(PUBLIC_STALE_GRACE_DAYS).toBe(14);
    expect(isPubliclyStale({ lastConfirmedAt, reviewIntervalDays: 30 }, new Date("2026-01-31T00:00:01Z"))).toBe(false);
    expect(isPubliclyStale({ lastConfirmedAt, reviewIntervalDays: 30 }, new Date("2026-02-14T00:00:00Z"))).toBe(false);
    expect(isPubliclyStale({ lastConfirmedAt, reviewIntervalDays: 30 }, new Date("2026-02-14T00:00:01Z"))).toBe(true);
  });
});
