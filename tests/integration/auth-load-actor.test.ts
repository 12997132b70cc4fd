import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { actorForSession } from "@/lib/auth/session-actor";
import { endUserSession, openUserSession } from "@/lib/auth/user-sessions";
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

/** The claims of a session cookie as sign-in issues it, with its server-side row (lib/auth/user-sessions.ts). */
const sessionIds = new Map<string, string>();
async function liveSessionId(userId: string): Promise<string> {
  if (!sessionIds.has(userId)) sessionIds.set(userId, await openUserSession(db, userId));
  return sessionIds.get(userId)!;
}
const session = async (userId: string, sessionVersion: unknown) => ({
  userId,
  sessionVersion,
  authTime: 1,
  sessionId: await liveSessionId(userId),
  expires: "2099-01-01T00:00:00Z",
});

describe("loadActor and the session → actor step", () => {
  it("loads the actor for a current session, with memberships and no secrets", async () => {
    const { user, municipality, region } = await coordinator();
    const actor = await actorForSession(db, await session(user.id, 1), null);
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
    expect(await actorForSession(db, await session(user.id, 1), null)).toBeNull();
    expect(await actorForSession(db, await session(user.id, 2), null)).not.toBeNull();
  });

  it("returns null for a deactivated user even with a current session version", async () => {
    const { user } = await coordinator();
    await db.user.update({ where: { id: user.id }, data: { active: false, deactivatedAt: new Date() } });
    expect(await loadActor(db, user.id, { sessionVersion: 1 })).toBeNull();
    expect(await actorForSession(db, await session(user.id, 1), null)).toBeNull();
  });

  it("returns null for an unknown user, no session, or a session without a version (fails closed)", async () => {
    const { user } = await coordinator();
    expect(await actorForSession(db, { userId: "no-such-user", sessionVersion: 1, authTime: 1, sessionId: await liveSessionId(user.id) }, null)).toBeNull();
    expect(await actorForSession(db, null, null)).toBeNull();
    expect(await actorForSession(db, { userId: user.id, authTime: 1 }, null)).toBeNull();
    // A cookie without a server-side session (issued before sign-out could end sessions, or forged).
    expect(await actorForSession(db, { userId: user.id, sessionVersion: 1, authTime: 1 }, null)).toBeNull();
  });

  it("returns null once the session has been signed out, and for another user's session row (issue 18)", async () => {
    const { user } = await coordinator();
    const other = await createUser([]);
    const claims = await session(user.id, 1);
    expect(await actorForSession(db, claims, null)).not.toBeNull();

    await endUserSession(db, claims.sessionId, user.id);
    expect(await actorForSession(db, claims, null)).toBeNull(); // the copied cookie is dead too
    expect(await actorForSession(db, { ...(await session(other.id, 1)), userId: user.id }, null)).toBeNull();
    // A new sign-in opens a new session; the ended one stays ended.
    const fresh = await openUserSession(db, user.id);
    expect(await actorForSession(db, { ...claims, sessionId: fresh }, null)).not.toBeNull();
    expect(await actorForSession(db, claims, null)).toBeNull();
  });

  it("returns null when the session's absolute end has passed", async () => {
    const { user } = await coordinator();
    const sessionId = await openUserSession(db, user.id, new Date(Date.now() - 9 * 3600 * 1000));
    expect(await actorForSession(db, { userId: user.id, sessionVersion: 1, authTime: 1, sessionId }, null)).toBeNull();
  });

  it("uses the org cookie only when it names one of the user's own organisations", async () => {
    const { user, municipality, region } = await coordinator();
    const other = await createOrganisation("MUNICIPALITY", { name: "Køge Kommune" });
    expect((await actorForSession(db, await session(user.id, 1), region.id))!.activeOrganisationId).toBe(region.id);
    expect((await actorForSession(db, await session(user.id, 1), other.id))!.activeOrganisationId).toBe(municipality.id);
  });
});
