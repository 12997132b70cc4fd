/**
 * update-own-profile.ts: the user's own row only, optimistic concurrency, and the audit row in the
 * same transaction — if the audit insert fails, the change is rolled back.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { updateOwnProfile } from "@/lib/domain/users/update-own-profile";
import { ConflictError, DomainError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";
import { parseMessageRef } from "@/lib/validation/field-errors";
import { translate } from "@/lib/i18n/translate";

vi.mock("@/lib/auth/actor", () => ({ getActor: vi.fn(async () => null), requireActor: vi.fn() }));
const { getActor } = await import("@/lib/auth/actor");
const { updateOwnProfileAction } = await import("@/app/(portal)/profil/actions");
const signInAs = (actor: Actor | null) => vi.mocked(getActor).mockResolvedValue(actor);

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

async function clinician() {
  const clinic = await createOrganisation("GP_CLINIC", { name: "Lægerne i Ringsted" });
  const user = await createUser([{ organisationId: clinic.id, role: "CLINICIAN" }], { name: "Gitte Læge" });
  return { clinic, user, actor: await actorFor(user.id) };
}

beforeEach(() => {
  signInAs(null);
});

describe("updateOwnProfile", () => {
  it("changes the user's own name and language: row, version bump, one audit row", async () => {
    const { clinic, user, actor } = await clinician();
    const result = await updateOwnProfile(actor, { name: "  Gitte Hansen ", locale: "en", version: "1" });
    expect(result).toMatchObject({ id: user.id, name: "Gitte Hansen", locale: "en", version: 2 });

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ name: "Gitte Hansen", locale: "en", version: 2 });

    const audit = await db.auditEvent.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.updateProfile", entityType: "User", entityId: user.id, actorUserId: user.id, actorOrganisationId: clinic.id });
    expect(audit[0].before).toMatchObject({ name: "Gitte Læge", locale: "da" });
    expect(audit[0].after).toMatchObject({ name: "Gitte Hansen", locale: "en" });
  });

  it("a user id in the input is ignored: only one's own row can be reached", async () => {
    const { actor, user } = await clinician();
    const other = await createUser([], { name: "Anden Bruger" });
    await updateOwnProfile(actor, { name: "Ny", locale: "da", version: 1, userId: other.id, id: other.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Anden Bruger");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Ny");
  });

  it("optimistic concurrency: two updates with the same version — exactly one succeeds, the other is a ConflictError", async () => {
    const { actor, user } = await clinician();
    const results = await Promise.allSettled([
      updateOwnProfile(actor, { name: "Fra fane et", locale: "da", version: 1 }),
      updateOwnProfile(actor, { name: "Fra fane to", locale: "en", version: 1 }),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.version).toBe(2);
    expect(["Fra fane et", "Fra fane to"]).toContain(row.name);
    expect(await db.auditEvent.count()).toBe(1);
  });

  it("a stale version (sequentially) is a conflict and changes nothing", async () => {
    const { actor, user } = await clinician();
    await updateOwnProfile(actor, { name: "Første", locale: "da", version: 1 });
    await expect(updateOwnProfile(actor, { name: "Anden", locale: "da", version: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Første");
  });

  it("a failing audit write rolls the change back", async () => {
    const { actor, user } = await clinician();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_audit_insert() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit trail unavailable (test)'; END; $$ LANGUAGE plpgsql`);
    try {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER test_refuse_audit_insert BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit_insert()`,
      );
      const error = await updateOwnProfile(actor, { name: "Må ikke gemmes", locale: "en", version: 1 }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(DomainError); // unexpected: goes to the error boundary
      expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
      expect(await db.auditEvent.count()).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_audit_insert ON "AuditEvent"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_refuse_audit_insert()`);
    }
  });

  it("signed out: refused", async () => {
    const error = await updateOwnProfile(null, { name: "X", locale: "da", version: 1 }).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ kind: "forbidden", messageKey: "errors.signInRequired" });
  });
});

describe("updateOwnProfileAction called directly", () => {
  it("bad input (empty name, unknown language) → invalid with field messages in Danish and English, nothing written", async () => {
    const { actor, user } = await clinician();
    signInAs(actor);
    const state = await updateOwnProfileAction(IDLE, form({ name: "  ", locale: "sv", version: "1" }));
    expect(state.status).toBe("invalid");
    if (state.status !== "invalid") return;
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["locale", "name"]);
    expect(state.values.name).toBe("  ");
    for (const ref of Object.values(state.fieldErrors).flat()) {
      const { key, params } = parseMessageRef(ref);
      expect(translate("da", key, params), key).not.toBe(translate("en", key, params));
      expect(translate("da", key, params)).not.toBe(key);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).version).toBe(1);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a NUL byte in the name → invalid with a field message in both languages, nothing written (it was a 500)", async () => {
    const { actor, user } = await clinician();
    signInAs(actor);
    const state = await updateOwnProfileAction(IDLE, form({ name: "Gitte\u0000Læge", locale: "da", version: "1" }));
    expect(state).toMatchObject({ status: "invalid", fieldErrors: { name: ["validation.controlCharacters"] }, focus: "name" });
    expect(translate("da", "validation.controlCharacters")).toContain("styretegn");
    expect(translate("en", "validation.controlCharacters")).toContain("control character");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).version).toBe(1);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("a stale form → conflict state", async () => {
    const { actor } = await clinician();
    signInAs(actor);
    await updateOwnProfile(actor, { name: "Først", locale: "da", version: 1 });
    expect(await updateOwnProfileAction(IDLE, form({ name: "Senere", locale: "da", version: "1" }))).toMatchObject({
      status: "conflict",
      messageKey: "errors.conflict",
    });
  });

  it("signed out → forbidden state", async () => {
    expect(await updateOwnProfileAction(IDLE, form({ name: "X", locale: "da", version: "1" }))).toMatchObject({ status: "forbidden" });
  });
});
