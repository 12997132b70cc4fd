import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { actorForSession } from "@/lib/auth/session-actor";
import { db } from "./support/db";
import { createOrganisation, createUser } from "./support/factories";

async function coordinator() {
  const region = await createOrganisation("REGION", { name: "Region Sjælland" });
  const municipality = await createOrganisation("MUNICIPALITY", { name: "Roskilde Kommune", regionId: region.id });
  const user = await createUser([
    { organisationId: municipality.id, role: "COORDINATOR" },
    { organisationId: region.id, role: "READER" },
  ]);
  return { region, municipality, user };
}

const session = (userId: string, sessionVersion: unknown) => ({ userId, sessionVersion, authTime: 1, expires: "2099-01-01T00:00:00Z" });

describe("loadActor and the session → actor step", () => {
  it("loads the actor for a current session, with memberships and no secrets", async () => {
    const { user, municipality, region } = await coordinator();
    const actor = await actorForSession(db, session(user.id, 1), null);
    expect(actor).toMatchObject({ userId: user.id, email: user.email, name: user.name, activeOrganisationId: municipality.id });
    expect(actor!.memberships.map((m) => [m.organisationId, m.role, m.regionId])).toEqual([
      [municipality.id, "COORDINATOR", region.id],
      [region.id, "READER", region.id],
    ]);
    expect(JSON.stringify(actor)).not.toMatch(/passwordHash|argon2/);
  });

  it("returns null for a session issued before a session-version bump (password change, deactivation)", async () => {
    const { user } = await coordinator();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(db, user.id, { sessionVersion: 1 })).toBeNull();
    expect(await actorForSession(db, session(user.id, 1), null)).toBeNull();
    expect(await actorForSession(db, session(user.id, 2), null)).not.toBeNull();
  });

  it("returns null for a deactivated user even with a current session version", async () => {
    const { user } = await coordinator();
    await db.user.update({ where: { id: user.id }, data: { active: false, deactivatedAt: new Date() } });
    expect(await loadActor(db, user.id, { sessionVersion: 1 })).toBeNull();
    expect(await actorForSession(db, session(user.id, 1), null)).toBeNull();
  });

  it("returns null for an unknown user, no session, or a session without a version (fails closed)", async () => {
    const { user } = await coordinator();
    expect(await actorForSession(db, session("no-such-user", 1), null)).toBeNull();
    expect(await actorForSession(db, null, null)).toBeNull();
    expect(await actorForSession(db, { userId: user.id, authTime: 1 }, null)).toBeNull();
  });

  it("uses the org cookie only when it names one of the user's own organisations", async () => {
    const { user, municipality, region } = await coordinator();
    const other = await createOrganisation("MUNICIPALITY", { name: "Køge Kommune" });
    expect((await actorForSession(db, session(user.id, 1), region.id))!.activeOrganisationId).toBe(region.id);
    expect((await actorForSession(db, session(user.id, 1), other.id))!.activeOrganisationId).toBe(municipality.id);
  });
});
