/**
 * Issue 18 item 5: sign-in is throttled per client IP too — twelve (and thirty) addresses tried from
 * one IP no longer all pass, and a stranger cannot lock everybody out from one machine for long.
 * Before, only the address was counted: every attempt below was "invalid_credentials".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_IP } from "@/lib/rules/sign-in-throttle";
import { clientIpFrom, trustedProxyHops } from "@/lib/auth/client-ip";
import { db } from "./support/db";
import { createOrganisation, createUser } from "./support/factories";

const PASSWORD = "korrekt-hest-batteri-4711";
let passwordHash: string;
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

describe("per-IP sign-in throttle", () => {
  it(`after ${MAX_FAILURES_PER_IP} failures from one IP (each on another address) that IP is locked — even a correct password; another IP is not`, async () => {
    const clinic = await createOrganisation("GP_CLINIC");
    const user = await createUser([{ organisationId: clinic.id, role: "CLINICIAN" }], { passwordHash });
    const now = new Date("2026-03-02T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_IP - 1; i += 1) {
      const result = await authenticate(db, { email: `gæt${i}@example.dk`, password: "forkert", ip: "203.0.113.7" }, now);
      expect(result).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    const last = await authenticate(db, { email: "sidste@example.dk", password: "forkert", ip: "203.0.113.7" }, now);
    expect(last.ok === false && last.reason).toBe("locked");
    const correct = await authenticate(db, { email: user.email, password: PASSWORD, ip: "203.0.113.7" }, now);
    expect(correct.ok === false && correct.reason).toBe("locked");
    const elsewhere = await authenticate(db, { email: user.email, password: PASSWORD, ip: "198.51.100.1" }, now);
    expect(elsewhere.ok).toBe(true);
  });

  it("successful sign-ins from one IP (an office behind NAT) do not add up to a lock", async () => {
    const clinic = await createOrganisation("GP_CLINIC");
    const user = await createUser([{ organisationId: clinic.id, role: "CLINICIAN" }], { passwordHash });
    const now = new Date("2026-03-02T11:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_IP + 5; i += 1) {
      expect((await authenticate(db, { email: user.email, password: PASSWORD, ip: "192.0.2.44" }, now)).ok).toBe(true);
    }
  });

  it("the client IP is read from X-Forwarded-For counting TRUSTED_PROXY_HOPS from the right", () => {
    expect(clientIpFrom("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientIpFrom("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientIpFrom("10.0.0.2", 3)).toBeNull();
    expect(clientIpFrom(null, 0)).toBeNull();
    expect(clientIpFrom("127.0.0.1", 0)).toBe("127.0.0.1");
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "-1" })).toBe(0);
    expect(trustedProxyHops({})).toBe(0);
  });
});
