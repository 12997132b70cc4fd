import "server-only";
/**
 * The one way to declare a server action (docs/architecture.md "The edge", decision 017).
 *
 *   export const publishOfferAction = defineAction({
 *     name: "offers.publish",
 *     run: publishOffer,                                   // (actor, input) — parses, scopes, decides, writes
 *     revalidate: ["/mine-tilbud"],
 *     done: (offer) => ({ redirect: `/mine-tilbud/${offer.id}?udfoert=offentliggjort` }),
 *   });
 *
 * What every action then does, in this order, and nowhere else:
 *  1. turns the posted form into the operation's input (`input`, default: the form's strings);
 *  2. loads the request's actor (`getActor`, null when signed out — the operation refuses);
 *  3. runs the domain operation, which parses the input with its zod schema (field errors arrive as
 *     an `InvalidError`), scopes, decides and writes (decision 010);
 *  4. maps an expected failure (`DomainError`, or what `mapError` recognises) to the typed result:
 *     status, message key, field errors in one shape, the error summary and the field to focus, and
 *     the submitted values echoed back (`echo` may drop or add some);
 *  5. a statement timeout or an unreachable database (lib/db/database-trouble.ts): a typed "error"
 *     result saying so in words ("nothing was saved, try again"), with the request id;
 *     anything else unexpected is logged with the request id and answered with a typed "error"
 *     result that shows the id (never the internals);
 *  6. on success revalidates the listed paths and redirects or returns the success state (`done`).
 *
 * A "button" action (a plain `<form action>` without useActionState) is declared the same way with
 * `onError: { redirectTo }`: it redirects back with `?fejl=<message key>` instead of returning a state.
 */
import { randomUUID } from "node:crypto";
import { refresh as refreshPage, revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/rules/actor";
import { DomainError } from "@/lib/domain/errors";
import { formValues, type ActionState, type FailedState } from "@/lib/domain/action-state";
import { databaseTrouble } from "@/lib/db/database-trouble";

/** A path to refresh after success; a tuple for a dynamic route or a whole layout. */
export type RevalidateTarget = string | [path: string, type: "page" | "layout"];

/** What a successful action does next: go somewhere, or show a message on the same page. */
export type Done<S> = { redirect: string } | S;

/** A domain operation as an action runs it: `(actor, input)`; the input is parsed by the operation. */
export type Operation<R = unknown> = (actor: Actor | null, input: never) => Promise<R>;

type Common<R> = {
  /** A short name for the log ("offers.publish"). */
  name: string;
  /** The posted form → the operation's input; default: every string field (`formValues`). */
  input?: (formData: FormData) => unknown | Promise<unknown>;
  /** The domain operation (or a step that calls one): `(actor, input)` — it parses and authorises. */
  run: Operation<R>;
  /** Paths refreshed after success (a function when they depend on the result). */
  revalidate?: RevalidateTarget[] | ((result: R, formData: FormData) => RevalidateTarget[]);
  /** Failures that are not DomainErrors but expected (sign-in's CredentialsSignin): a message key. */
  mapError?: (error: unknown) => { status: FailedState["status"]; messageKey: string; params?: Record<string, string | number> } | undefined;
};

export type StateActionSpec<R, S> = Common<R> & {
  /** Success: `{ redirect }` or the state to show. */
  done: (result: R, formData: FormData) => Done<NoInfer<S>>;
  /** Adjusts the echoed values of a failed submit (drop the password, add a list's values). */
  echo?: (values: Record<string, string>, formData: FormData) => Record<string, string>;
  /** Extra fields on a failed state (a form with its own state shape, e.g. the referral form's lists). */
  failure?: (formData: FormData) => Record<string, unknown>;
  onError?: undefined;
};

export type ButtonActionSpec<R> = Common<R> & {
  /** Success: where to go, or re-render the page the form is on (`refresh`). */
  done: (result: R, formData: FormData) => { redirect: string } | { refresh: true };
  /**
   * Failure: back to a page with `?fejl=<message key>`, or (`"refresh"`) nothing to show: the page
   * re-renders unchanged (a forged language or organisation in the header changes nothing).
   */
  onError: { redirectTo: (formData: FormData) => string } | "refresh";
};

/** A button action's success that stays on the page the form is on (it re-renders). */
export const STAY = { refresh: true } as const;

/** A success message for the same page. */
export function success(messageKey: string, params?: Record<string, string | number>): ActionState {
  return { status: "success", messageKey, params };
}

/** The result of a failed action, one shape for every form (lib/domain/action-state.ts). */
export function failedState(
  status: FailedState["status"],
  messageKey: string,
  formData: FormData,
  extra: { params?: Record<string, string | number>; fieldErrors?: Record<string, string[]>; current?: unknown; echo?: (values: Record<string, string>, formData: FormData) => Record<string, string> } = {},
): FailedState {
  const fieldErrors = extra.fieldErrors ?? {};
  const values = formValues(formData);
  const summary = Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  return {
    status,
    messageKey,
    params: extra.params,
    fieldErrors,
    summary,
    focus: summary[0]?.field ?? null,
    values: extra.echo ? extra.echo(values, formData) : values,
    current: extra.current,
  };
}

/** The request id: the proxy's `x-request-id` when there is one, else a new one (also outside a request). */
async function requestId(): Promise<string> {
  try {
    return (await headers()).get("x-request-id") ?? randomUUID();
  } catch {
    return randomUUID(); // called outside a request (a test calling the action directly)
  }
}

/** Maps any failure of `run` to the typed result; rethrows only Next's own control flow (redirect, notFound). */
async function failure<R>(spec: Common<R> & { echo?: StateActionSpec<R, unknown>["echo"] }, error: unknown, formData: FormData): Promise<FailedState> {
  unstable_rethrow(error);
  if (error instanceof DomainError) {
    return failedState(error.kind === "invalid" ? "invalid" : error.kind, error.messageKey, formData, {
      params: error.params,
      fieldErrors: error.fieldErrors,
      current: "current" in error ? (error as { current?: unknown }).current : undefined,
      echo: spec.echo,
    });
  }
  const mapped = spec.mapError?.(error);
  if (mapped) return failedState(mapped.status, mapped.messageKey, formData, { params: mapped.params, echo: spec.echo });
  const id = await requestId();
  // A statement timeout or a database that went away: nothing was saved (one transaction), and the
  // user is told so in words — not "unexpected" — with the id for support (issue 13, faults).
  const trouble = databaseTrouble(error);
  if (trouble) {
    console.error(JSON.stringify({ level: "warn", event: `action.database.${trouble}`, action: spec.name, requestId: id, error: error instanceof Error ? error.message : String(error) }));
    return failedState("error", trouble === "timeout" ? "errors.databaseTimeout" : "errors.databaseUnavailable", formData, { params: { requestId: id }, echo: spec.echo });
  }
  console.error(JSON.stringify({ level: "error", event: "action.unexpected", action: spec.name, requestId: id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  return failedState("error", "errors.unexpectedWithId", formData, { params: { requestId: id }, echo: spec.echo });
}

function refresh<R>(spec: Common<R>, result: R, formData: FormData) {
  const targets = typeof spec.revalidate === "function" ? spec.revalidate(result, formData) : (spec.revalidate ?? []);
  for (const target of targets) {
    if (typeof target === "string") revalidatePath(target);
    else revalidatePath(target[0], target[1]);
  }
}

type Outcome<R> = { ok: true; result: R } | { ok: false; state: FailedState };

async function attempt<R>(spec: Common<R> & { echo?: StateActionSpec<R, unknown>["echo"] }, formData: FormData): Promise<Outcome<R>> {
  try {
    const input = spec.input ? await spec.input(formData) : formValues(formData);
    const run = spec.run as (actor: Actor | null, input: unknown) => Promise<R>;
    return { ok: true, result: await run(await getActor(), input) }; // never a third argument: an operation's may be `now`
  } catch (error) {
    return { ok: false, state: await failure(spec, error, formData) };
  }
}

/** A form action for `useActionState`: `(previous, formData) → state`. */
export function defineAction<R, S = ActionState>(spec: StateActionSpec<R, S>): (previous: S, formData: FormData) => Promise<S>;
/** A button action for a plain `<form action>`: `(formData) → redirect`. */
export function defineAction<R>(spec: ButtonActionSpec<R>): (formData: FormData) => Promise<void>;
export function defineAction<R, S>(spec: StateActionSpec<R, S> | ButtonActionSpec<R>) {
  if (spec.onError) {
    const button = spec;
    const action = async (posted: FormData): Promise<void> => {
      const formData = asFormData(posted);
      const outcome = await attempt(button, formData);
      if (!outcome.ok) {
        if (button.onError === "refresh") return refreshPage();
        const back = button.onError.redirectTo(formData);
        redirect(`${back}${back.includes("?") ? "&" : "?"}fejl=${encodeURIComponent(outcome.state.messageKey)}`);
      }
      refresh(button, outcome.result, formData);
      const done = button.done(outcome.result, formData);
      if ("redirect" in done) redirect(done.redirect);
      refreshPage();
    };
    return brand(action);
  }
  const form = spec;
  const action = async (_previous: S, posted: FormData): Promise<S> => {
    const formData = asFormData(posted);
    const outcome = await attempt(form, formData);
    if (!outcome.ok) return (form.failure ? { ...outcome.state, ...form.failure(formData) } : outcome.state) as S;
    refresh(form, outcome.result, formData);
    const done = form.done(outcome.result, formData);
    if (done && typeof done === "object" && "redirect" in done && typeof done.redirect === "string") redirect(done.redirect);
    return done as S;
  };
  return brand(action);
}

/**
 * The posted form, or an empty one when the call's arguments are not a form: anyone can call an
 * action over HTTP with arguments of their choosing (a button action with a state action's two
 * arguments, a number, nothing). The operation then refuses the empty input as it would an empty
 * form — never a TypeError and a 500 (issue 13's fuzzing).
 */
function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** Marks a function as made by defineAction (tests/unit/actions-defined.test.ts checks every export). */
export const DEFINED_ACTION = Symbol.for("sundhed.defineAction");
function brand<F extends object>(action: F): F {
  Object.defineProperty(action, DEFINED_ACTION, { value: true });
  return action;
}
