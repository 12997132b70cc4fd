/**
 * Issue 18 item 1, the body limits: every server action has a small default limit (next.config.ts),
 * and the status-table upload goes to its own route handler with its own, documented limit — which
 * it enforces before reading the body (Content-Length) or while reading it (a chunked body is
 * cancelled as soon as it passes the limit). A foreign Origin is refused.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import type { Actor } from "@/lib/rules/actor";
import { getActor } from "@/lib/auth/actor";
import { IMPORT_MAX_BYTES } from "@/lib/domain/initiatives/schemas";
import { POST } from "@/app/api/initiativer/import/route";
import nextConfig from "@/next.config";
import { multipart } from "./support/multipart";

vi.mock("@/lib/auth/actor", () => ({ getActor: vi.fn(async () => null), requireActor: vi.fn() }));
const signInAs = (actor: Actor | null) => vi.mocked(getActor).mockResolvedValue(actor);

let forumId: string;

beforeEach(async () => {
  const region = await createOrganisation("REGION");
  const forum = await db.forum.create({ data: { regionId: region.id, name: "Følgegruppen for forebyggelse", kind: "FOLLOW_UP_GROUP" } });
  forumId = forum.id;
  const user = await createUser([{ organisationId: region.id, role: "READER" }]);
  await db.forumMember.create({ data: { forumId, userId: user.id, name: user.name, party: "REGION", position: "SECRETARY", periodFrom: new Date("2020-01-01") } });
  signInAs(await actorFor(user.id));
});

const SHEET = '\uFEFF"Navn på indsats";"Begrundelse for om indsatsen skal videreføres eller afvikles"\r\nRygestop;Videreføres. Virker\r\n';

const post = (body: BodyInit, headers: Record<string, string>) =>
  POST(new Request(`http://portal.test/api/initiativer/import?forumId=${forumId}`, { method: "POST", body, headers: { host: "portal.test", origin: "http://portal.test", ...headers }, duplex: "half" } as RequestInit));

describe("the upload's own body limit", () => {
  it("a sheet within the limit becomes a preview, and the browser is sent to it", async () => {
    const { body, contentType } = multipart(new TextEncoder().encode(SHEET));
    const response = await post(body, { "content-type": contentType, "content-length": String(body.length) });
    expect(response.status).toBe(303);
    const imp = await db.initiativeImport.findFirstOrThrow();
    expect(response.headers.get("location")).toBe(`/fora/${forumId}/import/${imp.id}`);
  });

  it("a declared body above the limit is refused before it is read", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const response = await post(stream, { "content-type": "multipart/form-data; boundary=x", "content-length": String(IMPORT_MAX_BYTES * 2) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/fora/${forumId}/import?fejl=fileTooLarge`);
    expect(pulled).toBeLessThanOrEqual(128 * 1024); // at most what the stream queued on its own
    expect(await db.initiativeImport.count()).toBe(0);
  });

  it("a body without a length is read only until it passes the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 256 * 1024;
        if (pulled > 50 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(256 * 1024));
      },
    });
    const response = await post(stream, { "content-type": "multipart/form-data; boundary=x" });
    expect(response.headers.get("location")).toBe(`/fora/${forumId}/import?fejl=fileTooLarge`);
    expect(pulled).toBeLessThan(IMPORT_MAX_BYTES + 2 * 1024 * 1024);
  });

  it("a post from another site is refused", async () => {
    const { body, contentType } = multipart(new TextEncoder().encode(SHEET));
    const response = await post(body, { "content-type": contentType, origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await db.initiativeImport.count()).toBe(0);
  });

  it("a missing file goes back to the form with its message; every server action keeps a small limit", async () => {
    const response = await post("nonsense", { "content-type": "text/plain" });
    expect(response.headers.get("location")).toBe(`/fora/${forumId}/import?fejl=fileRequired`);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe("1mb");
  });
});
