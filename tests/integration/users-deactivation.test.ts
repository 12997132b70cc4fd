/**
 * Deactivation and reactivation: administrator only, never oneself, optimistic version, the
 * session-version bump that signs the user out on their next request.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "./support/db";
import { actorFor, createAdmin, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { deactivateUser } from "@/lib/domain/users/deactivate-user";
import { reactivateUser } from "@/lib/domain/users/reactivate-user";
import { DomainError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";

vi.mock("@/lib/auth/actor", () => ({ getActor: vi.fn(async () => null), requireActor: vi.fn() }));
const { getActor } = await import("@/lib/auth/actor");
const { deactivateUserAction, reactivateUserAction } = await import("@/app/(portal)/admin/brugere/actions");
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

async function scenario() {
  const admin = await createAdmin();
  const municipality = await createOrganisation("MUNICIPALITY", { name: "Holbæk Kommune" });
  const coordinator = await createUser([{ organisationId: municipality.id, role: "COORDINATOR" }]);
  const target = await createUser([{ organisationId: municipality.id, role: "CASEWORKER" }], { name: "Frida Sagsbehandler" });
  return { admin, municipality, coordinator, target };
}

beforeEach(() => {
  signInAs(null);
});

describe("deactivateUser", () => {
  it("sets active=false and deactivatedAt, bumps sessionVersion and version, one audit row with before/after", async () => {
    const { admin, target } = await scenario();
    const result = await deactivateUser(admin.actor, { userId: target.id, version: String(target.version) });
    expect(result).toMatchObject({ id: target.id, active: false, version: target.version + 1 });
    expect(result).not.toHaveProperty("passwordHash");

    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.active).toBe(false);
    expect(row.deactivatedAt).toBeInstanceOf(Date);
    expect(row.sessionVersion).toBe(target.sessionVersion + 1);

    const audit = await db.auditEvent.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.deactivate",
      entityType: "User",
      entityId: target.id,
      actorUserId: admin.user.id,
      actorOrganisationId: admin.platform.id,
    });
    expect(audit[0].before).toMatchObject({ active: true, deactivatedAt: null, sessionVersion: 1 });
    expect(audit[0].after).toMatchObject({ active: false, sessionVersion: 2 });
    expect(JSON.stringify([audit[0].before, audit[0].after])).not.toContain("password");
  });

  it("the user's open session stops working: loadActor with the old session version returns null", async () => {
    const { admin, target } = await scenario();
    const oldSessionVersion = target.sessionVersion;
    expect(await loadActor(db, target.id, { sessionVersion: oldSessionVersion })).not.toBeNull();
    await deactivateUser(admin.actor, { userId: target.id, version: target.version });
    expect(await loadActor(db, target.id, { sessionVersion: oldSessionVersion })).toBeNull();
    expect(await loadActor(db, target.id)).toBeNull(); // and inactive users get no actor at all
  });

  it("an administrator cannot deactivate themself", async () => {
    const { admin } = await scenario();
    const error = await caught(deactivateUser(admin.actor, { userId: admin.user.id, version: 1 }));
    expect({ kind: error.kind, key: error.messageKey }).toEqual({ kind: "forbidden", key: "admin.reason.deactivateSelf" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.user.id } })).active).toBe(true);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a coordinator cannot deactivate a member of their own organisation: refused, unchanged, no audit", async () => {
    const { coordinator, target } = await scenario();
    const error = await caught(deactivateUser(await actorFor(coordinator.id), { userId: target.id, version: 1 }));
    expect({ kind: error.kind, key: error.messageKey }).toEqual({ kind: "forbidden", key: "admin.reason.adminOnly" });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a user of another organisation reaching for this user gets not found", async () => {
    const { target } = await scenario();
    const other = await createOrganisation("MUNICIPALITY");
    const otherCoordinator = await createUser([{ organisationId: other.id, role: "COORDINATOR" }]);
    const error = await caught(deactivateUser(await actorFor(otherCoordinator.id), { userId: target.id, version: 1 }));
    expect(error.kind).toBe("not_found");
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a stale version is a conflict; deactivating twice is a conflict", async () => {
    const { admin, target } = await scenario();
    await db.user.update({ where: { id: target.id }, data: { name: "Ændret af en anden", version: { increment: 1 } } });
    const stale = await caught(deactivateUser(admin.actor, { userId: target.id, version: 1 }));
    expect(stale.kind).toBe("conflict");
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);

    await deactivateUser(admin.actor, { userId: target.id, version: 2 });
    const twice = await caught(deactivateUser(admin.actor, { userId: target.id, version: 3 }));
    expect({ kind: twice.kind, key: twice.messageKey }).toEqual({ kind: "conflict", key: "admin.user.alreadyDeactivated" });
    expect(await db.auditEvent.count()).toBe(1);
  });
});

describe("reactivateUser", () => {
  it("lets the user sign in again (a fresh session), keeps the bumped session version, one audit row", async () => {
    const { admin, target } = await scenario();
    const deactivated = await deactivateUser(admin.actor, { userId: target.id, version: 1 });
    const reactivated = await reactivateUser(admin.actor, { userId: target.id, version: deactivated.version });
    expect(reactivated).toMatchObject({ active: true, deactivatedAt: null, version: 3 });

    const row = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.sessionVersion).toBe(2);
    expect(await loadActor(db, target.id, { sessionVersion: 1 })).toBeNull(); // the old session stays dead
    expect(await loadActor(db, target.id, { sessionVersion: 2 })).not.toBeNull();

    const audit = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate"]);
    expect(audit[1].before).toMatchObject({ active: false });
    expect(audit[1].after).toMatchObject({ active: true, deactivatedAt: null });
  });

  it("an active user cannot be reactivated; a coordinator cannot reactivate", async () => {
    const { admin, coordinator, target } = await scenario();
    const active = await caught(reactivateUser(admin.actor, { userId: target.id, version: 1 }));
    expect(active.messageKey).toBe("admin.user.alreadyActive");
    await db.user.update({ where: { id: target.id }, data: { active: false, deactivatedAt: new Date() } });
    const byCoordinator = await caught(reactivateUser(await actorFor(coordinator.id), { userId: target.id, version: 1 }));
    expect(byCoordinator.kind).toBe("forbidden");
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("deactivate/reactivate server actions called directly", () => {
  it("a coordinator posting deactivate → forbidden state, user unchanged, no audit", async () => {
    const { coordinator, target } = await scenario();
    signInAs(await actorFor(coordinator.id));
    const state = await deactivateUserAction(IDLE, form({ userId: target.id, version: "1" }));
    expect(state).toMatchObject({ status: "forbidden", messageKey: "admin.reason.adminOnly" });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a forged user id → not_found state", async () => {
    const { admin } = await scenario();
    signInAs(admin.actor);
    expect(await deactivateUserAction(IDLE, form({ userId: "cl0000000000000000000000", version: "1" }))).toMatchObject({ status: "not_found" });
    expect(await reactivateUserAction(IDLE, form({ userId: "cl0000000000000000000000", version: "1" }))).toMatchObject({ status: "not_found" });
  });

  it("a missing or non-numeric version → invalid state, not an exception", async () => {
    const { admin, target } = await scenario();
    signInAs(admin.actor);
    const state = await deactivateUserAction(IDLE, form({ userId: target.id, version: "abc" }));
    expect(state.status).toBe("invalid");
    if (state.status === "invalid") expect(Object.keys(state.fieldErrors)).toEqual(["version"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);
  });
});
