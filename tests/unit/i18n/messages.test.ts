/**
 * The message catalogue (lib/i18n/messages): every key exists in both languages with a non-empty
 * text, the same placeholders ({name}) on both sides, plural forms complete, and no two area
 * modules define the same key.
 */
import { describe, expect, it } from "vitest";
import { messageModules } from "@/lib/i18n/messages";
import { formatMessage } from "@/lib/i18n/format-message";
import { translator } from "@/lib/i18n/translate";

/** The names a template fills: {name} and the subject of {count, plural, …}. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural)/g)].map((m) => m[1]))].sort();

describe("messages", () => {
  it.each(messageModules.map((module, index) => [Object.keys(module.da)[0]?.split(".")[0] ?? String(index), module] as const))(
    "%s: the same keys in Danish and English, each non-empty, with the same placeholders",
    (_area, module) => {
      const da = module.da as Record<string, string>;
      const en = module.en as Record<string, string>;
      expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
      for (const key of Object.keys(da)) {
        expect(da[key].trim(), `da ${key}`).not.toBe("");
        expect(en[key].trim(), `en ${key}`).not.toBe("");
        expect(placeholders(en[key]), key).toEqual(placeholders(da[key]));
      }
    },
  );

  it("no key is defined by two areas (a later module would silently win)", () => {
    const seen = new Map<string, number>();
    const duplicates: string[] = [];
    messageModules.forEach((module, index) => {
      for (const key of Object.keys(module.da)) {
        if (seen.has(key) && seen.get(key) !== index) duplicates.push(key);
        seen.set(key, index);
      }
    });
    expect(duplicates).toEqual([]);
  });
});

describe("typed keys and plural forms", () => {
  it("a key that does not exist fails the type check (npm run typecheck); a runtime key goes through t.key", () => {
    const t = translator("da");
    // @ts-expect-error — "profile.doesNotExist" is no MessageKey: tsc fails if this line ever type-checks
    expect(t("profile.doesNotExist")).toBe("profile.doesNotExist");
    expect(t("profile.saved")).toBe("Din profil er gemt.");
    expect(t.key("errors.notFound")).toContain("findes ikke");
  });

  it("plural forms follow the locale's rules, # is the formatted number", () => {
    const template = "{count, plural, =0 {ingen brugere} one {# bruger} other {# brugere}}";
    expect(formatMessage(template, { count: 0 }, "da")).toBe("ingen brugere");
    expect(formatMessage(template, { count: 1 }, "da")).toBe("1 bruger");
    expect(formatMessage(template, { count: 1234 }, "da")).toBe("1.234 brugere");
    expect(translator("en")("admin.users.count", { count: 1 })).toBe("1 user");
    expect(translator("en")("admin.users.count", { count: 2 })).toBe("2 users");
    expect(translator("da")("admin.users.count", { count: 2 })).toBe("2 brugere");
    expect(formatMessage("{a} og {b}", { a: 1 })).toBe("1 og {b}");
  });
});
