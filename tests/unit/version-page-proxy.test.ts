/**
 * Decision 037, signed-in readers: proxy.ts sends GET /aftaler/<id>/v/<n> to the cached reading page
 * without a session cookie always, and with one only when this process has seen the version public
 * (lib/domain/agreements/public-versions.ts) — a draft, or a version not seen yet, stays with the
 * per-request page (which shows a draft to its coordinators and 404s it for everybody else). The
 * live proof is tests/e2e/agreement-signed-in-cache.spec.ts.
 */
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { isKnownPublicVersion, notePublicVersion } from "@/lib/domain/agreements/public-versions";
import { versionPagePath } from "@/lib/domain/agreements/version-page-key";
import { LOCALE_COOKIE } from "@/lib/i18n/config";

const get = (path: string, cookie?: string) => new NextRequest(`http://portal.test${path}`, { headers: cookie ? { cookie } : {} });

/** The path the proxy rewrote to, or null when the request goes on to the page at its own path. */
async function rewrittenTo(request: NextRequest): Promise<string | null> {
  const target = (await proxy(request)).headers.get("x-middleware-rewrite");
  return target ? new URL(target).pathname : null;
}

const SESSION = "authjs.session-token=abc";

describe("the agreement version page: cached for everybody once the version is known to be public", () => {
  it("without a session: always the cached page (a draft is a 404 there, as before)", async () => {
    expect(await rewrittenTo(get("/aftaler/proxy-a/v/1"))).toBe(versionPagePath("da", "/aftaler/proxy-a/v/1"));
    expect(await rewrittenTo(get("/aftaler/proxy-a/v/1", `${LOCALE_COOKIE}=en`))).toBe(versionPagePath("en", "/aftaler/proxy-a/v/1"));
  });

  it("signed in: the per-request page until the version is known public, then the cached page; a draft never", async () => {
    for (const cookie of [SESSION, "__Secure-authjs.session-token=abc", "authjs.session-token.0=abc"]) {
      expect(await rewrittenTo(get("/aftaler/proxy-b/v/2", cookie)), cookie).toBeNull();
    }
    notePublicVersion("proxy-b", 2, true);
    for (const cookie of [SESSION, "__Secure-authjs.session-token=abc", "authjs.session-token.0=abc"]) {
      expect(await rewrittenTo(get("/aftaler/proxy-b/v/2", cookie)), cookie).toBe(versionPagePath("da", "/aftaler/proxy-b/v/2"));
    }
    // Another number of the same agreement (its draft) is not the public one.
    expect(await rewrittenTo(get("/aftaler/proxy-b/v/3", SESSION))).toBeNull();
    // A version the cached page found not public (answered 404) is forgotten.
    notePublicVersion("proxy-b", "2", false);
    expect(await rewrittenTo(get("/aftaler/proxy-b/v/2", SESSION))).toBeNull();
  });

  it("the note is keyed by the canonical number: the URL's digits and the loaded version's number agree", () => {
    notePublicVersion("proxy-c", 7, true);
    expect(isKnownPublicVersion("proxy-c", "7")).toBe(true);
    expect(isKnownPublicVersion("proxy-c", "07")).toBe(false);
    expect(isKnownPublicVersion("proxy-c7", "")).toBe(false);
  });

  it("other paths under /aftaler are left alone, signed in or not", async () => {
    notePublicVersion("proxy-d", 1, true);
    for (const path of ["/aftaler/proxy-d/v/1/udskriv", "/aftaler/proxy-d/v/1/soeg", "/aftaler/proxy-d", "/aftaler/proxy-d/v/01"]) {
      expect(await rewrittenTo(get(path)), path).toBeNull();
      expect(await rewrittenTo(get(path, SESSION)), path).toBeNull();
    }
  });
});
