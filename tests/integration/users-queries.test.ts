/** The scoped user queries: the administrator sees all, a coordinator their own organisation's members. */
import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { actorFor, createAdmin, createOrganisation, createUser } from "./support/factories";
import { listUsers } from "@/lib/domain/users/list-users";
import { getUser } from "@/lib/domain/users/get-user";
import { listManageableOrganisations } from "@/lib/domain/users/list-manageable-organisations";
import { DomainError } from "@/lib/domain/errors";

describe("listUsers", () => {
  it("administrator: everyone, in Danish order (æ, ø, å after z; \"aa\" is å), with search", async () => {
    const { actor } = await createAdmin(); // "Test Bruger N"
    const roskilde = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune" });
    for (const name of ["Åse Ås", "Zenia Zink", "Ørsted Øre", "Ærø Æble", "Aage Aa", "anders and"]) {
      await createUser([{ organisationId: roskilde.id, role: "READER" }], { name });
    }
    await createUser([], { name: "Deaktiveret Dorthe", active: false });

    const all = await listUsers(actor, {});
    const adminName = all.items.find((u) => u.name.startsWith("Test Bruger"))?.name;
    expect(all.items.map((u) => u.name)).toEqual([
      "anders and",
      "Deaktiveret Dorthe",
      adminName,
      "Zenia Zink",
      "Ærø Æble",
      "Ørsted Øre",
      "Aage Aa", // Danish collation: "Aa" sorts as "Å" (Aage = Åge, before Åse)
      "Åse Ås",
    ]);
    expect(all.items.find((u) => u.name === "Deaktiveret Dorthe")?.active).toBe(false);
    expect(all.items.find((u) => u.name === "Zenia Zink")?.memberships).toEqual([{ organisationName: "Roskilde Kommune", role: "READER" }]);
    expect(all.items[0]).not.toHaveProperty("passwordHash");

    const search = await listUsers(actor, { q: "ØRSTED" });
    expect(search.items.map((u) => u.name)).toEqual(["Ørsted Øre"]);
    const byEmail = await listUsers(actor, { q: "@TEST.DK" });
    expect(byEmail.total).toBe(8);
  });

  it("pages: 50 per page, the page number clamped to the last page", async () => {
    const { actor } = await createAdmin();
    await db.user.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ email: `p${i}@test.dk`, name: `Person ${String(i).padStart(2, "0")}` })) });
    const first = await listUsers(actor, { page: "1" });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 61 });
    expect(first.items).toHaveLength(50);
    const second = await listUsers(actor, { page: "9" });
    expect(second.page).toBe(2);
    expect(second.items).toHaveLength(11);
  });

  it("a coordinator: only members of their own organisation (and themself); a clinician: only themself", async () => {
    const a = await createOrganisation("MUNICIPALITY", { name: "A Kommune" });
    const b = await createOrganisation("MUNICIPALITY", { name: "B Kommune" });
    const coordinator = await createUser([{ organisationId: a.id, role: "COORDINATOR" }], { name: "Koordinator A" });
    await createUser([{ organisationId: a.id, role: "CASEWORKER" }], { name: "Medlem A" });
    await createUser([{ organisationId: b.id, role: "CASEWORKER" }], { name: "Medlem B" });
    const both = await createUser(
      [
        { organisationId: a.id, role: "READER" },
        { organisationId: b.id, role: "COORDINATOR" },
      ],
      { name: "Begge" },
    );

    const seen = await listUsers(await actorFor(coordinator.id), {});
    expect(seen.items.map((u) => u.name)).toEqual(["Begge", "Koordinator A", "Medlem A"]);
    // Another organisation's membership of a shared member is not revealed.
    expect(seen.items.find((u) => u.id === both.id)?.memberships).toEqual([{ organisationName: "A Kommune", role: "READER" }]);

    const caseworkerB = await db.user.findFirstOrThrow({ where: { name: "Medlem B" } });
    expect((await listUsers(await actorFor(caseworkerB.id), {})).items.map((u) => u.name)).toEqual(["Medlem B"]);
  });

  it("signed out: refused", async () => {
    await expect(listUsers(null, {})).rejects.toBeInstanceOf(DomainError);
  });
});

describe("getUser and listManageableOrganisations", () => {
  it("administrator sees any user with all memberships; a user of an unrelated organisation gets not found", async () => {
    const { actor } = await createAdmin();
    const a = await createOrganisation("REGION", { name: "Region Sjælland" });
    const b = await createOrganisation("HOSPITAL", { name: "Holbæk Sygehus" });
    const target = await createUser([
      { organisationId: a.id, role: "READER" },
      { organisationId: b.id, role: "CLINICIAN" },
    ]);
    const seen = await getUser(actor, { userId: target.id });
    expect(seen.memberships.map((m) => m.organisationName)).toEqual(["Holbæk Sygehus", "Region Sjælland"]);

    const stranger = await createUser([{ organisationId: (await createOrganisation("GP_CLINIC")).id, role: "CLINICIAN" }]);
    await expect(getUser(await actorFor(stranger.id), { userId: target.id })).rejects.toMatchObject({ kind: "not_found" });
  });

  it("organisations to grant in: all (with their roles) for the administrator, the own one for a coordinator, none for a clinician", async () => {
    const { actor } = await createAdmin();
    const region = await createOrganisation("REGION", { name: "Region Sjælland" });
    const clinic = await createOrganisation("GP_CLINIC", { name: "Ærøskøbing Lægehus" });
    const coordinator = await createUser([{ organisationId: region.id, role: "COORDINATOR" }]);
    const clinician = await createUser([{ organisationId: clinic.id, role: "CLINICIAN" }]);

    const forAdmin = await listManageableOrganisations(actor);
    expect(forAdmin.map((o) => [o.name, o.grantableRoles])).toEqual([
      ["Region Sjælland", ["COORDINATOR", "READER", "RISK_MANAGER"]],
      ["Sundhedsaftaleportalen drift", ["ADMIN"]],
      ["Ærøskøbing Lægehus", ["CLINICIAN", "READER"]],
    ]);
    expect((await listManageableOrganisations(await actorFor(coordinator.id))).map((o) => o.name)).toEqual(["Region Sjælland"]);
    expect(await listManageableOrganisations(await actorFor(clinician.id))).toEqual([]);
  });
});
