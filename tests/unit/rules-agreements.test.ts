/**
 * lib/rules/agreements.ts as decision tables: organisation kind × role × relation to the agreement
 * (region of the agreement, party municipality, other region/municipality, no party) × state →
 * allowed, or the reason it is refused.
 */
import { describe, expect, it } from "vitest";
import type { AgreementStatus, OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import type { Actor, ActorMembership } from "@/lib/rules/actor";
import type { Decision } from "@/lib/rules/decision";
import {
  agreementCoordinatorOrganisationIds,
  allPartiesApproved,
  canApproveForParty,
  canBringIntoForce,
  canCreateDraft,
  canDecideConsultationResponse,
  canEditVersion,
  canExpire,
  canReadVersion,
  canRecordConsultationResponse,
  canRecordMeasurement,
  canSendToConsultation,
  canStartAmendment,
  type VersionFacts,
} from "@/lib/rules/agreements";

const STATUSES: AgreementStatus[] = ["DRAFT", "CONSULTATION", "APPROVED", "IN_FORCE", "EXPIRED", "SUPERSEDED"];

// The agreement of region R with municipalities M1 and M2. Region R2 and municipality M9 (of R2) are outsiders.
const REGION = "R";
const PARTIES = ["R", "M1", "M2"];

function actorWith(memberships: { kind: OrganisationKind; role: Role; organisationId: string }[]): Actor {
  return {
    userId: "me",
    email: "me@test.dk",
    name: "me",
    locale: "da",
    activeOrganisationId: null,
    memberships: memberships.map(
      (m, i): ActorMembership => ({
        membershipId: `m${i}`,
        organisationId: m.organisationId,
        organisationKind: m.kind,
        organisationName: m.organisationId,
        regionId: m.kind === "REGION" ? m.organisationId : "R",
        role: m.role,
      }),
    ),
  };
}

/** The people of the decision tables, by a short name. */
const PEOPLE = {
  anonymous: null,
  regionCoordinator: actorWith([{ kind: "REGION", role: "COORDINATOR", organisationId: "R" }]),
  regionReader: actorWith([{ kind: "REGION", role: "READER", organisationId: "R" }]),
  municipalCoordinator: actorWith([{ kind: "MUNICIPALITY", role: "COORDINATOR", organisationId: "M1" }]),
  municipalCaseworker: actorWith([{ kind: "MUNICIPALITY", role: "CASEWORKER", organisationId: "M1" }]),
  gp: actorWith([{ kind: "GP_CLINIC", role: "CLINICIAN", organisationId: "GP1" }]),
  hospitalClinician: actorWith([{ kind: "HOSPITAL", role: "CLINICIAN", organisationId: "H1" }]),
  otherRegionCoordinator: actorWith([{ kind: "REGION", role: "COORDINATOR", organisationId: "R2" }]),
  otherMunicipalCoordinator: actorWith([{ kind: "MUNICIPALITY", role: "COORDINATOR", organisationId: "M9" }]),
  admin: actorWith([{ kind: "PLATFORM", role: "ADMIN", organisationId: "P" }]),
  // Bad data: a COORDINATOR row in a GP clinic gives nothing.
  gpCoordinator: actorWith([{ kind: "GP_CLINIC", role: "COORDINATOR", organisationId: "GP1" }]),
} as const;
type Person = keyof typeof PEOPLE;
const PERSONS = Object.keys(PEOPLE) as Person[];

const version = (status: AgreementStatus, extra: Partial<VersionFacts> = {}): VersionFacts => ({
  status,
  regionId: REGION,
  partyOrganisationIds: PARTIES,
  approvedOrganisationIds: [],
  ...extra,
});
const outcome = (d: Decision) => (d.allowed ? "allowed" : d.reason);

const A = "allowed";
const SIGN_IN = "errors.signInRequired";
const COORD_ONLY = "agreements.reason.coordinatorsOnly";
const NOT_PARTY = "agreements.reason.notParty";
const REGION_ONLY = "agreements.reason.regionCoordinatorOnly";

/** Who is who towards the agreement, for the rules that only ask "a party's coordinator?". */
const PARTY_COORDINATOR_WHO: Record<Person, string> = {
  anonymous: SIGN_IN,
  regionCoordinator: A,
  regionReader: COORD_ONLY,
  municipalCoordinator: A,
  municipalCaseworker: COORD_ONLY,
  gp: COORD_ONLY,
  hospitalClinician: COORD_ONLY,
  otherRegionCoordinator: NOT_PARTY,
  otherMunicipalCoordinator: NOT_PARTY,
  admin: COORD_ONLY,
  gpCoordinator: COORD_ONLY,
};
/** …and for the rules of the region that owns the agreement. */
const REGION_COORDINATOR_WHO: Record<Person, string> = {
  anonymous: SIGN_IN,
  regionCoordinator: A,
  regionReader: COORD_ONLY,
  municipalCoordinator: REGION_ONLY,
  municipalCaseworker: COORD_ONLY,
  gp: COORD_ONLY,
  hospitalClinician: COORD_ONLY,
  otherRegionCoordinator: REGION_ONLY,
  otherMunicipalCoordinator: REGION_ONLY,
  admin: COORD_ONLY,
  gpCoordinator: COORD_ONLY,
};

describe("agreementCoordinatorOrganisationIds", () => {
  it("counts COORDINATOR memberships of regions and municipalities only", () => {
    const actor = actorWith([
      { kind: "REGION", role: "COORDINATOR", organisationId: "R" },
      { kind: "MUNICIPALITY", role: "CASEWORKER", organisationId: "M1" },
      { kind: "GP_CLINIC", role: "COORDINATOR", organisationId: "GP1" },
    ]);
    expect(agreementCoordinatorOrganisationIds(actor)).toEqual(["R"]);
    expect(agreementCoordinatorOrganisationIds(null)).toEqual([]);
  });
});

describe("canReadVersion: person × state", () => {
  const draftReaders: Record<Person, string> = {
    anonymous: SIGN_IN,
    regionCoordinator: A,
    regionReader: "agreements.reason.draftPartiesOnly",
    municipalCoordinator: A,
    municipalCaseworker: "agreements.reason.draftPartiesOnly",
    gp: "agreements.reason.draftPartiesOnly",
    hospitalClinician: "agreements.reason.draftPartiesOnly",
    otherRegionCoordinator: "agreements.reason.draftPartiesOnly",
    otherMunicipalCoordinator: "agreements.reason.draftPartiesOnly",
    admin: "agreements.reason.draftPartiesOnly",
    gpCoordinator: "agreements.reason.draftPartiesOnly",
  };
  for (const status of STATUSES) {
    for (const person of PERSONS) {
      const expected = status === "DRAFT" || status === "CONSULTATION" ? draftReaders[person] : A;
      it(`${person} reads a ${status} version → ${expected}`, () => {
        expect(outcome(canReadVersion(PEOPLE[person], version(status)))).toBe(expected);
      });
    }
  }
  it("an unknown state is refused (fail closed)", () => {
    expect(outcome(canReadVersion(PEOPLE.regionCoordinator, version("ARCHIVED" as AgreementStatus)))).toBe("agreements.reason.unknownState");
  });
});

describe("canCreateDraft: only the coordinators of the agreement's region", () => {
  for (const person of PERSONS) {
    const expected = REGION_COORDINATOR_WHO[person];
    it(`${person} → ${expected}`, () => {
      expect(outcome(canCreateDraft(PEOPLE[person], { regionId: REGION }))).toBe(expected);
    });
  }
});

describe("canEditVersion: person × state (a GP never edits; nobody edits a frozen version)", () => {
  const stateOutcome: Record<AgreementStatus, string> = {
    DRAFT: A,
    CONSULTATION: A,
    APPROVED: "agreements.reason.frozen",
    IN_FORCE: "agreements.reason.frozen",
    EXPIRED: "agreements.reason.frozen",
    SUPERSEDED: "agreements.reason.frozen",
  };
  for (const status of STATUSES) {
    for (const person of PERSONS) {
      const who = PARTY_COORDINATOR_WHO[person];
      const expected = who === A ? stateOutcome[status] : who;
      it(`${person} edits a ${status} version → ${expected}`, () => {
        expect(outcome(canEditVersion(PEOPLE[person], version(status)))).toBe(expected);
      });
    }
  }
  it("once a party has approved, the text is locked for everyone", () => {
    const v = version("CONSULTATION", { approvedOrganisationIds: ["M2"] });
    expect(outcome(canEditVersion(PEOPLE.regionCoordinator, v))).toBe("agreements.reason.approvalUnderway");
    expect(outcome(canEditVersion(PEOPLE.municipalCoordinator, v))).toBe("agreements.reason.approvalUnderway");
  });
  it("a GP with many memberships still cannot edit", () => {
    const gpAndReader = actorWith([
      { kind: "GP_CLINIC", role: "CLINICIAN", organisationId: "GP1" },
      { kind: "MUNICIPALITY", role: "READER", organisationId: "M1" },
    ]);
    expect(outcome(canEditVersion(gpAndReader, version("DRAFT")))).toBe(COORD_ONLY);
  });
});

describe("canSendToConsultation: region coordinators, from DRAFT only", () => {
  const stateOutcome: Record<AgreementStatus, string> = {
    DRAFT: A,
    CONSULTATION: "agreements.reason.alreadyInConsultation",
    APPROVED: "agreements.reason.notDraft",
    IN_FORCE: "agreements.reason.notDraft",
    EXPIRED: "agreements.reason.notDraft",
    SUPERSEDED: "agreements.reason.notDraft",
  };
  for (const status of STATUSES) {
    for (const person of PERSONS) {
      const who = REGION_COORDINATOR_WHO[person];
      const expected = who === A ? stateOutcome[status] : who;
      it(`${person} sends a ${status} version → ${expected}`, () => {
        expect(outcome(canSendToConsultation(PEOPLE[person], version(status)))).toBe(expected);
      });
    }
  }
});

describe("canRecordConsultationResponse: party coordinators, in CONSULTATION only", () => {
  for (const status of STATUSES) {
    for (const person of PERSONS) {
      const who = PARTY_COORDINATOR_WHO[person];
      const expected = who === A ? (status === "CONSULTATION" ? A : "agreements.reason.notInConsultation") : who;
      it(`${person} records a response on a ${status} version → ${expected}`, () => {
        expect(outcome(canRecordConsultationResponse(PEOPLE[person], version(status)))).toBe(expected);
      });
    }
  }
});

describe("canDecideConsultationResponse: region coordinators, in CONSULTATION only", () => {
  for (const status of STATUSES) {
    for (const person of PERSONS) {
      const who = REGION_COORDINATOR_WHO[person];
      const expected = who === A ? (status === "CONSULTATION" ? A : "agreements.reason.notInConsultation") : who;
      it(`${person} decides a response on a ${status} version → ${expected}`, () => {
        expect(outcome(canDecideConsultationResponse(PEOPLE[person], version(status)))).toBe(expected);
      });
    }
  }
});

describe("canApproveForParty: own organisation only, in CONSULTATION", () => {
  // [person, organisation approved for, expected] on a version in consultation
  const rows: [Person, string, string][] = [
    ["regionCoordinator", "R", A],
    ["regionCoordinator", "M1", "agreements.reason.ownOrganisationOnly"], // the region never approves for a municipality
    ["municipalCoordinator", "M1", A],
    ["municipalCoordinator", "M2", "agreements.reason.ownOrganisationOnly"], // nor a municipality for another
    ["municipalCoordinator", "R", "agreements.reason.ownOrganisationOnly"],
    ["otherMunicipalCoordinator", "M9", NOT_PARTY],
    ["otherMunicipalCoordinator", "M1", "agreements.reason.ownOrganisationOnly"],
    ["otherRegionCoordinator", "R2", NOT_PARTY],
    ["municipalCaseworker", "M1", COORD_ONLY],
    ["regionReader", "R", COORD_ONLY],
    ["gp", "GP1", COORD_ONLY],
    ["gp", "M1", COORD_ONLY],
    ["hospitalClinician", "R", COORD_ONLY],
    ["admin", "R", COORD_ONLY],
    ["gpCoordinator", "GP1", COORD_ONLY],
    ["anonymous", "R", SIGN_IN],
  ];
  for (const [person, organisationId, expected] of rows) {
    it(`${person} approves for ${organisationId} → ${expected}`, () => {
      expect(outcome(canApproveForParty(PEOPLE[person], version("CONSULTATION"), organisationId))).toBe(expected);
    });
  }
  const stateOutcome: Record<AgreementStatus, string> = {
    DRAFT: "agreements.reason.consultationFirst",
    CONSULTATION: A,
    APPROVED: "agreements.reason.frozen",
    IN_FORCE: "agreements.reason.frozen",
    EXPIRED: "agreements.reason.frozen",
    SUPERSEDED: "agreements.reason.frozen",
  };
  for (const status of STATUSES) {
    it(`the municipality's coordinator approves a ${status} version → ${stateOutcome[status]}`, () => {
      expect(outcome(canApproveForParty(PEOPLE.municipalCoordinator, version(status), "M1"))).toBe(stateOutcome[status]);
    });
  }
  it("a party approves once", () => {
    const v = version("CONSULTATION", { approvedOrganisationIds: ["M1"] });
    expect(outcome(canApproveForParty(PEOPLE.municipalCoordinator, v, "M1"))).toBe("agreements.reason.alreadyApproved");
  });
  it("not while consultation responses wait for an outcome", () => {
    const v = { ...version("CONSULTATION"), pendingConsultationResponses: 2 };
    expect(outcome(canApproveForParty(PEOPLE.municipalCoordinator, v, "M1"))).toBe("agreements.reason.responsesPending");
  });
  it("a coordinator of two municipalities approves for each of them, separately", () => {
    const both = actorWith([
      { kind: "MUNICIPALITY", role: "COORDINATOR", organisationId: "M1" },
      { kind: "MUNICIPALITY", role: "COORDINATOR", organisationId: "M2" },
    ]);
    expect(outcome(canApproveForParty(both, version("CONSULTATION"), "M2"))).toBe(A);
    expect(outcome(canApproveForParty(both, version("CONSULTATION"), "R"))).toBe("agreements.reason.ownOrganisationOnly");
  });
});

describe("allPartiesApproved", () => {
  it("needs every party", () => {
    expect(allPartiesApproved({ partyOrganisationIds: PARTIES, approvedOrganisationIds: ["R", "M1"] })).toBe(false);
    expect(allPartiesApproved({ partyOrganisationIds: PARTIES, approvedOrganisationIds: ["M2", "R", "M1"] })).toBe(true);
  });
  it("a version without parties is never approved (fail closed)", () => {
    expect(allPartiesApproved({ partyOrganisationIds: [], approvedOrganisationIds: [] })).toBe(false);
  });
});

describe("canBringIntoForce: region coordinators, APPROVED, from the start date", () => {
  const stateOutcome: Record<AgreementStatus, string> = {
    DRAFT: "agreements.reason.notApproved",
    CONSULTATION: "agreements.reason.notApproved",
    APPROVED: A,
    IN_FORCE: "agreements.reason.alreadyInForce",
    EXPIRED: "agreements.reason.notApproved",
    SUPERSEDED: "agreements.reason.notApproved",
  };
  for (const status of STATUSES) {
    for (const person of PERSONS) {
      const who = REGION_COORDINATOR_WHO[person];
      const expected = who === A ? stateOutcome[status] : who;
      it(`${person} brings a ${status} version into force → ${expected}`, () => {
        expect(outcome(canBringIntoForce(PEOPLE[person], { ...version(status), startsOn: "2026-01-01" }, "2026-01-01"))).toBe(expected);
      });
    }
  }
  it("not before the start date", () => {
    const v = { ...version("APPROVED"), startsOn: "2026-03-01" };
    expect(outcome(canBringIntoForce(PEOPLE.regionCoordinator, v, "2026-02-28"))).toBe("agreements.reason.beforeStartDate");
    expect(outcome(canBringIntoForce(PEOPLE.regionCoordinator, v, "2026-03-01"))).toBe(A);
  });
});

describe("canExpire: region coordinators, IN_FORCE, after the period", () => {
  for (const status of STATUSES) {
    const expected = status === "IN_FORCE" ? A : "agreements.reason.notInForce";
    it(`a ${status} version → ${expected}`, () => {
      expect(outcome(canExpire(PEOPLE.regionCoordinator, { ...version(status), periodEnd: "2018-12-31" }, "2019-01-01"))).toBe(expected);
    });
  }
  it("not on or before the last day of the period", () => {
    const v = { ...version("IN_FORCE"), periodEnd: "2018-12-31" };
    expect(outcome(canExpire(PEOPLE.regionCoordinator, v, "2018-12-31"))).toBe("agreements.reason.periodNotEnded");
  });
  for (const person of PERSONS) {
    const expected = REGION_COORDINATOR_WHO[person];
    it(`${person} → ${expected}`, () => {
      expect(outcome(canExpire(PEOPLE[person], { ...version("IN_FORCE"), periodEnd: "2018-12-31" }, "2019-01-01"))).toBe(expected);
    });
  }
});

describe("canStartAmendment: region coordinators, from APPROVED or IN_FORCE, one open amendment at a time", () => {
  const stateOutcome: Record<AgreementStatus, string> = {
    DRAFT: "agreements.reason.amendOnlyCurrent",
    CONSULTATION: "agreements.reason.amendOnlyCurrent",
    APPROVED: A,
    IN_FORCE: A,
    EXPIRED: "agreements.reason.amendOnlyCurrent",
    SUPERSEDED: "agreements.reason.amendOnlyCurrent",
  };
  for (const status of STATUSES) {
    for (const person of PERSONS) {
      const who = REGION_COORDINATOR_WHO[person];
      const expected = who === A ? stateOutcome[status] : who;
      it(`${person} amends a ${status} version → ${expected}`, () => {
        expect(outcome(canStartAmendment(PEOPLE[person], { ...version(status), openAmendmentExists: false }))).toBe(expected);
      });
    }
  }
  it("not while another amendment is open", () => {
    expect(outcome(canStartAmendment(PEOPLE.regionCoordinator, { ...version("IN_FORCE"), openAmendmentExists: true }))).toBe(
      "agreements.reason.openAmendmentExists",
    );
  });
});

describe("canRecordMeasurement: party coordinators, any state but superseded", () => {
  for (const status of STATUSES) {
    for (const person of PERSONS) {
      const who = PARTY_COORDINATOR_WHO[person];
      const expected = who === A ? (status === "SUPERSEDED" ? "agreements.reason.superseded" : A) : who;
      it(`${person} records a measurement on a ${status} version → ${expected}`, () => {
        expect(outcome(canRecordMeasurement(PEOPLE[person], version(status)))).toBe(expected);
      });
    }
  }
});
