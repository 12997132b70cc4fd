/**
 * Talking to the built app the way an attacker does: plain HTTP, a server action called by its
 * `Next-Action` id with a hand-made body, sign-in through the sign-in action itself.
 */
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { ManifestAction } from "./manifest";
import { actionId } from "./manifest";
import { DEMO_PASSWORD } from "./roles";

export const BASE_URL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;

export type Fields = Record<string, string | string[]>;

/** React's encoding of the call's arguments: root part "0" = the argument list, the form's fields under "_1_". */
export function actionBody(shape: "state" | "button", fields: Fields): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) body.append(`_1_${name}`, one);
  }
  // The root part last, as React's client sends it: the server decodes while the body streams in,
  // and a form referenced before its fields have arrived would be empty.
  body.set("0", JSON.stringify(shape === "state" ? [{ status: "idle" }, "$K1"] : ["$K1"]));
  return body;
}

export type ActionAnswer = { status: number; body: string; redirect: string | null; state: string | null };

/** Calls an action by id; the answer's HTTP status, body, redirect target and (state actions) the state's status. */
export async function callAction(
  ctx: APIRequestContext,
  id: string,
  shape: "state" | "button",
  fields: Fields,
  options: { page?: string; origin?: string | null; body?: FormData | string; contentType?: string } = {},
): Promise<ActionAnswer> {
  const headers: Record<string, string> = { "Next-Action": id, Accept: "text/x-component" };
  if (options.origin !== null) headers.Origin = options.origin ?? BASE_URL;
  if (options.contentType) headers["Content-Type"] = options.contentType;
  const payload = options.body ?? actionBody(shape, fields);
  const response = await ctx.post(options.page ?? "/", {
    headers,
    ...(typeof payload === "string" ? { data: payload } : { multipart: payload }),
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 60_000,
  });
  return answer(response);
}

async function answer(response: APIResponse): Promise<ActionAnswer> {
  const body = await response.text();
  const redirect = response.headers()["x-action-redirect"] ?? response.headers()["location"] ?? null;
  const state = body.match(/"status":"(idle|success|invalid|not_found|forbidden|conflict|error|editing|preview)"/)?.[1] ?? null;
  return { status: response.status(), body, redirect, state };
}

/** A fresh cookie jar; signed in as `email` through the sign-in action (as a browser would post it). */
export async function session(actions: ManifestAction[], email: string | null): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "Accept-Language": "da" } });
  if (!email) return ctx;
  const id = actionId(actions, "app/(public)/logind/actions.ts", "signInAction");
  const result = await callAction(ctx, id, "state", { email, password: DEMO_PASSWORD, next: "/" }, { page: "/logind" });
  const cookies = (await ctx.storageState()).cookies.map((c) => c.name);
  if (!cookies.some((name) => name.includes("session-token"))) throw new Error(`sign-in as ${email} failed: HTTP ${result.status}, state ${result.state}`);
  return ctx;
}

/** True when an answer is a refusal: 4xx, a refused state, or a redirect to sign-in or back with ?fejl=. */
export function isRefusal(a: ActionAnswer): boolean {
  if (a.status >= 500) return false;
  if (a.status >= 400) return true;
  if (a.state && ["invalid", "not_found", "forbidden", "conflict"].includes(a.state)) return true;
  if (a.redirect && (/[?&]fejl=/.test(a.redirect) || a.redirect.startsWith("/logind"))) return true;
  return false;
}
