import { describe, expect, it } from "vitest";
import { doneMessage } from "@/lib/pages/or-not-found";
import { translate, translator } from "@/lib/i18n/translate";

describe("doneMessage (the ?udfoert= success message after a redirect)", () => {
  it("returns the message in the user's language for a known key", () => {
    expect(doneMessage(translator("da"), "forums.done", "gemt")).toBe(translate("da", "forums.done.gemt"));
    expect(doneMessage(translator("en"), "forums.done", "gemt")).toBe(translate("en", "forums.done.gemt"));
    expect(doneMessage(translator("da"), "forums.done", "gemt")).not.toBe("forums.done.gemt");
  });

  it("shows nothing for a missing or hand-typed value, never a raw key", () => {
    const t = translator("da");
    expect(doneMessage(t, "forums.done", undefined)).toBeNull();
    expect(doneMessage(t, "forums.done", "")).toBeNull();
    expect(doneMessage(t, "forums.done", "findes-ikke")).toBeNull();
  });

  it("uses the first value when the parameter is repeated", () => {
    expect(doneMessage(translator("da"), "forums.done", ["oprettet", "findes-ikke"])).toBe(translate("da", "forums.done.oprettet"));
  });
});
