import { describe, expect, it } from "vitest";
import { canonicalLookupQuery, decodeLookupKey, encodeLookupKey, firstOfEach, lookupQueryString } from "@/lib/domain/offers/lookup-query";
import { searchOffersInput } from "@/lib/domain/offers/schemas";

const canonical = (query: string) => canonicalLookupQuery(new URLSearchParams(query));

describe("the lookup's canonical query (the cache key of the anonymous lookup)", () => {
  it("two URLs asking the same thing get the same canonical form", () => {
    expect(canonical("kommune=265&q=rygning")).toBe("q=rygning&kommune=265");
    expect(canonical("q=rygning&kommune=265&ukendt=1&side=1")).toBe("q=rygning&kommune=265");
    expect(canonical("q=++rygning++&kommune=265&q=alkohol")).toBe("q=rygning&kommune=265"); // trimmed; first value wins
  });

  it("drops invalid values instead of failing (a shared link still works)", () => {
    expect(canonical("kommune=abc&alder=200&risikofaktor=ukendt&aften=ja")).toBe("");
    expect(canonical("")).toBe("");
  });

  it("is exactly what the page links to", () => {
    const params = firstOfEach(new URLSearchParams("q=kost&alder=45&side=2"));
    expect(`?${canonical("q=kost&alder=45&side=2")}`).toBe(lookupQueryString(searchOffersInput.parse(params)));
  });
});

describe("the key of a search as one path segment", () => {
  it("round-trips any canonical query, Danish letters included", () => {
    for (const query of ["q=rygning&kommune=265", "q=r%C3%B8g+og+%C3%A6%C3%B8%C3%A5", "q=50%25+%2F+%3F%23", ""]) {
      const text = canonical(query);
      const key = encodeLookupKey(text);
      expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeLookupKey(key)?.toString()).toBe(text);
    }
    expect(encodeLookupKey("")).toBe("-");
  });

  it("refuses keys that are not canonical, so no search is cached twice", () => {
    const notCanonical = encodeLookupKey("kommune=265&q=rygning"); // right words, wrong order
    expect(decodeLookupKey(notCanonical)).toBeNull();
    expect(decodeLookupKey("not base64!")).toBeNull();
    expect(decodeLookupKey(encodeLookupKey("ukendt=1"))).toBeNull();
    expect(decodeLookupKey("x".repeat(3000))).toBeNull();
  });
});
