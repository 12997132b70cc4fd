/**
 * The sign-in form's input. Pure (no server-only): the server action parses with it, and unit tests
 * check it. Errors are message keys so they render in the user's language.
 */
import { z } from "zod";
import { email } from "@/lib/validation/primitives";

export const signInSchema = z.object({
  email,
  // Not trimmed: spaces are legitimate password characters. The upper bound keeps a megabyte
  // "password" from reaching the hash function.
  password: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(1024, { error: "validation.tooLong|max=1024" }),
});

export type SignInInput = z.infer<typeof signInSchema>;
