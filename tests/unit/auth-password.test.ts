import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("hashes with argon2id and memory-hard parameters, salted", async () => {
    const a = await hashPassword("Sundhed-2026!");
    const b = await hashPassword("Sundhed-2026!");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it("verifies the right password only", async () => {
    const stored = await hashPassword("Sundhed-2026!");
    expect(await verifyPassword(stored, "Sundhed-2026!")).toBe(true);
    expect(await verifyPassword(stored, "sundhed-2026!")).toBe(false);
    expect(await verifyPassword(stored, "")).toBe(false);
  });

  it("treats a malformed hash as a mismatch instead of throwing", async () => {
    expect(await verifyPassword("not a hash", "x")).toBe(false);
    expect(await verifyPassword("", "x")).toBe(false);
  });

  it("the dummy verification never succeeds", async () => {
    expect(await verifyAgainstDummy("dummy password that matches nothing")).toBe(false);
  });
});
