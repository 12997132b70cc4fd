/**
 * The edge of the server-action endpoint (proxy.ts, issue 18 item 4, decision 026): what Next's
 * action handler answers with a 500 is refused here with a 4xx before it gets there.
 *
 * - A foreign `Origin` (another host, `null`, or not a URL): 403. Next compares the Origin's host
 *   with `Host` / the first `X-Forwarded-Host` and throws ("Invalid Server Actions request") — a 500.
 *   Same comparison here, so nothing Next lets through is refused.
 * - A `Next-Action` request whose body is not what React's client sends (multipart/form-data with a
 *   root part "0" holding a JSON array of the arguments): 400. Next hands such a body to React's
 *   decoder, which throws — a 500.
 *
 * - A `Next-Action` request whose declared body is larger than the server-action limit
 *   (next.config.ts, 1 MB): 413. Next throws "Body exceeded 1 MB limit" from inside the action
 *   handler — a 500.
 */
import { NextResponse, type NextRequest } from "next/server";

/** next.config.ts serverActions.bodySizeLimit ("1mb"): Next counts the whole body, framing included. */
const ACTION_BODY_LIMIT = 1024 * 1024;

const refuse = (status: 400 | 403 | 413, message: string) =>
  new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** The host the Origin must name: the first X-Forwarded-Host, else Host (as Next's own check). */
function acceptedHosts(request: NextRequest): string[] {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = request.headers.get("host");
  return [forwarded, host].filter((value): value is string => !!value);
}

export function isForeignOrigin(request: Pick<NextRequest, "headers">): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false; // a hand-made request without cookies it was not given; Next lets it through too
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage
  }
  return !acceptedHosts(request as NextRequest).includes(host);
}

/** The declared body length, or null when there is none (chunked). */
function declaredLength(request: NextRequest): number | null {
  const header = request.headers.get("content-length");
  const length = header === null ? NaN : Number(header);
  return Number.isFinite(length) ? length : null;
}

/** True when the body is a server-action call as React's client encodes it. */
async function isWellFormedActionBody(request: NextRequest): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return false;
  // A chunked body (no length) is read too: Next buffers what the proxy reads within its own
  // proxy body limit (10 MB), so this cannot grow without bound.
  try {
    const form = await request.clone().formData();
    const root = form.get("0");
    if (typeof root !== "string") return false;
    return Array.isArray(JSON.parse(root));
  } catch {
    return false;
  }
}

/** The refusal for a POST that would reach Next's action handler, or null to let it through. */
export async function refuseBadActionRequest(request: NextRequest): Promise<NextResponse | null> {
  if (isForeignOrigin(request)) return refuse(403, "Forbidden: foreign origin");
  if (request.headers.has("next-action")) {
    if ((declaredLength(request) ?? 0) > ACTION_BODY_LIMIT) return refuse(413, "Payload too large");
    if (!(await isWellFormedActionBody(request))) return refuse(400, "Bad request: not a server action call");
  }
  return null;
}
