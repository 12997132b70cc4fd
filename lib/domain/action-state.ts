/**
 * The shape every server action returns to its form (used with React's useActionState).
 * Messages are message keys (lib/i18n), rendered in the user's language by the form.
 */
import type { FieldErrors } from "@/lib/validation/field-errors";

/** A failed submit: one shape for every form (lib/actions/define-action.ts builds it). */
export type FailedState = {
  status: "invalid" | "not_found" | "forbidden" | "conflict" | "error";
  messageKey: string;
  params?: Record<string, string | number>;
  /** Field name → message refs ("validation.tooLong|max=200"), rendered by the field. */
  fieldErrors: FieldErrors;
  /** The field errors in form order, for the error summary at the top of the form. */
  summary?: { field: string; message: string }[];
  /** The field that gets focus after the submit (the first one in error), or null. */
  focus?: string | null;
  /** The submitted values, echoed back so the form keeps what the user typed. */
  values: Record<string, string>;
  /** For conflicts: the other person's current version, shown next to the user's own text. */
  current?: unknown;
};

export type ActionState =
  | { status: "idle" }
  | { status: "success"; messageKey: string; params?: Record<string, string | number> }
  | FailedState;

export const IDLE: ActionState = { status: "idle" };

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}
