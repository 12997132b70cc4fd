/**
 * Issue 18 item 4: a foreign Origin or a malformed server-action body is refused by the proxy with a
 * 4xx (lib/http/action-request.ts) — Next's own handler answers both with a 500. The live proof over
 * HTTP is tests/security/fuzz.spec.ts ("malformed calls").
 */
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { isForeignOrigin, refuseBadActionRequest } from "@/lib/http/action-request";

const action = (headers: Record<string, string>, body?: BodyInit) =>
  new NextRequest("http://portal.test/fora", { method: "POST", headers: { host: "portal.test", ...headers }, body, duplex: "half" } as never);

function form(root: string | null): FormData {
  const body = new FormData();
  if (root !== null) body.set("0", root);
  body.set("_1_name", "Ørsted");
  return body;
}

async function status(request: NextRequest): Promise<number | null> {
  return (await refuseBadActionRequest(request))?.status ?? null;
}

describe("the proxy's edge of the server-action endpoint", () => {
  it("a foreign, null or garbage Origin is 403; the own host and a missing Origin pass", async () => {
    expect(await status(action({ origin: "https://evil.example", "next-action": "7f00" }, form("[]")))).toBe(403);
    expect(await status(action({ origin: "null" }))).toBe(403);
    expect(await status(action({ origin: "not a url" }))).toBe(403);
    expect(isForeignOrigin(action({ origin: "http://portal.test" }))).toBe(false);
    expect(isForeignOrigin(action({ origin: "https://portal.example", "x-forwarded-host": "portal.example" }))).toBe(false);
    expect(isForeignOrigin(action({}))).toBe(false);
  });

  it("a Next-Action call whose body is not React's encoding is 400", async () => {
    expect(await status(action({ "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" }, '["x"]'))).toBe(400);
    expect(await status(action({ "next-action": "7f00" }, form("{not json")))).toBe(400);
    expect(await status(action({ "next-action": "7f00" }, form(null)))).toBe(400);
    expect(await status(action({ "next-action": "7f00" }, form('{"a":1}')))).toBe(400);
  });

  it("a Next-Action call over the action body limit is 413 (Next: a 500 from inside the handler)", async () => {
    const big = form('["$K1"]');
    big.set("_1_x", "å".repeat(700_000));
    expect(await status(action({ "next-action": "7f00", "content-length": String(1_500_000) }, big))).toBe(413);
  });

  it("a well-formed call, and a plain form post, pass through", async () => {
    expect(await status(action({ "next-action": "7f00", origin: "http://portal.test" }, form('[{"status":"idle"},"$K1"]')))).toBeNull();
    expect(await status(action({ origin: "http://portal.test" }, form(null)))).toBeNull();
  });
});
