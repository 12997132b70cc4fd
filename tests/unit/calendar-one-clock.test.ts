/**
 * Issue 16, one clock: every "today", every date shown and every wall-clock time parsed is the Danish
 * one (Europe/Copenhagen), whatever the server's zone — with the clock injected, at 23:30 UTC on
 * 31 December (already New Year's Day in Copenhagen) and on both sides of both daylight-saving switches
 * (2026: summer time from 01:00 UTC on 29 March, winter time from 01:00 UTC on 25 October).
 */
import { describe, expect, it } from "vitest";
import { danishToday, danishWallTime, danishYear, instantOfDanishWallTime } from "@/lib/calendar/copenhagen";
import { dateColumn, danishTodayColumn, isoDateOfColumn } from "@/lib/calendar/date-column";
import { todayInDenmark } from "@/lib/domain/agreements/dates";
import { copenhagenInstant } from "@/lib/domain/meetings/schemas";
import { publishedOffersWhere, today as offersToday } from "@/lib/domain/offers/scope";
import { currentSeatWhere } from "@/lib/domain/forums/access";

const at = (iso: string) => new Date(iso);

describe("danishToday: the Danish date of an instant", () => {
  it.each([
    ["2026-12-31T22:59:00Z", "2026-12-31"], // 23:59 in Copenhagen
    ["2026-12-31T23:30:00Z", "2027-01-01"], // 00:30 on New Year's Day
    ["2026-03-28T23:30:00Z", "2026-03-29"], // winter time, the night of the spring switch
    ["2026-03-29T21:59:00Z", "2026-03-29"], // summer time: 23:59
    ["2026-03-29T22:30:00Z", "2026-03-30"], // summer time: 00:30 the next day (UTC still says the 29th)
    ["2026-10-24T22:30:00Z", "2026-10-25"], // summer time, the night of the autumn switch
    ["2026-10-25T22:30:00Z", "2026-10-25"], // winter time again: 23:30
    ["2026-10-25T23:30:00Z", "2026-10-26"], // 00:30 the next day
  ])("at %s it is %s in Denmark", (instant, expected) => {
    expect(danishToday(at(instant))).toBe(expected);
    expect(todayInDenmark(at(instant))).toBe(expected); // the agreements' "today" is the same clock
  });

  it("the year turns at Danish midnight, not at UTC midnight", () => {
    expect(danishYear(at("2026-12-31T22:59:00Z"))).toBe(2026);
    expect(danishYear(at("2026-12-31T23:30:00Z"))).toBe(2027);
  });
});

describe("date columns (@db.Date, UTC midnight)", () => {
  it("today as a date column is the Danish date at UTC midnight", () => {
    expect(danishTodayColumn(at("2026-12-31T23:30:00Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(danishTodayColumn(at("2026-03-29T22:30:00Z")).toISOString()).toBe("2026-03-30T00:00:00.000Z");
  });

  it("reads and writes the calendar date both ways", () => {
    expect(isoDateOfColumn(dateColumn("2027-01-01"))).toBe("2027-01-01");
    expect(dateColumn("2026-10-25").toISOString()).toBe("2026-10-25T00:00:00.000Z");
  });

  it("offers: an offer valid to 31 December is no longer published at 00:30 on 1 January in Copenhagen", () => {
    expect(offersToday(at("2026-12-31T23:30:00Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    const where = publishedOffersWhere(at("2026-12-31T23:30:00Z"));
    expect(where).toEqual({ status: "PUBLISHED", OR: [{ validTo: null }, { validTo: { gte: new Date("2027-01-01T00:00:00.000Z") } }] });
  });

  it("forums: a seat from 1 January is current at 00:30 on 1 January in Copenhagen", () => {
    expect(currentSeatWhere(at("2026-12-31T23:30:00Z"))).toEqual({
      periodFrom: { lte: new Date("2027-01-01T00:00:00.000Z") },
      OR: [{ periodTo: null }, { periodTo: { gte: new Date("2027-01-01T00:00:00.000Z") } }],
    });
  });
});

describe("wall-clock times (meetings)", () => {
  it.each([
    ["2026-01-15", "12:00", "2026-01-15T11:00:00.000Z"], // winter: UTC+1
    ["2026-07-15", "12:00", "2026-07-15T10:00:00.000Z"], // summer: UTC+2
    ["2026-03-29", "12:00", "2026-03-29T10:00:00.000Z"], // the spring switch day, after it
    ["2026-03-29", "01:30", "2026-03-29T00:30:00.000Z"], // the spring switch day, before it
    ["2026-10-25", "12:00", "2026-10-25T11:00:00.000Z"], // the autumn switch day, after it
    ["2026-10-25", "01:30", "2026-10-24T23:30:00.000Z"], // the autumn switch day, before it
    ["2027-01-01", "00:30", "2026-12-31T23:30:00.000Z"], // New Year's Day, half past midnight
  ])("%s %s in Copenhagen is %s", (date, time, instant) => {
    expect(instantOfDanishWallTime(date, time).toISOString()).toBe(instant);
    expect(danishWallTime(new Date(instant))).toEqual({ date, time });
    // The meetings' schema parses through the same function.
    expect(copenhagenInstant(dateColumn(date), time).toISOString()).toBe(instant);
  });

  it("a time that does not exist moves an hour on; one that exists twice is the winter-time one", () => {
    expect(danishWallTime(instantOfDanishWallTime("2026-03-29", "02:30"))).toEqual({ date: "2026-03-29", time: "03:30" });
    expect(instantOfDanishWallTime("2026-10-25", "02:30").toISOString()).toBe("2026-10-25T01:30:00.000Z");
  });
});
