import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";

const errors = (input: unknown) => {
  const result = signInSchema.safeParse(input);
  return result.success ? {} : fieldErrorsFromZod(result.error);
};

describe("signInSchema", () => {
  it("normalises the e-mail and keeps the password as typed", () => {
    expect(signInSchema.parse({ email: "  Hanne.Hansen@Roskilde.DK ", password: " hemmelig " })).toEqual({
      email: "hanne.hansen@roskilde.dk",
      password: " hemmelig ",
    });
  });

  it.each<[string, unknown, Record<string, string[]>]>([
    ["both empty", { email: "", password: "" }, { email: ["validation.required"], password: ["validation.required"] }],
    ["both missing", {}, { email: ["validation.required"], password: ["validation.required"] }],
    ["an e-mail of spaces", { email: "   ", password: "x" }, { email: ["validation.required"] }],
    ["no @", { email: "hanne", password: "x" }, { email: ["validation.email"] }],
    ["a very long password", { email: "a@b.dk", password: "x".repeat(1025) }, { password: ["validation.tooLong|max=1024"] }],
  ])("%s → field errors as message keys", (_label, input, expected) => {
    expect(errors(input)).toEqual(expected);
  });
});
