/** list-audit-events.ts: administrator only, newest first, filters, 50 per page with a keyset cursor. */
import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createAdmin, createOrganisation, createUser } from "./support/factories";
import { listAuditEvents, auditChanges } from "@/lib/domain/audit/list-audit-events";
import { listAuditFilterOptions } from "@/lib/domain/audit/list-audit-filter-options";
import { grantMembership } from "@/lib/domain/users/grant-membership";
import { updateOwnProfile } from "@/lib/domain/users/update-own-profile";
import { deactivateUser } from "@/lib/domain/users/deactivate-user";

async function history() {
  const admin = await createAdmin();
  const municipality = await createOrganisation("MUNICIPALITY", { name: "Næstved Kommune" });
  const coordinator = await createUser([{ organisationId: municipality.id, role: "COORDINATOR" }], { name: "Hanne Koordinator", email: "hanne@naestved.dk" });
  const member = await createUser([], { name: "Ib Medlem" });
  const coordinatorActor = await actorFor(coordinator.id);
  const granted = await grantMembership(coordinatorActor, { email: member.email, organisationId: municipality.id, role: "CASEWORKER" });
  await updateOwnProfile(coordinatorActor, { name: "Hanne Hansen", locale: "en", version: 1 });
  await deactivateUser(admin.actor, { userId: member.id, version: 1 });
  return { admin, municipality, coordinator, member, granted };
}

describe("listAuditEvents", () => {
  it("newest first, with actor name and e-mail, organisation name, entity, before/after and a readable field list", async () => {
    const { admin, municipality, coordinator, member, granted } = await history();
    const page = await listAuditEvents(admin.actor, {});
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((e) => e.action)).toEqual(["user.deactivate", "user.updateProfile", "membership.grant"]);

    const grant = page.items[2];
    expect(grant).toMatchObject({
      actorUserId: coordinator.id,
      actorName: "Hanne Hansen", // the actor's current name
      actorEmail: "hanne@naestved.dk",
      organisationId: municipality.id,
      organisationName: "Næstved Kommune",
      entityType: "Membership",
      entityId: granted.id,
      before: null,
    });
    expect(grant.occurredAt).toBeInstanceOf(Date);
    expect(typeof grant.id).toBe("string");
    expect(grant.changes).toContainEqual({ field: "role", before: "", after: "CASEWORKER", changed: true });

    const profile = page.items[1];
    expect(profile.changes.filter((c) => c.changed).map((c) => c.field).sort()).toEqual(["locale", "name", "version"]);
    expect(profile.changes.find((c) => c.field === "name")).toEqual({ field: "name", before: "Hanne Koordinator", after: "Hanne Hansen", changed: true });

    const deactivation = page.items[0];
    expect(deactivation).toMatchObject({ entityId: member.id, actorUserId: admin.user.id, organisationName: "Sundhedsaftaleportalen drift" });
    expect(JSON.stringify(page.items.map((e) => [e.before, e.after]))).not.toContain("password");
  });

  it("filters by user, organisation, entity type and entity id (combined with AND)", async () => {
    const { admin, municipality, coordinator, member } = await history();
    const actions = async (filter: Record<string, string>) => (await listAuditEvents(admin.actor, filter)).items.map((e) => e.action);

    expect(await actions({ userId: coordinator.id })).toEqual(["user.updateProfile", "membership.grant"]);
    expect(await actions({ userId: admin.user.id })).toEqual(["user.deactivate"]);
    expect(await actions({ organisationId: municipality.id })).toEqual(["user.updateProfile", "membership.grant"]);
    expect(await actions({ entityType: "User" })).toEqual(["user.deactivate", "user.updateProfile"]);
    expect(await actions({ entityType: "User", entityId: member.id })).toEqual(["user.deactivate"]);
    expect(await actions({ userId: coordinator.id, entityType: "User" })).toEqual(["user.updateProfile"]);
    // Empty parameters from the filter form mean "no filter".
    expect(await actions({ userId: "", organisationId: "", entityType: "", entityId: "" })).toHaveLength(3);
  });

  it("50 per page; the cursor continues where the page ended, without repeats", async () => {
    const { actor, user } = await createAdmin();
    await db.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ actorUserId: user.id, action: "test.event", entityType: "Test", entityId: `e${i}` })),
    });
    const first = await listAuditEvents(actor, {});
    expect(first.items).toHaveLength(50);
    expect(first.items[0].entityId).toBe("e119");
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEvents(actor, { before: first.nextCursor! });
    expect(second.items[0].entityId).toBe("e69");
    const third = await listAuditEvents(actor, { before: second.nextCursor! });
    expect(third.items).toHaveLength(20);
    expect(third.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items, ...third.items].map((e) => e.entityId);
    expect(new Set(ids).size).toBe(120);
  });

  it("only the administrator: a coordinator is refused, even with filters for their own organisation", async () => {
    const { municipality, coordinator } = await history();
    await expect(listAuditEvents(await actorFor(coordinator.id), { organisationId: municipality.id })).rejects.toMatchObject({
      kind: "forbidden",
      messageKey: "admin.reason.adminOnly",
    });
    await expect(listAuditEvents(null, {})).rejects.toMatchObject({ kind: "forbidden" });
    await expect(listAuditFilterOptions(await actorFor(coordinator.id))).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("a malformed cursor is invalid input, not a crash", async () => {
    const { actor } = await createAdmin();
    await expect(listAuditEvents(actor, { before: "1; DROP TABLE" })).rejects.toMatchObject({ kind: "invalid" });
  });

  it("filter options: users and organisations in Danish order, the entity types present", async () => {
    const { admin } = await history();
    const options = await listAuditFilterOptions(admin.actor);
    expect(options.entityTypes).toEqual(["Membership", "User"]);
    expect(options.organisations.map((o) => o.label)).toEqual(["Næstved Kommune", "Sundhedsaftaleportalen drift"]);
    expect(options.users.map((u) => u.label.split(" (")[0])).toContain("Ib Medlem");
  });
});

describe("auditChanges", () => {
  it("lists fields side by side; non-object values as one row", () => {
    expect(auditChanges({ a: 1, b: "x" }, { a: 2, b: "x", c: true })).toEqual([
      { field: "a", before: "1", after: "2", changed: true },
      { field: "b", before: "x", after: "x", changed: false },
      { field: "c", before: "", after: "true", changed: true },
    ]);
    expect(auditChanges(null, { a: null })).toEqual([{ field: "a", before: "", after: "", changed: false }]);
    expect(auditChanges([1], "x")).toEqual([{ field: "value", before: "[1]", after: "x", changed: true }]);
  });
});
