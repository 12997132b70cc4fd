import { describe, expect, it } from "vitest";
import { compareDanish, formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";

describe("Danish formats", () => {
  it("dates are the Copenhagen calendar day, dotted, the same on every call", () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen (UTC+1 in winter).
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("01.01.2027");
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("01.01.2027");
    // Summer time (UTC+2): 22:30 UTC on 21 June is 22 June.
    expect(formatDate("2026-06-21T22:30:00Z")).toBe("22.06.2026");
    expect(formatDate("2026-06-21T21:30:00Z")).toBe("21.06.2026");
    expect(formatDate(null)).toBe("");
    expect(formatDateTime(new Date("2026-11-22T13:05:00Z"))).toBe("22.11.2026 14:05");
  });

  it("numbers and sorting are Danish", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(["Å", "Ø", "Æ", "Z", "A"].sort(compareDanish)).toEqual(["A", "Z", "Æ", "Ø", "Å"]);
  });
});
