/**
 * The shape every server action returns to its form (used with React's useActionState).
 * Messages are message keys (lib/i18n), rendered in the user's language by the form.
 */
import { z } from "zod";
import { DomainError } from "./errors";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/validation/field-errors";

export type ActionState =
  | { status: "idle" }
  | { status: "success"; messageKey: string; params?: Record<string, string | number> }
  | {
      status: "invalid" | "not_found" | "forbidden" | "conflict";
      messageKey: string;
      params?: Record<string, string | number>;
      fieldErrors: FieldErrors;
      /** The submitted values, echoed back so the form keeps what the user typed. */
      values: Record<string, string>;
      /** For conflicts: the other person's current version, shown next to the user's own text. */
      current?: unknown;
    };

export const IDLE: ActionState = { status: "idle" };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export function invalidState(error: z.ZodError, formData: FormData): ActionState {
  return { status: "invalid", messageKey: "errors.invalid", fieldErrors: fieldErrorsFromZod(error), values: formValues(formData) };
}

/**
 * Maps an expected domain error to a state for the form; rethrows anything unexpected so it reaches
 * the error boundary (which shows a generic message and never the internals).
 */
export function domainErrorState(error: unknown, formData: FormData): ActionState {
  if (!(error instanceof DomainError)) throw error;
  return {
    status: error.kind === "invalid" ? "invalid" : error.kind,
    messageKey: error.messageKey,
    params: error.params,
    fieldErrors: error.fieldErrors,
    values: formValues(formData),
    current: "current" in error ? (error as { current?: unknown }).current : undefined,
  };
}
