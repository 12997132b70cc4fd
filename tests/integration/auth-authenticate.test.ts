import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { db } from "./support/db";
import { createOrganisation, createUser } from "./support/factories";

const PASSWORD = "Rask-Sundkøbing-2026";
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

const t0 = new Date("2026-11-22T13:17:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function clinician(overrides: { email?: string; active?: boolean; passwordHash?: string | null } = {}) {
  const clinic = await createOrganisation("GP_CLINIC");
  const { passwordHash: hashOverride, ...rest } = overrides;
  return createUser([{ organisationId: clinic.id, role: "CLINICIAN" }], {
    email: "laege@klinik.dk",
    ...rest,
    passwordHash: hashOverride === null ? undefined : (hashOverride ?? passwordHash),
  });
}

const throttleRow = (email: string) => db.signInThrottle.findUnique({ where: { email } });

describe("authenticate (the credentials check behind next-auth's authorize)", () => {
  it("accepts the correct password, sets lastSignInAt and returns only id, session version and locale", async () => {
    const user = await clinician();
    const result = await authenticate(db, { email: "laege@klinik.dk", password: PASSWORD }, at(0));
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: 1, locale: "da" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(at(0));
    expect(await throttleRow("laege@klinik.dk")).toBeNull();
  });

  it("matches the e-mail case-insensitively and ignores surrounding spaces", async () => {
    await clinician();
    const result = await authenticate(db, { email: "  Laege@Klinik.DK ", password: PASSWORD }, at(0));
    expect(result.ok).toBe(true);
  });

  it("counts a wrong password against the lower-cased e-mail", async () => {
    await clinician();
    const result = await authenticate(db, { email: "LAEGE@klinik.dk", password: "forkert" }, at(0));
    expect(result).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(await throttleRow("laege@klinik.dk")).toMatchObject({ failures: 1, firstFailureAt: at(0), lockedUntil: null });
  });

  it("locks on the fifth failure within 15 minutes and refuses the sixth attempt with the lock time", async () => {
    await clinician();
    for (let i = 0; i < 4; i++) {
      expect(await authenticate(db, { email: "laege@klinik.dk", password: "forkert" }, at(i))).toEqual({
        ok: false,
        reason: "invalid_credentials",
      });
    }
    // The fifth failure sets the lock and says so at once.
    expect(await authenticate(db, { email: "laege@klinik.dk", password: "forkert" }, at(4))).toEqual({
      ok: false,
      reason: "locked",
      lockedUntil: at(19),
    });
    expect(await authenticate(db, { email: "laege@klinik.dk", password: "forkert" }, at(5))).toEqual({
      ok: false,
      reason: "locked",
      lockedUntil: at(19),
    });
    // Refused attempts neither count nor extend the lock.
    expect(await throttleRow("laege@klinik.dk")).toMatchObject({ failures: 5, lockedUntil: at(19) });
  });

  it("refuses even the correct password while locked, and does not touch lastSignInAt", async () => {
    const user = await clinician();
    for (let i = 0; i < 5; i++) await authenticate(db, { email: "laege@klinik.dk", password: "forkert" }, at(i));
    expect(await authenticate(db, { email: "laege@klinik.dk", password: PASSWORD }, at(10))).toEqual({
      ok: false,
      reason: "locked",
      lockedUntil: at(19),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
  });

  it("allows the correct password after the lock has expired and resets the counter", async () => {
    await clinician();
    for (let i = 0; i < 5; i++) await authenticate(db, { email: "laege@klinik.dk", password: "forkert" }, at(i));
    expect((await authenticate(db, { email: "laege@klinik.dk", password: PASSWORD }, at(19))).ok).toBe(true);
    expect(await throttleRow("laege@klinik.dk")).toBeNull();
    // A fresh start: one failure is just one failure.
    expect(await authenticate(db, { email: "laege@klinik.dk", password: "forkert" }, at(20))).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
  });

  it("a success resets the counter before the limit is reached", async () => {
    await clinician();
    for (let i = 0; i < 4; i++) await authenticate(db, { email: "laege@klinik.dk", password: "forkert" }, at(i));
    expect((await authenticate(db, { email: "laege@klinik.dk", password: PASSWORD }, at(5))).ok).toBe(true);
    for (let i = 0; i < 4; i++) {
      expect((await authenticate(db, { email: "laege@klinik.dk", password: "forkert" }, at(6 + i))).ok).toBe(false);
    }
    expect(await throttleRow("laege@klinik.dk")).toMatchObject({ failures: 4, lockedUntil: null });
  });

  it("throttles an unknown e-mail exactly like a known one (the answer reveals nothing)", async () => {
    for (let i = 0; i < 4; i++) {
      expect(await authenticate(db, { email: "ingen@findes.dk", password: "x" }, at(i))).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    expect(await authenticate(db, { email: "ingen@findes.dk", password: "x" }, at(4))).toEqual({
      ok: false,
      reason: "locked",
      lockedUntil: at(19),
    });
    expect(await throttleRow("ingen@findes.dk")).toMatchObject({ failures: 5, lockedUntil: at(19) });
  });

  it("refuses a deactivated user with the generic answer, even with the correct password, and counts it", async () => {
    const user = await clinician({ active: false });
    expect(await authenticate(db, { email: "laege@klinik.dk", password: PASSWORD }, at(0))).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
    expect(await throttleRow("laege@klinik.dk")).toMatchObject({ failures: 1 });
  });

  it("refuses a user without a password (single sign-on only) with the generic answer", async () => {
    await clinician({ passwordHash: null });
    expect(await authenticate(db, { email: "laege@klinik.dk", password: "" }, at(0))).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("lets no more than five of many parallel wrong attempts through to the password check", async () => {
    await clinician();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => authenticate(db, { email: "laege@klinik.dk", password: "forkert" }, at(0))),
    );
    const reasons = results.map((r) => (r.ok ? "ok" : r.reason)).sort();
    expect(reasons).toEqual(["invalid_credentials", "invalid_credentials", "invalid_credentials", "invalid_credentials", "locked", "locked", "locked", "locked"]);
    expect(await throttleRow("laege@klinik.dk")).toMatchObject({ failures: 5, lockedUntil: at(15) });
  });
});
