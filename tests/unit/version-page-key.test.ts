import { describe, expect, it } from "vitest";
import { readVersionPageKey, versionPagePath } from "@/lib/domain/agreements/version-page-key";
import { encodePageKey } from "@/lib/http/page-key";

describe("an agreement version's cached reading page (its key, decision 037)", () => {
  it("round-trips a version's path through its key", () => {
    const path = versionPagePath("en", "/aftaler/seed-agreement-sjl1518/v/2");
    expect(path).toMatch(/^\/aftaleversion\/en\.[A-Za-z0-9_-]+$/);
    expect(readVersionPageKey(path!.slice("/aftaleversion/".length))).toEqual({ locale: "en", agreementId: "seed-agreement-sjl1518", number: "2" });
  });

  it("leaves every other path to the per-request pages", () => {
    for (const pathname of ["/aftaler", "/aftaler/x", "/aftaler/x/v/1/udskriv", "/aftaler/x/v/01", "/aftaler/x/v/0", "/aftaler/x/v/99999", "/aftaler/%00/v/1", "/aftaler/a.b/v/1"]) {
      expect(versionPagePath("da", pathname)).toBeNull();
    }
  });

  it("refuses a key the proxy could not have made (so one version is never cached twice)", () => {
    expect(readVersionPageKey("da.-")).toBeNull();
    expect(readVersionPageKey(encodePageKey("da", "v=1&a=x"))).toBeNull();
    expect(readVersionPageKey(encodePageKey("da", "a=x&v=01"))).toBeNull();
    expect(readVersionPageKey(encodePageKey("da", "a=x%2Fy&v=1"))).toBeNull();
    expect(readVersionPageKey(encodePageKey("da", "a=x&v=1").replace(/^da\./, "xx."))).toBeNull();
    expect(readVersionPageKey(encodePageKey("da", "a=x&v=1"))).toEqual({ locale: "da", agreementId: "x", number: "1" });
  });
});
