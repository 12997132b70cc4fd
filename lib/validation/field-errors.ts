/**
 * Turns a zod error into field errors as message keys (lib/i18n), so every field message exists in
 * Danish and English. A schema may name its own key (`{ error: "validation.email" }`); other issues
 * are mapped from their code. Params ride along as "key|name=value" and are split by the renderer.
 */
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    (result[field] ??= []).push(messageKeyForIssue(issue));
  }
  return result;
}

function messageKeyForIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message.startsWith("validation.")) return issue.message;
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "validation.required" : `validation.tooShort|min=${issue.minimum}`;
      if (issue.origin === "number" || issue.origin === "int") return `validation.min|min=${issue.minimum}`;
      return "validation.required";
    case "too_big":
      if (issue.origin === "string") return `validation.tooLong|max=${issue.maximum}`;
      return `validation.max|max=${issue.maximum}`;
    case "invalid_format":
      return issue.format === "email" ? "validation.email" : "validation.invalid";
    case "invalid_type":
      if (issue.expected === "number" || issue.expected === "int") return "validation.number";
      return "validation.required";
    case "invalid_value":
      return "validation.choose";
    default:
      return "validation.invalid";
  }
}

/** Splits "validation.tooShort|min=3" into a key and its params for translate(). */
export function parseMessageRef(ref: string): { key: string; params: Record<string, string> } {
  const [key, ...pairs] = ref.split("|");
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const [name, value] = pair.split("=");
    if (name) params[name] = value ?? "";
  }
  return { key, params };
}
