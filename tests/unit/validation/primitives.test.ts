/** The schema primitives (lib/validation/primitives.ts), each tested once. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkbox,
  email,
  first,
  formList,
  id,
  isId,
  isoDate,
  longText,
  optional,
  optionalInt,
  optionalText,
  requiredText,
  searchText,
  stripUnsafeText,
  text,
  version,
} from "@/lib/validation/primitives";
import { fieldErrorsFromZod } from "@/lib/validation/field-errors";

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : fieldErrorsFromZod(result.error)._form?.[0];
};

describe("text: clean at the edge", () => {
  it.each([
    ["NUL", "Anne\u0000Hansen"],
    ["bell", "a\u0007b"],
    ["escape", "a\u001Bb"],
    ["DEL", "a\u007Fb"],
    ["C1 control", "a\u0085b"],
    ["tab in a single-line field", "a\tb"],
    ["line feed in a single-line field", "a\nb"],
  ])("refuses %s with a field message", (_name, value) => {
    expect(messageOf(text(), value)).toBe("validation.controlCharacters");
  });

  it("a multi-line field keeps tab, line feed and carriage return, and still refuses NUL", () => {
    expect(text({ multiline: true }).parse("a\tb\r\nc\nd")).toBe("a\tb\r\nc\nd");
    expect(messageOf(longText(), "a\n\u0000b")).toBe("validation.controlCharacters");
  });

  it.each([
    ["a lone high surrogate", "a\uD800b"],
    ["a lone low surrogate", "a\uDC00b"],
    ["a reversed pair", "\uDC00\uD800"],
  ])("refuses %s (not well-formed Unicode)", (_name, value) => {
    expect(messageOf(text(), value)).toBe("validation.invalidText");
  });

  it("accepts Danish letters, emoji (a valid pair) and trims", () => {
    expect(text().parse("  Ærø Å øl 👍  ")).toBe("Ærø Å øl 👍");
  });

  it("keepEnds keeps leading and trailing whitespace", () => {
    expect(text({ multiline: true, keepEnds: true }).parse("a\n")).toBe("a\n");
  });

  it("requiredText: 1..max", () => {
    expect(messageOf(requiredText(3), "  ")).toBe("validation.required");
    expect(messageOf(requiredText(3), "abcd")).toBe("validation.tooLong|max=3");
  });
});

describe("searchText: strips instead of refusing", () => {
  it("removes control characters and lone surrogates, trims and cuts", () => {
    expect(searchText(5).parse("\u0000diab\uD800etes\u0007")).toBe("diabe");
    expect(stripUnsafeText("a\u0000b")).toBe("a b");
  });
});

describe("optional / optionalText / optionalInt", () => {
  it('"" and null are "not given"', () => {
    expect(optional(z.string()).parse("")).toBeUndefined();
    expect(optionalText(10).parse(null)).toBeUndefined();
    expect(optionalInt(1, 5).parse("")).toBeUndefined();
  });
  it("coerces and bounds numbers", () => {
    expect(optionalInt(1, 5).parse("3")).toBe(3);
    expect(messageOf(optionalInt(1, 5), "x")).toBe("validation.number");
    expect(messageOf(optionalInt(1, 5), "2.5")).toBe("validation.integer");
  });
});

describe("id / isId", () => {
  it("a trimmed id of 1..100 characters without control characters", () => {
    expect(id.parse(" cmabc123 ")).toBe("cmabc123");
    expect(isId("seed-forum-syddanmark-1")).toBe(true);
    expect(isId("abc\u0000")).toBe(false);
    expect(isId("")).toBe(false);
    expect(isId("x".repeat(101))).toBe(false);
    expect(isId(undefined)).toBe(false);
  });
});

describe("version", () => {
  it("a positive whole number from a form string", () => {
    expect(version.parse("3")).toBe(3);
    expect(messageOf(version, "0")).toBe("validation.invalid");
    expect(messageOf(version, "x")).toBe("validation.invalid");
  });
});

describe("checkbox", () => {
  it.each([["on", true], ["true", true], ["1", true], [true, true], [undefined, false], ["", false], ["off", false]])("%s → %s", (value, expected) => {
    expect(checkbox.parse(value)).toBe(expected);
  });
});

describe("isoDate", () => {
  it("yyyy-mm-dd and dd.mm.yyyy → UTC midnight", () => {
    expect(isoDate.parse("2026-03-05").toISOString()).toBe("2026-03-05T00:00:00.000Z");
    expect(isoDate.parse("5.3.2026").toISOString()).toBe("2026-03-05T00:00:00.000Z");
  });
  it.each(["2026-02-30", "31.04.2026", "1989-12-31", "2026-3-5", "i morgen"])("refuses %s", (value) => {
    expect(messageOf(isoDate, value)).toBe("validation.date");
  });
});

describe("email", () => {
  it("lower-cased, checked", () => {
    expect(email.parse(" A@Kommune.DK ")).toBe("a@kommune.dk");
    expect(messageOf(email, "nope")).toBe("validation.email");
  });
});

describe("formList", () => {
  it("absent → [], one → [one], empties dropped, bounded", () => {
    const list = formList(z.enum(["A", "B"]), 2);
    expect(list.parse(undefined)).toEqual([]);
    expect(list.parse("A")).toEqual(["A"]);
    expect(list.parse(["A", "", "B"])).toEqual(["A", "B"]);
    expect(list.safeParse(["A", "B", "A"]).success).toBe(false);
  });
});

describe("first", () => {
  it("the first of a repeated query parameter", () => {
    expect(first(["a", "b"])).toBe("a");
    expect(first("a")).toBe("a");
    expect(first(undefined)).toBeUndefined();
  });
});
