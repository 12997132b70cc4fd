import { describe, expect, it } from "vitest";
import { LOOKUP_PAGE_PREFIX, canonicalLookupQuery, firstOfEach, lookupPagePath, lookupQueryString, readLookupPageKey } from "@/lib/domain/offers/lookup-query";
import { encodePageKey } from "@/lib/http/page-key";
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
  it("round-trips any canonical query in either language, Danish letters included", () => {
    for (const query of ["q=rygning&kommune=265", "q=r%C3%B8g+og+%C3%A6%C3%B8%C3%A5", "q=50%25+%2F+%3F%23", ""]) {
      for (const locale of ["da", "en"] as const) {
        const path = lookupPagePath(locale, new URLSearchParams(query));
        const key = path.slice(LOOKUP_PAGE_PREFIX.length);
        expect(key).toMatch(/^(da|en)\.[A-Za-z0-9_-]+$/);
        const page = readLookupPageKey(key);
        expect(page?.locale).toBe(locale);
        expect(page?.query.toString()).toBe(canonical(query));
      }
    }
    expect(lookupPagePath("da", new URLSearchParams(""))).toBe("/tilbud/soeg/da.-");
  });

  it("two URLs asking the same thing get the same page", () => {
    expect(lookupPagePath("da", new URLSearchParams("kommune=265&q=rygning&ukendt=1"))).toBe(lookupPagePath("da", new URLSearchParams("q=rygning&kommune=265")));
  });

  it("refuses keys that are not canonical, so no search is cached twice", () => {
    const notCanonical = encodePageKey("da", "kommune=265&q=rygning"); // right words, wrong order
    expect(readLookupPageKey(notCanonical)).toBeNull();
    expect(readLookupPageKey("da.not base64!")).toBeNull();
    expect(readLookupPageKey(encodePageKey("da", "ukendt=1"))).toBeNull();
    expect(readLookupPageKey(`da.${"x".repeat(13_000)}`)).toBeNull();
    expect(readLookupPageKey("fr.-")).toBeNull(); // no such language
    expect(readLookupPageKey("-")).toBeNull(); // no language at all
  });
});
