/**
 * Granting, revoking and reading memberships. The cross-organisation suite: a coordinator of one
 * municipality reaches for another's memberships with forged ids — through the domain operations
 * and through the exported server actions — and gets "not found", with the rows unchanged and no
 * audit row.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "./support/db";
import { actorFor, createAdmin, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { grantMembership } from "@/lib/domain/users/grant-membership";
import { revokeMembership } from "@/lib/domain/users/revoke-membership";
import { listOrganisationMembers } from "@/lib/domain/users/list-organisation-members";
import { getUser } from "@/lib/domain/users/get-user";
import { DomainError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";

// The one allowed mock: the session lookup.
vi.mock("@/lib/auth/actor", () => ({ getActor: vi.fn(async () => null), requireActor: vi.fn() }));
const { getActor } = await import("@/lib/auth/actor");
const { grantOrganisationMembershipAction, revokeOrganisationMembershipAction } = await import("@/app/(portal)/organisation/medlemmer/actions");
const { grantMembershipAction, revokeMembershipAction } = await import("@/app/(portal)/admin/brugere/actions");
const signInAs = (actor: Actor | null) => vi.mocked(getActor).mockResolvedValue(actor);

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

async function caught(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** Two municipalities, each with a coordinator and a caseworker; plus a user with no memberships. */
async function twoMunicipalities() {
  const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune" });
  const koege = await createOrganisation("MUNICIPALITY", { name: "Køge Kommune" });
  const coordinatorA = await createUser([{ organisationId: roskilde.id, role: "COORDINATOR" }], { name: "Anne Koordinator" });
  const caseworkerA = await createUser([{ organisationId: roskilde.id, role: "CASEWORKER" }], { name: "Bo Sagsbehandler" });
  const coordinatorB = await createUser([{ organisationId: koege.id, role: "COORDINATOR" }], { name: "Carl Koordinator" });
  const caseworkerB = await createUser([{ organisationId: koege.id, role: "CASEWORKER" }], { name: "Dorte Sagsbehandler" });
  const outsider = await createUser([], { email: "ny@koege.dk", name: "Eva Ny" });
  const membershipB = await db.membership.findFirstOrThrow({ where: { userId: caseworkerB.id } });
  const membershipA = await db.membership.findFirstOrThrow({ where: { userId: caseworkerA.id } });
  return { roskilde, koege, coordinatorA, caseworkerA, coordinatorB, caseworkerB, outsider, membershipA, membershipB, actorA: await actorFor(coordinatorA.id) };
}

const snapshot = () => db.membership.findMany({ orderBy: { id: "asc" } });

beforeEach(() => {
  signInAs(null);
});

describe("grantMembership", () => {
  it("administrator grants any membership to a user picked by id: row and one audit row", async () => {
    const { actor, platform } = await createAdmin();
    const hospital = await createOrganisation("HOSPITAL", { name: "Sjællands Universitetshospital" });
    const user = await createUser([]);

    const granted = await grantMembership(actor, { userId: user.id, organisationId: hospital.id, role: "CLINICIAN" });
    expect(granted).toMatchObject({ userId: user.id, organisationId: hospital.id, role: "CLINICIAN", organisationName: "Sjællands Universitetshospital" });
    expect(await db.membership.findMany({ where: { userId: user.id } })).toMatchObject([{ role: "CLINICIAN", grantedById: actor.userId }]);

    const audit = await db.auditEvent.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "membership.grant", entityType: "Membership", entityId: granted.id, actorUserId: actor.userId, actorOrganisationId: platform.id });
    expect(audit[0].before).toBeNull();
    expect(audit[0].after).toEqual({ userId: user.id, organisationId: hospital.id, role: "CLINICIAN", grantedById: actor.userId });
  });

  it("a coordinator grants a role in their own organisation to an existing user by e-mail", async () => {
    const { roskilde, outsider, actorA } = await twoMunicipalities();
    const granted = await grantMembership(actorA, { email: " NY@koege.dk ", organisationId: roskilde.id, role: "READER" });
    expect(granted).toMatchObject({ userId: outsider.id, organisationId: roskilde.id, role: "READER" });
    const audit = await db.auditEvent.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "membership.grant", actorUserId: actorA.userId, actorOrganisationId: roskilde.id });
  });

  it("a role unfit for the organisation kind, or ADMIN, is a field error on role; nothing written", async () => {
    const { roskilde, outsider, actorA } = await twoMunicipalities();
    const before = await snapshot();
    const unfit = await caught(grantMembership(actorA, { email: outsider.email, organisationId: roskilde.id, role: "CLINICIAN" }));
    expect(unfit.fieldErrors).toEqual({ role: ["admin.reason.roleNotForKind"] });
    const admin = await caught(grantMembership(actorA, { email: outsider.email, organisationId: roskilde.id, role: "ADMIN" }));
    expect(admin.fieldErrors).toEqual({ role: ["admin.reason.adminOnly"] });
    expect(await snapshot()).toEqual(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("an unknown e-mail is a field error; the same role twice is refused", async () => {
    const { roskilde, caseworkerA, actorA } = await twoMunicipalities();
    const unknown = await caught(grantMembership(actorA, { email: "findes.ikke@roskilde.dk", organisationId: roskilde.id, role: "READER" }));
    expect(unknown.fieldErrors).toEqual({ email: ["validation.userNotFound"] });
    const twice = await caught(grantMembership(actorA, { userId: caseworkerA.id, organisationId: roskilde.id, role: "CASEWORKER" }));
    expect(twice.fieldErrors).toEqual({ role: ["validation.membershipExists"] });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("cross-organisation: coordinator of A grants in B by forged organisation id → not found, nothing written", async () => {
    const { koege, outsider, actorA } = await twoMunicipalities();
    const before = await snapshot();
    const error = await caught(grantMembership(actorA, { email: outsider.email, organisationId: koege.id, role: "CASEWORKER" }));
    expect(error.kind).toBe("not_found");
    expect(await snapshot()).toEqual(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a forged organisation id that does not exist gives the very same answer", async () => {
    const { outsider, actorA } = await twoMunicipalities();
    const error = await caught(grantMembership(actorA, { email: outsider.email, organisationId: "cl0000000000000000000000", role: "READER" }));
    expect({ kind: error.kind, key: error.messageKey }).toEqual({ kind: "not_found", key: "errors.notFound" });
  });

  it("a caseworker cannot grant even in their own organisation", async () => {
    const { roskilde, caseworkerA, outsider } = await twoMunicipalities();
    const error = await caught(grantMembership(await actorFor(caseworkerA.id), { email: outsider.email, organisationId: roskilde.id, role: "READER" }));
    expect(error.kind).toBe("not_found"); // not a coordinator: the organisation is outside what they manage
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("revokeMembership", () => {
  it("a coordinator revokes a membership of their own organisation: row gone, one audit row with before", async () => {
    const { membershipA, roskilde, caseworkerA, actorA } = await twoMunicipalities();
    const revoked = await revokeMembership(actorA, { membershipId: membershipA.id });
    expect(revoked).toMatchObject({ id: membershipA.id, role: "CASEWORKER" });
    expect(await db.membership.findUnique({ where: { id: membershipA.id } })).toBeNull();

    const audit = await db.auditEvent.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "membership.revoke", entityType: "Membership", entityId: membershipA.id, actorUserId: actorA.userId, actorOrganisationId: roskilde.id });
    expect(audit[0].before).toEqual({ userId: caseworkerA.id, organisationId: roskilde.id, role: "CASEWORKER", grantedById: null });
    expect(audit[0].after).toBeNull();
  });

  it("cross-organisation: coordinator of A revokes a membership of B by forged id → not found, row unchanged, no audit", async () => {
    const { membershipB, actorA } = await twoMunicipalities();
    const before = await snapshot();
    const error = await caught(revokeMembership(actorA, { membershipId: membershipB.id }));
    expect(error.kind).toBe("not_found");
    expect(await snapshot()).toEqual(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a coordinator cannot revoke their own membership", async () => {
    const { coordinatorA, actorA } = await twoMunicipalities();
    const own = await db.membership.findFirstOrThrow({ where: { userId: coordinatorA.id } });
    const error = await caught(revokeMembership(actorA, { membershipId: own.id }));
    expect({ kind: error.kind, key: error.messageKey }).toEqual({ kind: "forbidden", key: "admin.reason.ownMembership" });
    expect(await db.membership.findUnique({ where: { id: own.id } })).not.toBeNull();
  });

  it("revoking twice: the second is not found", async () => {
    const { actor } = await createAdmin();
    const { membershipB } = await twoMunicipalities();
    await revokeMembership(actor, { membershipId: membershipB.id });
    const error = await caught(revokeMembership(actor, { membershipId: membershipB.id }));
    expect(error.kind).toBe("not_found");
    expect(await db.auditEvent.count()).toBe(1);
  });
});

describe("reading memberships across organisations", () => {
  it("a coordinator sees their own organisation's members, and nothing of another's (not found)", async () => {
    const { roskilde, koege, caseworkerB, actorA } = await twoMunicipalities();
    const own = await listOrganisationMembers(actorA, { organisationId: roskilde.id });
    expect(own.organisation.name).toBe("Roskilde Kommune");
    expect(own.members.map((m) => m.name)).toEqual(["Anne Koordinator", "Bo Sagsbehandler"]);
    expect(own.members.map((m) => m.canRevoke)).toEqual([false, true]); // not their own membership
    expect(own.grantableRoles).toEqual(["COORDINATOR", "CASEWORKER", "READER", "RISK_MANAGER"]);

    expect((await caught(listOrganisationMembers(actorA, { organisationId: koege.id }))).kind).toBe("not_found");
    expect((await caught(getUser(actorA, { userId: caseworkerB.id }))).kind).toBe("not_found");
  });

  it("a coordinator viewing a member sees only that member's memberships in their own organisation", async () => {
    const { roskilde, koege, outsider, actorA } = await twoMunicipalities();
    await db.membership.createMany({
      data: [
        { userId: outsider.id, organisationId: roskilde.id, role: "READER" },
        { userId: outsider.id, organisationId: koege.id, role: "CASEWORKER" },
      ],
    });
    const seen = await getUser(actorA, { userId: outsider.id });
    expect(seen.memberships.map((m) => m.organisationName)).toEqual(["Roskilde Kommune"]);
    expect(seen).not.toHaveProperty("passwordHash");
  });
});

describe("server actions called directly with forged ids (as a hand-made POST would)", () => {
  it("revokeOrganisationMembershipAction on another organisation's membership → not_found state, row unchanged, no audit", async () => {
    const { membershipB, actorA } = await twoMunicipalities();
    signInAs(actorA);
    const before = await snapshot();
    const state = await revokeOrganisationMembershipAction(IDLE, form({ membershipId: membershipB.id }));
    expect(state).toMatchObject({ status: "not_found", messageKey: "errors.notFound" });
    expect(await snapshot()).toEqual(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("grantOrganisationMembershipAction into another organisation → not_found state, nothing written", async () => {
    const { koege, outsider, actorA } = await twoMunicipalities();
    signInAs(actorA);
    const before = await snapshot();
    const state = await grantOrganisationMembershipAction(IDLE, form({ organisationId: koege.id, email: outsider.email, role: "CASEWORKER" }));
    expect(state).toMatchObject({ status: "not_found" });
    expect(await snapshot()).toEqual(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("the administrator's actions posted by a coordinator with forged ids → not_found, nothing written", async () => {
    const { koege, membershipB, caseworkerB, actorA } = await twoMunicipalities();
    signInAs(actorA);
    const before = await snapshot();
    expect(await revokeMembershipAction(IDLE, form({ membershipId: membershipB.id }))).toMatchObject({ status: "not_found" });
    expect(await grantMembershipAction(IDLE, form({ userId: caseworkerB.id, organisationId: koege.id, role: "READER" }))).toMatchObject({ status: "not_found" });
    expect(await snapshot()).toEqual(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("signed out → forbidden state (sign in required), nothing written", async () => {
    const { membershipA } = await twoMunicipalities();
    signInAs(null);
    expect(await revokeOrganisationMembershipAction(IDLE, form({ membershipId: membershipA.id }))).toMatchObject({
      status: "forbidden",
      messageKey: "errors.signInRequired",
    });
    expect(await db.membership.findUnique({ where: { id: membershipA.id } })).not.toBeNull();
  });

  it("invalid input → invalid state with field errors, not an exception", async () => {
    const { actorA } = await twoMunicipalities();
    signInAs(actorA);
    const state = await grantOrganisationMembershipAction(IDLE, form({ organisationId: "", email: "ikke-en-adresse", role: "KONGE" }));
    expect(state.status).toBe("invalid");
    if (state.status === "invalid") expect(Object.keys(state.fieldErrors).sort()).toEqual(["email", "organisationId", "role"]);
  });
});
