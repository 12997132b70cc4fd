import { describe, expect, it } from "vitest";
import type { Actor, ActorMembership } from "@/lib/rules/actor";
import type { OrganisationKind, ReferralStatus, Role } from "@/lib/generated/prisma/enums";
import {
  TRANSITIONS,
  TRANSITION_NAMES,
  availableTransitions,
  canRefer,
  canTransition,
  canViewAccessLog,
  canViewReferral,
  canViewReferralStatistics,
  nextDeadline,
  offerOpenForReferral,
  reassignTargetFor,
  receiverFor,
  referralWorklistFor,
  referringOrganisationFor,
  relationTo,
  transitionFromStatus,
  type OfferFacts,
  type ReferralTransition,
} from "@/lib/rules/referrals";

// ─── The parties ───
const CLINIC = "clinic-roskilde";
const OTHER_CLINIC = "clinic-slagelse";
const HOSPITAL = "hospital-holbaek";
const ROSKILDE = "mun-roskilde"; // receiving municipality
const LEJRE = "mun-lejre"; // received before and reassigned to Roskilde (previous receiver)
const NAESTVED = "mun-naestved"; // no relation
const REGION = "region-sjaelland";
const PLATFORM = "platform";

function member(organisationId: string, organisationKind: OrganisationKind, role: Role): ActorMembership {
  return { membershipId: `${organisationId}-${role}`, organisationId, organisationKind, organisationName: organisationId, regionId: REGION, role };
}
function actor(memberships: ActorMembership[], activeOrganisationId?: string): Actor {
  return { userId: "u", email: "u@x.dk", name: "U", locale: "da", memberships, activeOrganisationId: activeOrganisationId ?? memberships[0]?.organisationId ?? null };
}

/** Role × organisation relation, each with its expected relation to the referral. */
const ACTORS: Record<string, { actor: Actor | null; relation: string }> = {
  "clinician of the referring clinic": { actor: actor([member(CLINIC, "GP_CLINIC", "CLINICIAN")]), relation: "referrer" },
  "reader of the referring clinic": { actor: actor([member(CLINIC, "GP_CLINIC", "READER")]), relation: "none" },
  "clinician of another clinic": { actor: actor([member(OTHER_CLINIC, "GP_CLINIC", "CLINICIAN")]), relation: "none" },
  "caseworker of the receiving municipality": { actor: actor([member(ROSKILDE, "MUNICIPALITY", "CASEWORKER")]), relation: "receiver" },
  "coordinator of the receiving municipality": { actor: actor([member(ROSKILDE, "MUNICIPALITY", "COORDINATOR")]), relation: "receiver" },
  "reader of the receiving municipality": { actor: actor([member(ROSKILDE, "MUNICIPALITY", "READER")]), relation: "none" },
  "caseworker of the previous receiver": { actor: actor([member(LEJRE, "MUNICIPALITY", "CASEWORKER")]), relation: "previousReceiver" },
  "caseworker of another municipality": { actor: actor([member(NAESTVED, "MUNICIPALITY", "CASEWORKER")]), relation: "none" },
  "coordinator of the region": { actor: actor([member(REGION, "REGION", "COORDINATOR")]), relation: "none" },
  "platform administrator": { actor: actor([member(PLATFORM, "PLATFORM", "ADMIN")]), relation: "none" },
  "signed out": { actor: null, relation: "none" },
};

const STATUSES: ReferralStatus[] = ["SENT", "RECEIVED", "ACCEPTED", "REJECTED", "IN_PROGRESS", "COMPLETED", "DROPPED_OUT", "CANCELLED"];

/** The state machine as a table: which transitions are possible from which status (✓). */
const STATE_TABLE: Record<ReferralTransition, string> = {
  //          SENT RECEIVED ACCEPTED REJECTED IN_PROGRESS COMPLETED DROPPED_OUT CANCELLED
  receive: "  ✓    ·        ·        ·        ·           ·         ·           ·",
  accept: "   ·    ✓        ·        ·        ·           ·         ·           ·",
  reject: "   ·    ✓        ·        ·        ·           ·         ·           ·",
  reassign: " ·    ✓        ✓        ✓        ·           ·         ·           ·",
  start: "    ·    ·        ✓        ·        ·           ·         ·           ·",
  complete: " ·    ·        ·        ·        ✓           ·         ·           ·",
  dropOut: "  ·    ·        ✓        ·        ✓           ·         ·           ·",
  cancel: "   ✓    ✓        ✓        ·        ✓           ·         ·           ·",
};
const possible = (t: ReferralTransition, s: ReferralStatus) => STATE_TABLE[t].trim().split(/\s+/)[STATUSES.indexOf(s)] === "✓";

/** Who performs each transition: the actors (by name) allowed; everyone else gets the reason. */
const WHO_TABLE: Record<ReferralTransition, { allowed: string[]; reason: string }> = {
  receive: { allowed: ["caseworker of the receiving municipality", "coordinator of the receiving municipality"], reason: "referrals.reason.notReceiverStaff" },
  accept: { allowed: ["caseworker of the receiving municipality", "coordinator of the receiving municipality"], reason: "referrals.reason.notReceiverStaff" },
  reject: { allowed: ["caseworker of the receiving municipality", "coordinator of the receiving municipality"], reason: "referrals.reason.notReceiverStaff" },
  reassign: { allowed: ["caseworker of the receiving municipality", "coordinator of the receiving municipality"], reason: "referrals.reason.notReceiverStaff" },
  start: { allowed: ["caseworker of the receiving municipality", "coordinator of the receiving municipality"], reason: "referrals.reason.notReceiverStaff" },
  complete: { allowed: ["caseworker of the receiving municipality", "coordinator of the receiving municipality"], reason: "referrals.reason.notReceiverStaff" },
  dropOut: { allowed: ["caseworker of the receiving municipality", "coordinator of the receiving municipality"], reason: "referrals.reason.notReceiverStaff" },
  cancel: { allowed: ["clinician of the referring clinic"], reason: "referrals.reason.notReferrer" },
};

const referral = (status: ReferralStatus) => ({ status, referringOrganisationId: CLINIC, receivingMunicipalityId: ROSKILDE, previousReceiverIds: [LEJRE] });

describe("canTransition — decision table over transition × role × organisation relation × state", () => {
  const cases: [ReferralTransition, string, ReferralStatus][] = [];
  for (const t of TRANSITION_NAMES) for (const who of Object.keys(ACTORS)) for (const s of STATUSES) cases.push([t, who, s]);

  it("covers every combination (8 transitions × 11 actors × 8 states)", () => expect(cases).toHaveLength(8 * 11 * 8));

  it.each(cases)("%s by %s in %s", (t, who, s) => {
    const expected =
      who === "signed out"
        ? { allowed: false, reason: "errors.signInRequired" }
        : !WHO_TABLE[t].allowed.includes(who)
          ? { allowed: false, reason: WHO_TABLE[t].reason }
          : !possible(t, s)
            ? { allowed: false, reason: `referrals.reason.impossible.${t}` }
            : { allowed: true };
    expect(canTransition(ACTORS[who].actor, referral(s), t, { reason: "Borgeren ønsker det ikke" })).toEqual(expected);
  });

  it("relates each actor to the referral as the table says", () => {
    for (const [who, { actor: a, relation }] of Object.entries(ACTORS)) expect(relationTo(a, referral("SENT")), who).toBe(relation);
  });

  it("agrees with the state machine's own definition", () => {
    for (const t of TRANSITION_NAMES) for (const s of STATUSES) expect(TRANSITIONS[t].from.includes(s), `${t} from ${s}`).toBe(possible(t, s));
    expect(transitionFromStatus("COMPLETED", "cancel")).toEqual({ allowed: false, reason: "referrals.reason.impossible.cancel" });
  });
});

describe("reasons: rejection, drop-out and cancellation need one", () => {
  const staff = ACTORS["caseworker of the receiving municipality"].actor;
  const gp = ACTORS["clinician of the referring clinic"].actor;
  it.each([
    ["reject", staff, "RECEIVED"],
    ["dropOut", staff, "IN_PROGRESS"],
    ["cancel", gp, "SENT"],
  ] as const)("%s without a reason is refused", (t, a, s) => {
    for (const reason of [undefined, null, "", "   "]) {
      expect(canTransition(a, referral(s), t, { reason })).toEqual({ allowed: false, reason: "referrals.reason.reasonRequired" });
    }
    expect(canTransition(a, referral(s), t, { reason: "Ikke i målgruppen" })).toEqual({ allowed: true });
  });

  it.each([
    ["receive", "SENT"],
    ["accept", "RECEIVED"],
    ["reassign", "REJECTED"],
    ["start", "ACCEPTED"],
    ["complete", "IN_PROGRESS"],
  ] as const)("%s needs no reason", (t, s) => {
    expect(canTransition(staff, referral(s), t, {})).toEqual({ allowed: true });
  });
});

describe("availableTransitions (the buttons)", () => {
  it("offers the municipality receipt on a new referral and the GP cancel", () => {
    expect(availableTransitions(ACTORS["caseworker of the receiving municipality"].actor, referral("SENT"))).toEqual(["receive"]);
    expect(availableTransitions(ACTORS["clinician of the referring clinic"].actor, referral("SENT"))).toEqual(["cancel"]);
    expect(availableTransitions(ACTORS["caseworker of the receiving municipality"].actor, referral("RECEIVED"))).toEqual(["accept", "reject", "reassign"]);
    expect(availableTransitions(ACTORS["caseworker of the previous receiver"].actor, referral("RECEIVED"))).toEqual([]);
    expect(availableTransitions(ACTORS["caseworker of the receiving municipality"].actor, referral("COMPLETED"))).toEqual([]);
  });
});

describe("canViewReferral — privacy", () => {
  it.each(Object.keys(ACTORS))("%s", (who) => {
    const { actor: a, relation } = ACTORS[who];
    const expected = a === null ? { allowed: false, reason: "errors.signInRequired" } : relation === "none" ? { allowed: false, reason: "referrals.reason.notParty" } : { allowed: true };
    expect(canViewReferral(a, referral("ACCEPTED"))).toEqual(expected);
  });
});

describe("canRefer and the referring organisation", () => {
  it("lets clinicians of a GP clinic or a hospital refer, nobody else", () => {
    expect(canRefer(actor([member(CLINIC, "GP_CLINIC", "CLINICIAN")]))).toEqual({ allowed: true });
    expect(canRefer(actor([member(HOSPITAL, "HOSPITAL", "CLINICIAN")]))).toEqual({ allowed: true });
    expect(canRefer(actor([member(CLINIC, "GP_CLINIC", "READER")]))).toEqual({ allowed: false, reason: "referrals.reason.notClinician" });
    expect(canRefer(actor([member(ROSKILDE, "MUNICIPALITY", "COORDINATOR")]))).toEqual({ allowed: false, reason: "referrals.reason.notClinician" });
    expect(canRefer(actor([member(ROSKILDE, "MUNICIPALITY", "CLINICIAN")]))).toEqual({ allowed: false, reason: "referrals.reason.notClinician" });
    expect(canRefer(actor([member(PLATFORM, "PLATFORM", "ADMIN")]))).toEqual({ allowed: false, reason: "referrals.reason.notClinician" });
    expect(canRefer(null)).toEqual({ allowed: false, reason: "errors.signInRequired" });
  });

  it("refers for the active organisation when the actor is a clinician there", () => {
    const both = [member(CLINIC, "GP_CLINIC", "CLINICIAN"), member(HOSPITAL, "HOSPITAL", "CLINICIAN")];
    expect(referringOrganisationFor(actor(both, HOSPITAL))).toBe(HOSPITAL);
    expect(referringOrganisationFor(actor(both, ROSKILDE))).toBe(CLINIC);
    expect(referringOrganisationFor(actor([member(ROSKILDE, "MUNICIPALITY", "CASEWORKER")]))).toBeNull();
  });

  it("shows the inbox to municipal staff and 'my referrals' to clinicians", () => {
    expect(referralWorklistFor(ACTORS["caseworker of the receiving municipality"].actor)).toBe("inbox");
    expect(referralWorklistFor(ACTORS["clinician of the referring clinic"].actor)).toBe("mine");
    expect(referralWorklistFor(ACTORS["reader of the receiving municipality"].actor)).toBeNull();
    const both = [member(CLINIC, "GP_CLINIC", "CLINICIAN"), member(ROSKILDE, "MUNICIPALITY", "CASEWORKER")];
    expect(referralWorklistFor(actor(both, CLINIC))).toBe("mine");
    expect(referralWorklistFor(actor(both, ROSKILDE))).toBe("inbox");
  });
});

describe("statistics and access log", () => {
  it("committees see statistics (aggregates), never a referral", () => {
    const secretary = actor([member(REGION, "REGION", "READER")]);
    expect(canViewReferralStatistics(secretary)).toEqual({ allowed: true });
    expect(canViewReferral(secretary, referral("SENT"))).toEqual({ allowed: false, reason: "referrals.reason.notParty" });
    expect(canViewReferralStatistics(actor([member(CLINIC, "GP_CLINIC", "CLINICIAN")]), { forumMember: true })).toEqual({ allowed: true });
    expect(canViewReferralStatistics(actor([member(CLINIC, "GP_CLINIC", "CLINICIAN")]))).toEqual({ allowed: false, reason: "referrals.reason.statisticsOnly" });
    expect(canViewReferralStatistics(null)).toEqual({ allowed: false, reason: "errors.signInRequired" });
  });

  it("only the administrator reads the access log", () => {
    expect(canViewAccessLog(ACTORS["platform administrator"].actor)).toEqual({ allowed: true });
    expect(canViewAccessLog(ACTORS["coordinator of the receiving municipality"].actor)).toEqual({ allowed: false, reason: "referrals.reason.adminOnly" });
    expect(canViewAccessLog(null)).toEqual({ allowed: false, reason: "errors.signInRequired" });
  });
});

describe("receiverFor — where a referral goes", () => {
  const TODAY = "2026-11-22";
  const offer = (overrides: Partial<OfferFacts> = {}): OfferFacts => ({
    id: "offer-1",
    ownerId: ROSKILDE,
    ownerKind: "MUNICIPALITY",
    status: "PUBLISHED",
    capacity: "OPEN",
    validFrom: null,
    validTo: null,
    partners: [{ citizenMunicipalityId: LEJRE, validFrom: "2026-01-01", validTo: null }],
    ...overrides,
  });

  it.each<[string, Parameters<typeof receiverFor>[0], ReturnType<typeof receiverFor>]>([
    ["clarifying conversation → the residence municipality", { kind: "CLARIFYING_CONVERSATION", residenceMunicipalityId: NAESTVED }, { allowed: true, receivingMunicipalityId: NAESTVED }],
    ["own offer of the residence municipality", { kind: "OFFER", residenceMunicipalityId: ROSKILDE, offer: offer() }, { allowed: true, receivingMunicipalityId: ROSKILDE }],
    ["partner arrangement: a Lejre citizen to a Roskilde offer → Roskilde", { kind: "OFFER", residenceMunicipalityId: LEJRE, offer: offer() }, { allowed: true, receivingMunicipalityId: ROSKILDE }],
    ["no arrangement: a Næstved citizen to a Roskilde offer", { kind: "OFFER", residenceMunicipalityId: NAESTVED, offer: offer() }, { allowed: false, reason: "referrals.reason.offerNotForResidence" }],
    ["partner arrangement not yet valid", { kind: "OFFER", residenceMunicipalityId: LEJRE, offer: offer({ partners: [{ citizenMunicipalityId: LEJRE, validFrom: "2027-01-01", validTo: null }] }) }, { allowed: false, reason: "referrals.reason.offerNotForResidence" }],
    ["partner arrangement ended", { kind: "OFFER", residenceMunicipalityId: LEJRE, offer: offer({ partners: [{ citizenMunicipalityId: LEJRE, validFrom: null, validTo: "2026-06-30" }] }) }, { allowed: false, reason: "referrals.reason.offerNotForResidence" }],
    ["draft offer", { kind: "OFFER", residenceMunicipalityId: ROSKILDE, offer: offer({ status: "DRAFT" }) }, { allowed: false, reason: "referrals.reason.offerNotPublished" }],
    ["archived offer", { kind: "OFFER", residenceMunicipalityId: ROSKILDE, offer: offer({ status: "ARCHIVED" }) }, { allowed: false, reason: "referrals.reason.offerNotPublished" }],
    ["closed capacity", { kind: "OFFER", residenceMunicipalityId: ROSKILDE, offer: offer({ capacity: "CLOSED" }) }, { allowed: false, reason: "referrals.reason.offerClosed" }],
    ["waiting list is still open for referrals", { kind: "OFFER", residenceMunicipalityId: ROSKILDE, offer: offer({ capacity: "WAITING_LIST" }) }, { allowed: true, receivingMunicipalityId: ROSKILDE }],
    ["time-limited project that has ended", { kind: "OFFER", residenceMunicipalityId: ROSKILDE, offer: offer({ validTo: "2026-11-21" }) }, { allowed: false, reason: "referrals.reason.offerExpired" }],
    ["last valid day", { kind: "OFFER", residenceMunicipalityId: ROSKILDE, offer: offer({ validTo: TODAY }) }, { allowed: true, receivingMunicipalityId: ROSKILDE }],
    ["not started yet", { kind: "OFFER", residenceMunicipalityId: ROSKILDE, offer: offer({ validFrom: "2026-12-01" }) }, { allowed: false, reason: "referrals.reason.offerNotYetValid" }],
    ["a region's offer is not a municipal referral", { kind: "OFFER", residenceMunicipalityId: REGION, offer: offer({ ownerId: REGION, ownerKind: "REGION" }) }, { allowed: false, reason: "referrals.reason.offerNotMunicipal" }],
  ])("%s", (_name, target, expected) => expect(receiverFor(target, TODAY)).toEqual(expected));

  it("reassigns only to another offer, by the same receiver rule", () => {
    expect(reassignTargetFor({ residenceMunicipalityId: LEJRE, offerId: "offer-1" }, offer(), TODAY)).toEqual({ allowed: false, reason: "referrals.reason.sameOffer" });
    expect(reassignTargetFor({ residenceMunicipalityId: LEJRE, offerId: null }, offer(), TODAY)).toEqual({ allowed: true, receivingMunicipalityId: ROSKILDE });
    expect(reassignTargetFor({ residenceMunicipalityId: LEJRE, offerId: "x" }, offer({ capacity: "CLOSED" }), TODAY)).toEqual({ allowed: false, reason: "referrals.reason.offerClosed" });
    expect(offerOpenForReferral(offer(), TODAY)).toEqual({ allowed: true });
  });
});

describe("nextDeadline", () => {
  const due = { receiptDueAt: new Date("2026-04-09T21:59:59.999Z"), decisionDueAt: new Date("2026-04-23T21:59:59.999Z"), closingDueAt: null };
  it("is the receipt while sent, the decision while received, the closing status while in progress", () => {
    expect(nextDeadline({ status: "SENT", ...due }, new Date("2026-04-09T12:00:00Z"))).toEqual({ milestone: "RECEIPT", dueAt: due.receiptDueAt, overdue: false });
    expect(nextDeadline({ status: "SENT", ...due }, new Date("2026-04-09T22:00:00Z"))).toEqual({ milestone: "RECEIPT", dueAt: due.receiptDueAt, overdue: true });
    expect(nextDeadline({ status: "RECEIVED", ...due }, new Date("2026-04-24T08:00:00Z"))?.overdue).toBe(true);
    expect(nextDeadline({ status: "IN_PROGRESS", ...due }, new Date("2030-01-01"))).toEqual({ milestone: "CLOSING_STATUS", dueAt: null, overdue: false });
    for (const status of ["ACCEPTED", "REJECTED", "COMPLETED", "DROPPED_OUT", "CANCELLED"] as const) expect(nextDeadline({ status, ...due }, new Date())).toBeNull();
  });
});
