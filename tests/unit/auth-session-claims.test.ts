import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, isSessionExpired, readClaims } from "@/lib/auth/session-claims";

describe("session claims", () => {
  it("reads exactly the four claims", () => {
    expect(readClaims({ userId: "u1", sessionVersion: 2, authTime: 100, sessionId: "s1", name: "x", email: "y" })).toEqual({
      userId: "u1",
      sessionVersion: 2,
      authTime: 100,
      sessionId: "s1",
    });
  });

  it.each([
    ["null", null],
    ["a string", "u1"],
    ["no user id", { sessionVersion: 1, authTime: 1 }],
    ["an empty user id", { userId: "", sessionVersion: 1, authTime: 1 }],
    ["no session version (would skip the version check)", { userId: "u1", authTime: 1 }],
    ["a string session version", { userId: "u1", sessionVersion: "1", authTime: 1 }],
    ["no sign-in time", { userId: "u1", sessionVersion: 1, sessionId: "s1" }],
    ["no server-side session (a cookie from before sign-out could end a session)", { userId: "u1", sessionVersion: 1, authTime: 1 }],
    ["an empty session id", { userId: "u1", sessionVersion: 1, authTime: 1, sessionId: "" }],
  ])("fails closed on %s", (_label, value) => {
    expect(readClaims(value)).toBeNull();
  });

  it("ends a session 8 hours after sign-in, however often it was refreshed", () => {
    const claims = { userId: "u1", sessionVersion: 1, authTime: 1_000_000, sessionId: "s1" };
    expect(SESSION_MAX_AGE_SECONDS).toBe(8 * 3600);
    expect(isSessionExpired(claims, 1_000_000 + 8 * 3600 - 1)).toBe(false);
    expect(isSessionExpired(claims, 1_000_000 + 8 * 3600)).toBe(true);
    expect(isSessionExpired(claims, 1_000_000 - 3600)).toBe(true); // issued in the future: forged or a broken clock
  });
});
