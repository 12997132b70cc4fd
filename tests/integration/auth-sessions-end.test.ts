/**
 * Issue 18, item 2: sign-out signs out. A session is a server-side row the cookie names; ending it
 * (sign-out) kills every copy of the cookie. A password change and "sign out everywhere" end every
 * session of the user; the administrator's deactivation already did (users-deactivation.test.ts).
 */
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { userForSession } from "@/lib/auth/session-actor";
import { endUserSession, openUserSession } from "@/lib/auth/user-sessions";
import { changeOwnPassword } from "@/lib/domain/users/change-own-password";
import { signOutEverywhere } from "@/lib/domain/users/sign-out-everywhere";
import { updateOwnProfile } from "@/lib/domain/users/update-own-profile";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";

const OLD = "gammel-adgangskode-1";
const NEW = "ny-og-laengere-adgangskode-2";

async function signedInTwice() {
  const region = await createOrganisation("REGION");
  const user = await createUser([{ organisationId: region.id, role: "COORDINATOR" }], { passwordHash: await hashPassword(OLD) });
  const claims = async () => ({ userId: user.id, sessionVersion: 1, authTime: Math.floor(Date.now() / 1000), sessionId: await openUserSession(db, user.id) });
  const here = await claims();
  const elsewhere = await claims(); // another computer
  return { user, here, elsewhere };
}
const actorOf = async (claims: unknown) => (await userForSession(db, claims, null))?.actor ?? null;

describe("ending sessions", () => {
  it("sign-out ends that session for every copy of its cookie — a profile save with it is refused; other sessions go on", async () => {
    const { user, here, elsewhere } = await signedInTwice();
    const copied = { ...here }; // the same cookie, copied to another browser
    await endUserSession(db, here.sessionId, user.id);

    expect(await actorOf(here)).toBeNull();
    expect(await actorOf(copied)).toBeNull();
    expect(await actorOf(elsewhere)).not.toBeNull();
    // What the old cookie's request would do: the action loads no actor, so the save is refused and nothing changes.
    await expect(updateOwnProfile(await actorOf(copied), { name: "Mallory", locale: "da", version: "1" })).rejects.toMatchObject({ kind: "forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
  });

  it("sign out everywhere: every session ends, one audit row", async () => {
    const { user, here, elsewhere } = await signedInTwice();
    await signOutEverywhere(await actorOf(here));
    expect(await actorOf(here)).toBeNull();
    expect(await actorOf(elsewhere)).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(audit.map((a) => a.action)).toEqual(["user.signOutEverywhere"]);
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
  });

  it("a password change needs the current password, ends every session, and writes no hash to the audit trail", async () => {
    const { user, here, elsewhere } = await signedInTwice();
    const actor = await actorOf(here);

    await expect(changeOwnPassword(actor, { currentPassword: "forkert", newPassword: NEW, newPasswordRepeat: NEW })).rejects.toMatchObject({
      kind: "invalid",
      fieldErrors: { currentPassword: ["profile.password.wrongCurrent"] },
    });
    await expect(changeOwnPassword(actor, { currentPassword: OLD, newPassword: NEW, newPasswordRepeat: `${NEW}x` })).rejects.toMatchObject({
      fieldErrors: { newPasswordRepeat: ["validation.passwordRepeat"] },
    });
    await expect(changeOwnPassword(actor, { currentPassword: OLD, newPassword: OLD, newPasswordRepeat: OLD })).rejects.toMatchObject({
      fieldErrors: { newPassword: ["profile.password.same"] },
    });
    expect(await actorOf(here)).not.toBeNull(); // refused attempts changed nothing

    await changeOwnPassword(actor, { currentPassword: OLD, newPassword: NEW, newPasswordRepeat: NEW });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash!, NEW)).toBe(true);
    expect(row.sessionVersion).toBe(2);
    expect(await actorOf(here)).toBeNull();
    expect(await actorOf(elsewhere)).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(audit.map((a) => a.action)).toEqual(["user.changePassword"]);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toMatch(/argon2|passwordHash/);
  });

  it("guesses at the current password count against the sign-in throttle", async () => {
    const { here } = await signedInTwice();
    const actor = await actorOf(here);
    for (let i = 0; i < 5; i++) {
      await expect(changeOwnPassword(actor, { currentPassword: `gæt-${i}`, newPassword: NEW, newPasswordRepeat: NEW })).rejects.toMatchObject({ kind: "invalid" });
    }
    // Locked now: even the right password is refused, as at the sign-in form.
    await expect(changeOwnPassword(actor, { currentPassword: OLD, newPassword: NEW, newPasswordRepeat: NEW })).rejects.toMatchObject({
      kind: "forbidden",
      messageKey: "auth.signIn.locked",
    });
  });

  it("a single-sign-on user has no password to change", async () => {
    const region = await createOrganisation("REGION");
    const user = await createUser([{ organisationId: region.id, role: "READER" }]);
    await expect(changeOwnPassword(await actorFor(user.id), { currentPassword: "x", newPassword: NEW, newPasswordRepeat: NEW })).rejects.toMatchObject({
      kind: "forbidden",
      messageKey: "profile.password.reason.ssoOnly",
    });
  });
});
