import { describe, expect, it } from "vitest";
import { canonicalSignInQuery, readSignInPageKey, signInPagePath, signInState } from "@/lib/auth/sign-in-state";
import { encodePageKey } from "@/lib/http/page-key";

const q = (text: string) => new URLSearchParams(text);

describe("the sign-in page's state (the key of its cached page)", () => {
  it("keeps only what changes the page, in a fixed order", () => {
    expect(canonicalSignInQuery(q("udlogget=alle&next=%2Ffora&x=1"))).toBe("next=%2Ffora&udlogget=alle");
    expect(canonicalSignInQuery(q("next=%2F"))).toBe("");
    expect(canonicalSignInQuery(q("error=Configuration"))).toBe("error=other");
    expect(canonicalSignInQuery(q("error=AccessDenied&udlogget=ukendt"))).toBe("error=AccessDenied");
  });

  it("never keeps a next that would leave the site or loop", () => {
    for (const next of ["https://evil.example", "//evil.example", "/\\evil.example", "/logind?next=/fora"]) {
      expect(signInState(q(`next=${encodeURIComponent(next)}`)).next).toBe("/");
      expect(canonicalSignInQuery(q(`next=${encodeURIComponent(next)}`))).toBe("");
    }
  });

  it("round-trips through its path", () => {
    const path = signInPagePath("en", q("next=%2Fhenvisninger%3Fside%3D2&udlogget=adgangskode"));
    expect(path).toMatch(/^\/logind\/en\.[A-Za-z0-9_-]+$/);
    expect(readSignInPageKey(path.slice("/logind/".length))).toEqual({
      locale: "en",
      state: { next: "/henvisninger?side=2", signedOut: "adgangskode", error: null },
    });
    expect(signInPagePath("da", q(""))).toBe("/logind/da.-");
  });

  it("keeps the longest next a sign-in accepts", () => {
    const next = `/tilbud?q=${"æ/?&=".repeat(340)}`.slice(0, 2048);
    const path = signInPagePath("da", q(`next=${encodeURIComponent(next)}`));
    expect(readSignInPageKey(path.slice("/logind/".length))?.state.next).toBe(next);
  });

  it("refuses keys proxy.ts could not have made", () => {
    expect(readSignInPageKey(encodePageKey("da", "udlogget=alle&next=%2Ffora"))).toBeNull(); // wrong order
    expect(readSignInPageKey(encodePageKey("da", "next=https%3A%2F%2Fevil.example"))).toBeNull();
    expect(readSignInPageKey("xx.-")).toBeNull();
  });
});
