import { describe, expect, it } from "vitest";
import Holidays from "date-holidays";
import {
  addDays,
  addMonths,
  addWorkingDays,
  closingDaysFromSetting,
  danishDate,
  deadlineAfter,
  easterSunday,
  endOfDanishDay,
  isWorkingDay,
  nonWorkingDays,
  nonWorkingReason,
  publicHolidays,
  startOfDanishDay,
  workingDaysBetween,
  workingDayCounter,
} from "@/lib/calendar";

describe("easterSunday (anonymous Gregorian algorithm)", () => {
  it.each([
    [1818, "1818-03-22"], // the earliest possible date
    [1943, "1943-04-25"], // the latest possible date
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i → %s", (year, date) => expect(easterSunday(year)).toBe(date));

  it("is always a Sunday between 22 March and 25 April (1583–3000)", () => {
    for (let year = 1583; year <= 3000; year++) {
      const easter = easterSunday(year);
      expect(new Date(`${easter}T12:00:00Z`).getUTCDay(), `${year}`).toBe(0);
      expect(easter.slice(5) >= "03-22" && easter.slice(5) <= "04-25", `${year}: ${easter}`).toBe(true);
    }
  });
});

describe("publicHolidays", () => {
  it("lists the Danish public holidays of 2026", () => {
    expect([...publicHolidays(2026)].sort()).toEqual([
      ["2026-01-01", "newYearsDay"],
      ["2026-04-02", "maundyThursday"],
      ["2026-04-03", "goodFriday"],
      ["2026-04-05", "easterSunday"],
      ["2026-04-06", "easterMonday"],
      ["2026-05-14", "ascensionDay"],
      ["2026-05-24", "whitSunday"],
      ["2026-05-25", "whitMonday"],
      ["2026-12-25", "christmasDay"],
      ["2026-12-26", "boxingDay"],
    ]);
  });

  it("has Great Prayer Day (the 4th Friday after Easter) up to 2023 and not from 2024", () => {
    expect(publicHolidays(2023).get("2023-05-05")).toBe("greatPrayerDay");
    expect([...publicHolidays(2024).values()]).not.toContain("greatPrayerDay");
    expect([...publicHolidays(2026).values()]).not.toContain("greatPrayerDay");
  });

  it("agrees with date-holidays' public holidays for Denmark 1950–2100 (an independent oracle)", () => {
    const hd = new Holidays("DK");
    for (let year = 1950; year <= 2100; year++) {
      const theirs = hd
        .getHolidays(year)
        .filter((h) => h.type === "public")
        .map((h) => h.date.slice(0, 10))
        .sort();
      const ours = [...publicHolidays(year).keys()].sort();
      expect(ours, String(year)).toEqual(theirs);
    }
  });
});

describe("closing days (5 June, 24 and 31 December)", () => {
  it("are closed by default", () => {
    expect(nonWorkingReason("2026-06-05")).toBe("constitutionDay");
    expect(nonWorkingReason("2025-12-24")).toBe("christmasEve");
    expect(nonWorkingReason("2025-12-31")).toBe("newYearsEve");
  });

  it("can be configured open, each on its own", () => {
    const openConstitutionDay = { closingDays: { constitutionDay: false, christmasEve: true, newYearsEve: true } };
    expect(isWorkingDay("2026-06-05", openConstitutionDay)).toBe(true); // a Friday
    expect(isWorkingDay("2025-12-24", openConstitutionDay)).toBe(false);
    expect(nonWorkingDays(2025, { closingDays: { constitutionDay: true, christmasEve: false, newYearsEve: false } }).has("2025-12-31")).toBe(false);
  });

  it("reads the setting: listed days are working days, unknown words ignored", () => {
    expect(closingDaysFromSetting(undefined)).toEqual({ constitutionDay: true, christmasEve: true, newYearsEve: true });
    expect(closingDaysFromSetting("06-05, newYearsEve ,nonsense")).toEqual({ constitutionDay: false, christmasEve: true, newYearsEve: false });
    expect(closingDaysFromSetting("juleaftensdag")).toEqual({ constitutionDay: true, christmasEve: false, newYearsEve: true });
  });
});

describe("addWorkingDays", () => {
  it("counts across Easter 2026: received Wednesday 1 April, 3 working days → Thursday 9 April", () => {
    expect(addWorkingDays("2026-04-01", 3)).toBe("2026-04-09");
  });

  it("skips the weekend", () => {
    expect(addWorkingDays("2026-03-06", 1)).toBe("2026-03-09"); // Friday → Monday
    expect(addWorkingDays("2026-03-07", 1)).toBe("2026-03-09"); // Saturday → Monday
    expect(addWorkingDays("2026-03-02", 10)).toBe("2026-03-16"); // two whole weeks
  });

  it("treats Great Prayer Day as a holiday in 2023 but not in 2024", () => {
    // 2023: Friday 5 May was Store Bededag → Thursday 4 May + 1 working day = Monday 8 May.
    expect(addWorkingDays("2023-05-04", 1)).toBe("2023-05-08");
    expect(isWorkingDay("2023-05-05")).toBe(false);
    // 2024: Friday 26 April (the 4th Friday after Easter) is an ordinary working day.
    expect(addWorkingDays("2024-04-25", 1)).toBe("2024-04-26");
    expect(isWorkingDay("2024-04-26")).toBe(true);
    expect(addWorkingDays("2024-04-25", 3)).toBe("2024-04-30");
  });

  it("counts across Christmas and New Year with the closing days closed (default) and open", () => {
    // Monday 22 Dec 2025: 23 Tue (1), 24–26 closed, 27–28 weekend, 29 Mon (2), 30 Tue (3), 31 closed, 1 Jan holiday, 2 Fri (4).
    expect(addWorkingDays("2025-12-22", 4)).toBe("2026-01-02");
    const open = { closingDays: { constitutionDay: false, christmasEve: false, newYearsEve: false } };
    expect(addWorkingDays("2025-12-22", 4, open)).toBe("2025-12-30"); // 23, 24, 29, 30
  });

  it("skips Ascension and Whitsun", () => {
    expect(addWorkingDays("2026-05-13", 1)).toBe("2026-05-15"); // Thursday 14 May is Ascension
    expect(addWorkingDays("2026-05-22", 1)).toBe("2026-05-26"); // Whit Monday 25 May
  });

  it("starts from a non-working day like any other day", () => {
    expect(addWorkingDays("2026-04-03", 1)).toBe("2026-04-07"); // Good Friday → Tuesday after Easter
  });

  it("0 working days is the day itself; negative or fractional amounts are refused", () => {
    expect(addWorkingDays("2026-04-01", 0)).toBe("2026-04-01");
    expect(() => addWorkingDays("2026-04-01", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-04-01", 1.5)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("is the inverse of addWorkingDays", () => {
    for (const start of ["2026-04-01", "2023-05-04", "2025-12-22", "2026-02-27"]) {
      for (let n = 0; n <= 15; n++) expect(workingDaysBetween(start, addWorkingDays(start, n)), `${start}+${n}`).toBe(n);
    }
  });

  it("has a fast counter that agrees with it, also outside its span", () => {
    const count = workingDayCounter(2023, 2026);
    for (const [a, b] of [["2023-05-04", "2023-05-08"], ["2026-04-01", "2026-04-09"], ["2025-12-22", "2026-01-02"], ["2024-04-25", "2024-04-26"], ["2026-04-09", "2026-04-01"], ["2022-12-30", "2023-01-03"]]) {
      expect(count(a, b), `${a}..${b}`).toBe(workingDaysBetween(a, b));
    }
  });

  it("counts Easter week 2026 as 2 working days from Wednesday to Wednesday", () => {
    expect(workingDaysBetween("2026-04-01", "2026-04-08")).toBe(2);
    expect(workingDaysBetween("2026-04-08", "2026-04-01")).toBe(-2);
    expect(workingDaysBetween("2026-04-01", "2026-04-01")).toBe(0);
  });
});

describe("Danish days and instants", () => {
  it("reads the Danish date of an instant, not the server's", () => {
    expect(danishDate(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04-01"); // 00:30 CEST
    expect(danishDate(new Date("2026-01-31T22:59:00Z"))).toBe("2026-01-31"); // 23:59 CET
    expect(danishDate(new Date("2026-01-31T23:00:00Z"))).toBe("2026-02-01");
  });

  it("ends a Danish day at 23:59:59.999 local time, in winter and in summer", () => {
    expect(endOfDanishDay("2026-04-09").toISOString()).toBe("2026-04-09T21:59:59.999Z");
    expect(endOfDanishDay("2026-01-15").toISOString()).toBe("2026-01-15T22:59:59.999Z");
    // The days of the daylight-saving changes
    expect(endOfDanishDay("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(endOfDanishDay("2026-10-25").toISOString()).toBe("2026-10-25T22:59:59.999Z");
  });

  it("starts a Danish day at 00:00 local time", () => {
    expect(startOfDanishDay("2026-04-09").toISOString()).toBe("2026-04-08T22:00:00.000Z");
    expect(startOfDanishDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDanishDay("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });

  it("does date arithmetic on calendar dates", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30"); // across the DST change
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
  });
});

describe("deadlineAfter (an obligation's amount and unit)", () => {
  // Sent Wednesday 1 April 2026 at 10:15 Danish time (08:15 UTC).
  const sent = new Date("2026-04-01T08:15:00Z");
  it("counts working days to the end of the Danish day", () => {
    expect(deadlineAfter(sent, { amount: 3, unit: "WORKING_DAYS" })?.toISOString()).toBe("2026-04-09T21:59:59.999Z");
    expect(deadlineAfter(sent, { amount: 10, unit: "WORKING_DAYS" })?.toISOString()).toBe("2026-04-20T21:59:59.999Z");
  });
  it("counts from the Danish day even late in the evening", () => {
    // 23:30 on Tuesday 31 March in Copenhagen is 21:30 UTC: day 0 is Tuesday → 1 working day = Wednesday 1 April.
    expect(deadlineAfter(new Date("2026-03-31T21:30:00Z"), { amount: 1, unit: "WORKING_DAYS" })?.toISOString()).toBe("2026-04-01T21:59:59.999Z");
  });
  it("honours the other units", () => {
    expect(deadlineAfter(sent, { amount: 48, unit: "HOURS" })?.toISOString()).toBe("2026-04-03T08:15:00.000Z");
    expect(deadlineAfter(sent, { amount: 3, unit: "CALENDAR_DAYS" })?.toISOString()).toBe("2026-04-04T21:59:59.999Z");
    expect(deadlineAfter(sent, { amount: 2, unit: "WEEKS" })?.toISOString()).toBe("2026-04-15T21:59:59.999Z");
    expect(deadlineAfter(sent, { amount: 1, unit: "MONTHS" })?.toISOString()).toBe("2026-05-01T21:59:59.999Z");
  });
  it("gives no deadline for professional judgement, a missing rule or a bad amount", () => {
    expect(deadlineAfter(sent, { amount: null, unit: "PROFESSIONAL_JUDGEMENT" })).toBeNull();
    expect(deadlineAfter(sent, { amount: 3, unit: "PROFESSIONAL_JUDGEMENT" })).toBeNull();
    expect(deadlineAfter(sent, null)).toBeNull();
    expect(deadlineAfter(sent, { amount: null, unit: "WORKING_DAYS" })).toBeNull();
    expect(deadlineAfter(sent, { amount: -1, unit: "WORKING_DAYS" })).toBeNull();
  });
});
