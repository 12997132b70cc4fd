/**
 * lib/rules/users.ts as decision tables: organisation kind × role × relation → allowed/denied + reason.
 */
import { describe, expect, it } from "vitest";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import type { Actor, ActorMembership } from "@/lib/rules/actor";
import {
  canDeactivateUser,
  canGrantRole,
  canManageMemberships,
  canManageUsers,
  canReactivateUser,
  canRevokeMembership,
  canUpdateProfile,
  canViewAuditTrail,
  canViewUser,
  coordinatedOrganisationIds,
  roleFitsOrganisation,
} from "@/lib/rules/users";
import type { Decision } from "@/lib/rules/decision";

const KINDS: OrganisationKind[] = ["PLATFORM", "REGION", "MUNICIPALITY", "HOSPITAL", "GP_CLINIC"];
const ROLES: Role[] = ["ADMIN", "COORDINATOR", "CASEWORKER", "CLINICIAN", "READER", "RISK_MANAGER"];

const org = (kind: OrganisationKind, id = `org-${kind}`) => ({ id, kind });

function actorWith(memberships: { kind: OrganisationKind; role: Role; organisationId?: string }[], userId = "me"): Actor {
  return {
    userId,
    email: `${userId}@test.dk`,
    name: userId,
    locale: "da",
    activeOrganisationId: null,
    memberships: memberships.map(
      (m, i): ActorMembership => ({
        membershipId: `m${i}`,
        organisationId: m.organisationId ?? `org-${m.kind}`,
        organisationKind: m.kind,
        organisationName: m.kind,
        regionId: null,
        role: m.role,
      }),
    ),
  };
}

const admin = actorWith([{ kind: "PLATFORM", role: "ADMIN" }]);
const outcome = (d: Decision) => (d.allowed ? "allowed" : d.reason);

describe("roleFitsOrganisation: which roles exist in which kind of organisation", () => {
  const table: Record<OrganisationKind, Role[]> = {
    PLATFORM: ["ADMIN"],
    REGION: ["COORDINATOR", "READER", "RISK_MANAGER"],
    MUNICIPALITY: ["COORDINATOR", "CASEWORKER", "READER", "RISK_MANAGER"],
    HOSPITAL: ["CLINICIAN", "READER", "RISK_MANAGER"],
    GP_CLINIC: ["CLINICIAN", "READER"],
  };
  for (const kind of KINDS) {
    for (const role of ROLES) {
      const fits = table[kind].includes(role);
      it(`${kind} × ${role} → ${fits ? "fits" : "does not fit"}`, () => {
        expect(roleFitsOrganisation(kind, role)).toBe(fits);
      });
    }
  }
  it("an unknown kind has no roles (fail closed)", () => {
    expect(roleFitsOrganisation("UNKNOWN" as OrganisationKind, "READER")).toBe(false);
  });
});

describe("canManageMemberships: actor's role in (own | other) organisation", () => {
  // [actor's membership kind, actor's role, relation to target organisation, expected]
  const rows: [OrganisationKind, Role, "own" | "other", string][] = [
    ["PLATFORM", "ADMIN", "other", "allowed"],
    ["MUNICIPALITY", "COORDINATOR", "own", "allowed"],
    ["MUNICIPALITY", "COORDINATOR", "other", "admin.reason.notCoordinator"],
    ["REGION", "COORDINATOR", "own", "allowed"],
    ["REGION", "COORDINATOR", "other", "admin.reason.notCoordinator"],
    ["MUNICIPALITY", "CASEWORKER", "own", "admin.reason.notCoordinator"],
    ["MUNICIPALITY", "READER", "own", "admin.reason.notCoordinator"],
    ["GP_CLINIC", "CLINICIAN", "own", "admin.reason.notCoordinator"],
    ["HOSPITAL", "CLINICIAN", "own", "admin.reason.notCoordinator"],
    // A COORDINATOR row in a kind that has no coordinators (bad data) gives no rights.
    ["GP_CLINIC", "COORDINATOR", "own", "admin.reason.notCoordinator"],
    ["PLATFORM", "COORDINATOR", "own", "admin.reason.notCoordinator"],
  ];
  for (const [kind, role, relation, expected] of rows) {
    it(`${role} of ${kind}, ${relation} organisation → ${expected}`, () => {
      const actor = actorWith([{ kind, role, organisationId: "A" }]);
      const target = org(kind, relation === "own" ? "A" : "B");
      expect(outcome(canManageMemberships(actor, target))).toBe(expected);
    });
  }
  it("no actor → sign in required", () => {
    expect(outcome(canManageMemberships(null, org("MUNICIPALITY")))).toBe("errors.signInRequired");
  });
  it("a platform READER is not an administrator", () => {
    expect(outcome(canManageMemberships(actorWith([{ kind: "PLATFORM", role: "READER" }]), org("REGION")))).toBe("admin.reason.notCoordinator");
  });
  it("an ADMIN membership outside the platform organisation is not an administrator", () => {
    expect(outcome(canManageMemberships(actorWith([{ kind: "MUNICIPALITY", role: "ADMIN" }]), org("REGION")))).toBe("admin.reason.notCoordinator");
  });
});

describe("canGrantRole: target kind × role, for a coordinator of that organisation and for the administrator", () => {
  const expectedForCoordinator: Record<"REGION" | "MUNICIPALITY", Record<Role, string>> = {
    MUNICIPALITY: {
      ADMIN: "admin.reason.adminOnly",
      COORDINATOR: "allowed",
      CASEWORKER: "allowed",
      CLINICIAN: "admin.reason.roleNotForKind",
      READER: "allowed",
      RISK_MANAGER: "allowed",
    },
    REGION: {
      ADMIN: "admin.reason.adminOnly",
      COORDINATOR: "allowed",
      CASEWORKER: "admin.reason.roleNotForKind",
      CLINICIAN: "admin.reason.roleNotForKind",
      READER: "allowed",
      RISK_MANAGER: "allowed",
    },
  };
  for (const kind of ["REGION", "MUNICIPALITY"] as const) {
    for (const role of ROLES) {
      const expected = expectedForCoordinator[kind][role];
      it(`coordinator of own ${kind} grants ${role} → ${expected}`, () => {
        const actor = actorWith([{ kind, role: "COORDINATOR", organisationId: "A" }]);
        expect(outcome(canGrantRole(actor, org(kind, "A"), role))).toBe(expected);
      });
    }
  }
  for (const kind of KINDS) {
    for (const role of ROLES) {
      const expected = roleFitsOrganisation(kind, role) ? "allowed" : "admin.reason.roleNotForKind";
      it(`administrator grants ${role} in ${kind} → ${expected}`, () => {
        expect(outcome(canGrantRole(admin, org(kind), role))).toBe(expected);
      });
    }
  }
  it("coordinator of municipality A grants in municipality B → not coordinator", () => {
    const actor = actorWith([{ kind: "MUNICIPALITY", role: "COORDINATOR", organisationId: "A" }]);
    expect(outcome(canGrantRole(actor, org("MUNICIPALITY", "B"), "READER"))).toBe("admin.reason.notCoordinator");
  });
  it("a coordinator of a municipality who is also a GP-clinic clinician cannot grant in the clinic", () => {
    const actor = actorWith([
      { kind: "MUNICIPALITY", role: "COORDINATOR", organisationId: "A" },
      { kind: "GP_CLINIC", role: "CLINICIAN", organisationId: "C" },
    ]);
    expect(outcome(canGrantRole(actor, org("GP_CLINIC", "C"), "CLINICIAN"))).toBe("admin.reason.notCoordinator");
  });
});

describe("canRevokeMembership: relation × membership owner", () => {
  const coordinator = actorWith([{ kind: "MUNICIPALITY", role: "COORDINATOR", organisationId: "A" }]);
  const rows: [string, Actor, { id: string; kind: OrganisationKind }, { userId: string; role: Role }, string][] = [
    ["coordinator, own organisation, someone else's", coordinator, org("MUNICIPALITY", "A"), { userId: "other", role: "CASEWORKER" }, "allowed"],
    ["coordinator, own organisation, own membership", coordinator, org("MUNICIPALITY", "A"), { userId: "me", role: "COORDINATOR" }, "admin.reason.ownMembership"],
    ["coordinator, other organisation", coordinator, org("MUNICIPALITY", "B"), { userId: "other", role: "READER" }, "admin.reason.notCoordinator"],
    ["administrator, any organisation", admin, org("GP_CLINIC"), { userId: "other", role: "CLINICIAN" }, "allowed"],
    ["administrator, another administrator", admin, org("PLATFORM"), { userId: "other", role: "ADMIN" }, "allowed"],
    ["administrator, own ADMIN membership", admin, org("PLATFORM"), { userId: "me", role: "ADMIN" }, "admin.reason.ownMembership"],
    ["signed out", null as unknown as Actor, org("MUNICIPALITY", "A"), { userId: "other", role: "READER" }, "errors.signInRequired"],
  ];
  for (const [label, actor, organisation, membership, expected] of rows) {
    it(`${label} → ${expected}`, () => {
      expect(outcome(canRevokeMembership(actor, organisation, membership))).toBe(expected);
    });
  }
});

describe("administrator-only rules: actor kind × role", () => {
  const cases: [string, Actor | null, string][] = [
    ["administrator", admin, "allowed"],
    ["municipal coordinator", actorWith([{ kind: "MUNICIPALITY", role: "COORDINATOR" }]), "admin.reason.adminOnly"],
    ["regional coordinator", actorWith([{ kind: "REGION", role: "COORDINATOR" }]), "admin.reason.adminOnly"],
    ["GP clinician", actorWith([{ kind: "GP_CLINIC", role: "CLINICIAN" }]), "admin.reason.adminOnly"],
    ["platform reader", actorWith([{ kind: "PLATFORM", role: "READER" }]), "admin.reason.adminOnly"],
    ["no memberships", actorWith([]), "admin.reason.adminOnly"],
    ["signed out", null, "errors.signInRequired"],
  ];
  for (const [label, actor, expected] of cases) {
    it(`${label}: manage users, reactivate, audit trail → ${expected}`, () => {
      expect(outcome(canManageUsers(actor))).toBe(expected);
      expect(outcome(canReactivateUser(actor))).toBe(expected);
      expect(outcome(canViewAuditTrail(actor))).toBe(expected);
    });
    it(`${label}: deactivate another user → ${expected}`, () => {
      expect(outcome(canDeactivateUser(actor, { id: "someone" }))).toBe(expected);
    });
  }
  it("an administrator cannot deactivate themself", () => {
    expect(outcome(canDeactivateUser(admin, { id: admin.userId }))).toBe("admin.reason.deactivateSelf");
  });
});

describe("canViewUser: relation to the user", () => {
  const coordinator = actorWith([{ kind: "MUNICIPALITY", role: "COORDINATOR", organisationId: "A" }]);
  const caseworker = actorWith([{ kind: "MUNICIPALITY", role: "CASEWORKER", organisationId: "A" }]);
  const rows: [string, Actor | null, { id: string; organisationIds: string[] }, string][] = [
    ["administrator, anyone", admin, { id: "x", organisationIds: ["Z"] }, "allowed"],
    ["coordinator, member of own organisation", coordinator, { id: "x", organisationIds: ["A"] }, "allowed"],
    ["coordinator, member of another organisation", coordinator, { id: "x", organisationIds: ["B"] }, "admin.reason.notCoordinator"],
    ["caseworker, colleague", caseworker, { id: "x", organisationIds: ["A"] }, "admin.reason.notCoordinator"],
    ["anyone, themself", caseworker, { id: "me", organisationIds: [] }, "allowed"],
    ["signed out", null, { id: "x", organisationIds: ["A"] }, "errors.signInRequired"],
  ];
  for (const [label, actor, target, expected] of rows) {
    it(`${label} → ${expected}`, () => expect(outcome(canViewUser(actor, target))).toBe(expected));
  }
});

describe("canUpdateProfile and coordinatedOrganisationIds", () => {
  const reader = actorWith([{ kind: "REGION", role: "READER" }]);
  it("own profile → allowed; another's → denied; signed out → sign in", () => {
    expect(outcome(canUpdateProfile(reader, { id: "me" }))).toBe("allowed");
    expect(outcome(canUpdateProfile(reader, { id: "other" }))).toBe("profile.reason.ownOnly");
    expect(outcome(canUpdateProfile(null, { id: "me" }))).toBe("errors.signInRequired");
  });
  it("lists only organisations where the actor is a coordinator of a kind that has coordinators", () => {
    const actor = actorWith([
      { kind: "MUNICIPALITY", role: "COORDINATOR", organisationId: "A" },
      { kind: "MUNICIPALITY", role: "READER", organisationId: "B" },
      { kind: "GP_CLINIC", role: "COORDINATOR", organisationId: "C" },
      { kind: "REGION", role: "COORDINATOR", organisationId: "R" },
    ]);
    expect(coordinatedOrganisationIds(actor)).toEqual(["A", "R"]);
    expect(coordinatedOrganisationIds(null)).toEqual([]);
  });
});
