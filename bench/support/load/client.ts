/**
 * One virtual user's HTTP, as a browser does it: pages by GET with the session cookie, server actions
 * by POST to the page with the `Next-Action` id from the build's manifest and React's multipart
 * encoding of the form (tests/security/support/http.ts's `actionBody`). Every answer is timed to
 * the last byte of its body and classified:
 *
 * - ok: the page (2xx), or the action's success (a redirect or a success state);
 * - expected: an answer a real user can get under concurrency and must be shown, not an error — a
 *   conflict ("someone else saved first", a referral already moved on);
 * - error: anything else — a transport error or timeout, a 5xx, an unexpected 4xx, an action's
 *   "error" / "forbidden" / "not_found" state.
 */
import { actionBody, type Fields } from "../../../tests/security/support/http";

export type Outcome = "ok" | "expected" | "error";

export type Answer = {
  status: number; // 0: no answer (transport error or timeout)
  ms: number;
  body: string;
  redirect: string | null;
  /** The action's state, when the answer carries one. */
  state: string | null;
  outcome: Outcome;
  /** Why an error is one (printed with the first few). */
  why?: string;
};

const TIMEOUT_MS = 30_000;

export class Browser {
  constructor(
    readonly base: string,
    readonly cookie: string | null,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { "accept-language": "da", ...(this.cookie ? { cookie: this.cookie } : {}), ...extra };
  }

  async get(path: string): Promise<Answer> {
    const started = performance.now();
    try {
      const response = await fetch(`${this.base}${path}`, { headers: this.headers({ accept: "text/html" }), redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
      const body = await response.text();
      const ms = performance.now() - started;
      const ok = response.status >= 200 && response.status < 300;
      return { status: response.status, ms, body, redirect: response.headers.get("location"), state: null, outcome: ok ? "ok" : "error", why: ok ? undefined : `GET ${path}: HTTP ${response.status}` };
    } catch (error) {
      return { status: 0, ms: performance.now() - started, body: "", redirect: null, state: null, outcome: "error", why: `GET ${path}: ${(error as Error).message}` };
    }
  }

  /** A server action posted from `page`, as React's client sends it. */
  async action(page: string, id: string, fields: Fields, shape: "state" | "button" = "state"): Promise<Answer> {
    const started = performance.now();
    try {
      const response = await fetch(`${this.base}${page}`, {
        method: "POST",
        headers: this.headers({ "next-action": id, accept: "text/x-component", origin: this.base }),
        body: actionBody(shape, fields),
        redirect: "manual",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const body = await response.text();
      const ms = performance.now() - started;
      const redirect = response.headers.get("x-action-redirect") ?? response.headers.get("location");
      const state = body.match(/"status":"(idle|success|invalid|not_found|forbidden|conflict|error|editing|preview)"/)?.[1] ?? null;
      let outcome: Outcome = "error";
      if (response.status < 400 && (redirect || state === "success" || state === "preview")) outcome = "ok";
      else if (response.status < 400 && state === "conflict") outcome = "expected";
      return { status: response.status, ms, body, redirect, state, outcome, why: outcome === "error" ? `POST ${page} (${id.slice(0, 8)}…): HTTP ${response.status}, state ${state}${redirect ? `, redirect ${redirect}` : ""}` : undefined };
    } catch (error) {
      return { status: 0, ms: performance.now() - started, body: "", redirect: null, state: null, outcome: "error", why: `POST ${page}: ${(error as Error).message}` };
    }
  }
}

/** The first capture of `pattern` in a page's HTML, or null. */
export function pick(html: string, pattern: RegExp): string | null {
  return pattern.exec(html)?.[1] ?? null;
}

/** Every distinct first capture of a global `pattern`. */
export function pickAll(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((m) => m[1]))];
}
