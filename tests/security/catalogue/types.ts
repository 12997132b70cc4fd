/**
 * The security catalogue's shapes (tests/security/README.md says how to add an entry).
 *
 * Plain data, no server code: the unit test tests/unit/security/catalogue.test.ts reads it to prove
 * that every server action, every route handler and every id-typed field of every input schema is
 * covered, and the Playwright project "security" (tests/security/*.spec.ts) replays it over HTTP
 * against the built app.
 */

/** A kind of resource the matrix attacks (tests/security/support/resources.ts says how to load it and who may see it). */
export type Kind =
  | "referral"
  | "offer"
  | "partnerArrangement"
  | "agreementVersion"
  | "section"
  | "obligation"
  | "goal"
  | "indicator"
  | "consultationResponse"
  | "forum"
  | "forumMember"
  | "meeting"
  | "agendaItem"
  | "initiative"
  | "milestone"
  | "initiativeImport"
  | "notification"
  | "user"
  | "membership"
  | "organisation"
  | "auditTrail"
  | "accessLog"
  | "adverseEvent"
  | "taskTransfer"
  | "riskOrganisation"
  | "transferOrganisation"
  | "aidCatalogue"
  | "aidItem"
  | "aidProposal";

/** Which right of the resource an action needs — each maps to a rule in lib/rules (resources.ts). */
export type Right = "read" | "change";

/** What a fuzzed field holds (tests/security/support/hostile.ts generates hostile values per kind). */
export type FieldKind = "text" | "longText" | "id" | "number" | "date" | "email" | "cpr" | "enum" | "checkbox" | "password" | "version";

/** A target row as the catalogue's form builders see it: its id and the columns resources.ts loads. */
export type Target = { id: string; version?: number; [column: string]: unknown };

export type ActionEntry = {
  /** The module that declares the action ("app/(portal)/henvisninger/actions.ts"). */
  module: string;
  /** The exported name (`receiveReferralAction`). */
  export: string;
  /** "state": useActionState (previous, formData); "button": a plain form action (formData). */
  shape: "state" | "button";
  /**
   * The forged-id attack: the action is called with the id of a `kind` row the role may not `right`
   * (decided by lib/rules), the rest of the form valid so the scoping is what refuses it.
   */
  forge?: { field: string; kind: Kind; right: Right; form?: (target: Target) => Record<string, string> };
  /** No forged-id attack, and why (an action on the actor's own account, sign-in, language). */
  noForge?: string;
  /** The input schema (domain area and export in lib/domain/<area>/schemas.ts) — for the id-field inventory. */
  schemas?: string[];
  /** Fields the fuzzer varies besides those of `schemas` (form-only fields: intent, group choices …). */
  fields?: Record<string, FieldKind>;
  /** A table the action would add rows to (counted before and after a forged call). */
  creates?: string;
};

export type RouteEntry = {
  /** The route handler file under app/ ("app/api/hsds/services/[id]/route.ts"). */
  file: string;
  /** The URL to call, with `{id}` for a forged id of `kind`. */
  url: string;
  method: "GET" | "POST";
  /** The resource it reads by id, when it does (forged-id attack). */
  forge?: { kind: Kind; right: Right };
  /** Query parameters the fuzzer varies. */
  query?: Record<string, FieldKind>;
  /** Signed in as whom for the fuzz run (a role name of support/roles.ts), anonymous when absent. */
  fuzzAs?: string;
  /** Not fuzzed, and why (Auth.js's own handler). */
  noFuzz?: string;
};

export type PageEntry = {
  /** The URL, with `{id}` for the resource's id (and `{...}` for other columns of the target). */
  url: string;
  kind: Kind;
};

/**
 * An id-typed field of an input schema that the live matrix does not forge (a secondary reference,
 * or a query schema), with the test that proves it is scoped.
 */
export type ScopedElsewhere = { schema: string; field: string; provenBy: string; note: string };

export type Area = {
  name: string;
  actions: ActionEntry[];
  pages: PageEntry[];
  routes?: RouteEntry[];
  scopedElsewhere?: ScopedElsewhere[];
};
