import { describe, expect, it } from "vitest";
import { safeNextPath, signInUrl } from "@/lib/auth/next-path";

describe("safeNextPath (no open redirect after sign-in)", () => {
  it.each<[unknown, string]>([
    ["/aftaler", "/aftaler"],
    ["/tilbud?kommune=265&q=rygestop", "/tilbud?kommune=265&q=rygestop"],
    ["/henvisninger#top", "/henvisninger#top"],
    [undefined, "/"],
    [null, "/"],
    ["", "/"],
    [42, "/"],
    ["aftaler", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["/logind", "/"],
    ["/logind?next=/x", "/"],
    [`/${"a".repeat(3000)}`, "/"],
  ])("%j → %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it("builds the sign-in URL with an encoded return path, or none", () => {
    expect(signInUrl("/tilbud?kommune=265")).toBe("/logind?next=%2Ftilbud%3Fkommune%3D265");
    expect(signInUrl("/")).toBe("/logind");
    expect(signInUrl(null)).toBe("/logind");
    expect(signInUrl("//evil.example")).toBe("/logind");
  });
});
