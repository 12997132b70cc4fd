/**
 * create-user.ts and createUserAction against the real database: the row, the one audit row, the
 * argon2id hash that never reaches the audit trail, and input errors that are field messages
 * (in Danish and English), never a 500.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "./support/db";
import { actorFor, createAdmin, createOrganisation, createUser as createUserRow } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { createUser } from "@/lib/domain/users/create-user";
import { DomainError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";
import { parseMessageRef } from "@/lib/validation/field-errors";
import { translate } from "@/lib/i18n/translate";

// The one allowed mock: the session lookup. Everything below it is the real code and database.
vi.mock("@/lib/auth/actor", () => ({ getActor: vi.fn(async () => null), requireActor: vi.fn() }));
const { getActor } = await import("@/lib/auth/actor");
const { createUserAction } = await import("@/app/(portal)/admin/brugere/actions");
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

const valid = { email: "Ny.Bruger@Roskilde.dk", name: "Ny Bruger", password: "korrekt-hest-batteri", locale: "en" };

beforeEach(() => {
  signInAs(null);
});

describe("createUser", () => {
  it("administrator creates a user: row with an argon2id hash, lower-cased e-mail, one audit row without the hash", async () => {
    const { actor, platform, user: adminUser } = await createAdmin();
    const created = await createUser(actor, valid);

    const row = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.email).toBe("ny.bruger@roskilde.dk");
    expect(row.name).toBe("Ny Bruger");
    expect(row.locale).toBe("en");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(created).not.toHaveProperty("passwordHash");

    const audit = await db.auditEvent.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.create",
      entityType: "User",
      entityId: created.id,
      actorUserId: adminUser.id,
      actorOrganisationId: platform.id,
    });
    expect(audit[0].after).toMatchObject({ email: "ny.bruger@roskilde.dk", name: "Ny Bruger", active: true, memberships: [] });
    const recorded = JSON.stringify([audit[0].before, audit[0].after]);
    expect(recorded).not.toContain("argon2");
    expect(recorded).not.toContain("password");
  });

  it("with a first membership: the membership is created and recorded in the same audit row", async () => {
    const { actor } = await createAdmin();
    const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune" });
    const created = await createUser(actor, { ...valid, organisationId: roskilde.id, role: "CASEWORKER" });

    expect(created.memberships).toMatchObject([{ organisationId: roskilde.id, role: "CASEWORKER", organisationName: "Roskilde Kommune" }]);
    const memberships = await db.membership.findMany({ where: { userId: created.id } });
    expect(memberships).toMatchObject([{ organisationId: roskilde.id, role: "CASEWORKER", grantedById: actor.userId }]);
    const audit = await db.auditEvent.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ memberships: [{ organisationId: roskilde.id, role: "CASEWORKER" }] });
  });

  it("a duplicate e-mail (in any case) is a field error validation.emailTaken; nothing written", async () => {
    const { actor } = await createAdmin();
    await createUserRow([], { email: "ny.bruger@roskilde.dk" });
    const before = await db.user.count();

    const error = await caught(createUser(actor, valid));
    expect(error.kind).toBe("invalid");
    expect(error.fieldErrors).toEqual({ email: ["validation.emailTaken"] });
    expect(await db.user.count()).toBe(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a role that does not fit the organisation kind is a field error on role", async () => {
    const { actor } = await createAdmin();
    const clinic = await createOrganisation("GP_CLINIC");
    const error = await caught(createUser(actor, { ...valid, organisationId: clinic.id, role: "CASEWORKER" }));
    expect(error.fieldErrors).toEqual({ role: ["admin.reason.roleNotForKind"] });
    expect(await db.user.count({ where: { email: "ny.bruger@roskilde.dk" } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a coordinator cannot create users: forbidden, nothing written", async () => {
    const municipality = await createOrganisation("MUNICIPALITY");
    const coordinator = await createUserRow([{ organisationId: municipality.id, role: "COORDINATOR" }]);
    const error = await caught(createUser(await actorFor(coordinator.id), { ...valid, organisationId: municipality.id, role: "READER" }));
    expect(error.kind).toBe("forbidden");
    expect(error.messageKey).toBe("admin.reason.adminOnly");
    expect(await db.user.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("signed out: refused", async () => {
    const error = await caught(createUser(null, valid));
    expect(error.kind).toBe("forbidden");
    expect(await db.user.count()).toBe(0);
  });
});

describe("createUserAction (called directly, as a forged POST would)", () => {
  it("bad input returns status invalid with field errors that exist in Danish and English; nothing thrown, nothing written", async () => {
    const { actor } = await createAdmin();
    signInAs(actor);

    const state = await createUserAction(IDLE, form({ email: "ikke-en-adresse", name: "   ", password: "kort", locale: "da" }));
    expect(state.status).toBe("invalid");
    if (state.status !== "invalid") return;
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["email", "name", "password"]);
    expect(state.values).not.toHaveProperty("password"); // never echoed back
    expect(state.values.email).toBe("ikke-en-adresse");

    for (const ref of Object.values(state.fieldErrors).flat()) {
      const { key, params } = parseMessageRef(ref);
      const da = translate("da", key, params);
      const en = translate("en", key, params);
      expect(da, key).not.toBe(key);
      expect(en, key).not.toBe(key);
      expect(da, key).not.toBe(en);
      expect(da).not.toMatch(/\{\w+\}/); // placeholders filled (e.g. min=12)
    }
    expect(await db.user.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a missing field (a forged POST without it) is a field error too", async () => {
    const { actor } = await createAdmin();
    signInAs(actor);
    const state = await createUserAction(IDLE, form({ name: "Uden E-mail" }));
    expect(state.status).toBe("invalid");
    if (state.status === "invalid") expect(Object.keys(state.fieldErrors).sort()).toEqual(["email", "password"]);
  });

  it("a duplicate e-mail returns the emailTaken field message, different in Danish and English", async () => {
    const { actor } = await createAdmin();
    signInAs(actor);
    await createUserRow([], { email: "ny.bruger@roskilde.dk" });
    const state = await createUserAction(IDLE, form(valid));
    expect(state.status).toBe("invalid");
    if (state.status !== "invalid") return;
    expect(state.fieldErrors.email).toEqual(["validation.emailTaken"]);
    expect(translate("da", "validation.emailTaken")).not.toBe(translate("en", "validation.emailTaken"));
  });

  it("a non-administrator posting valid input gets a forbidden state and nothing is written", async () => {
    const municipality = await createOrganisation("MUNICIPALITY");
    const coordinator = await createUserRow([{ organisationId: municipality.id, role: "COORDINATOR" }]);
    signInAs(await actorFor(coordinator.id));
    const state = await createUserAction(IDLE, form(valid));
    expect(state).toMatchObject({ status: "forbidden", messageKey: "admin.reason.adminOnly" });
    expect(await db.user.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("signed out: forbidden state", async () => {
    signInAs(null);
    const state = await createUserAction(IDLE, form(valid));
    expect(state).toMatchObject({ status: "forbidden", messageKey: "errors.signInRequired" });
    expect(await db.user.count()).toBe(0);
  });
});
