import { describe, expect, it } from "vitest";
import { checkCpr, cprBirthYear, formatCpr, isValidCpr, maskCpr, normaliseCpr } from "@/lib/cpr";

describe("normaliseCpr", () => {
  it.each([
    ["0101901234", "0101901234"],
    ["010190-1234", "0101901234"],
    ["010190 1234", "0101901234"],
    ["  010190-1234 ", "0101901234"],
  ])("accepts %j", (input, expected) => expect(normaliseCpr(input)).toBe(expected));

  it.each(["", "010190123", "01019012345", "010190--1234", "01019-01234", "01O190-1234", "abcdefghij", "0101-901234"])(
    "refuses %j",
    (input) => expect(normaliseCpr(input)).toBeNull(),
  );
});

describe("cprBirthYear — the CPR office's century table", () => {
  it.each([
    // seventh digit 0–3: always 1900s
    [0, 0, 1900],
    [99, 3, 1999],
    [5, 1, 1905],
    // 4 and 9: 2000s up to yy 36, else 1900s
    [36, 4, 2036],
    [37, 4, 1937],
    [0, 9, 2000],
    [36, 9, 2036],
    [37, 9, 1937],
    [99, 9, 1999],
    // 5–8: 2000s up to yy 57, else 1800s
    [57, 5, 2057],
    [58, 5, 1858],
    [0, 6, 2000],
    [20, 7, 2020],
    [99, 8, 1899],
  ])("yy %i, seventh digit %i → %i", (yy, digit, year) => expect(cprBirthYear(yy, digit)).toBe(year));
});

describe("checkCpr", () => {
  it("gives the birth date of a valid number", () => {
    expect(checkCpr("150384-4321")).toEqual({ valid: true, cpr: "1503844321", birthDate: { year: 1984, month: 3, day: 15 } });
    expect(checkCpr("0102104000")).toEqual({ valid: true, cpr: "0102104000", birthDate: { year: 2010, month: 2, day: 1 } });
  });

  it("does not apply the modulus-11 check (numbers issued since 2007 fail it)", () => {
    // 0101901234: weighted sum 0*4+1*3+0*2+1*7+9*6+0*5+1*4+2*3+3*2+4*1 = 84, not divisible by 11.
    expect(isValidCpr("010190-1234")).toBe(true);
  });

  it.each([
    ["320190-1234", "day 32"],
    ["000190-1234", "day 0"],
    ["011390-1234", "month 13"],
    ["010090-1234", "month 0"],
    ["310490-1234", "31 April"],
    ["300290-1234", "30 February"],
  ])("refuses %s (%s) as a date error", (input) => expect(checkCpr(input)).toEqual({ valid: false, reason: "validation.cpr.date" }));

  it("uses the century for leap years: 29.02.00 is valid in 2000 (digit 4) and invalid in 1900 (digit 0)", () => {
    expect(checkCpr("290200-4000").valid).toBe(true); // 2000 is a leap year
    expect(checkCpr("290200-0000")).toEqual({ valid: false, reason: "validation.cpr.date" }); // 1900 is not
    expect(checkCpr("290200-5000").valid).toBe(true); // 2000 (5–8, yy ≤ 57)
    expect(checkCpr("290296-1234").valid).toBe(true); // 1996
    expect(checkCpr("290297-1234").valid).toBe(false); // 1997
  });

  it("refuses malformed input as a format error", () => {
    expect(checkCpr("01019-1234")).toEqual({ valid: false, reason: "validation.cpr.format" });
    expect(checkCpr("hello")).toEqual({ valid: false, reason: "validation.cpr.format" });
  });
});

describe("maskCpr / formatCpr", () => {
  it("masks the serial number in lists", () => {
    expect(maskCpr("0101901234")).toBe("010190-xxxx");
    expect(maskCpr("010190-1234")).toBe("010190-xxxx");
    expect(maskCpr("garbage")).toBe("xxxxxx-xxxx");
  });
  it("formats the full number with a dash", () => {
    expect(formatCpr("0101901234")).toBe("010190-1234");
  });
});
