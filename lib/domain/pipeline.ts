import "server-only";
/**
 * The small steps every domain operation repeats (docs/architecture.md, "One way in for every
 * change"): parse the untrusted input, refuse without an actor, turn a rule's decision into an
 * error. Kept here so each operation reads as the pipeline itself.
 */
import type { z } from "zod";
import type { Actor } from "@/lib/rules/actor";
import type { Decision } from "@/lib/rules/decision";
import { ForbiddenError, InvalidError } from "./errors";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";

/** Step 1: untrusted input (a form, a forged POST, a script) → typed input, or field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidError("errors.invalid", fieldErrorsFromZod(result.error));
  return result.data;
}

/** Step 2: no actor (signed out, deactivated, stale session) → refused before anything is read. */
export function requireSignedIn(actor: Actor | null | undefined): Actor {
  if (!actor) throw new ForbiddenError("errors.signInRequired");
  return actor;
}

/** Step 4: a rule said no → refused with the rule's reason (a message key). */
export function ensureAllowed(decision: Decision): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}

/** A unique constraint refused the write (Prisma P2002), e.g. two admins creating the same e-mail at once. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

