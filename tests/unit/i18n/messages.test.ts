/**
 * The message catalogue (lib/i18n/messages): every key exists in both languages with a non-empty
 * text, the same placeholders ({name}) on both sides, plural forms complete, and no two area
 * modules define the same key.
 */
import { describe, expect, it } from "vitest";
import { messageModules } from "@/lib/i18n/messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
