/** lib/db/database-trouble.ts: which failures are a statement timeout or an unreachable database (and which are not). */
import { describe, expect, it } from "vitest";
import { databaseTrouble } from "@/lib/db/database-trouble";

const adapter = (cause: Record<string, unknown>, code = "P2010") => Object.assign(new Error("Raw query failed"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

describe("databaseTrouble", () => {
  it.each([
    ["Prisma with the pg adapter: 57014", adapter({ kind: "postgres", code: "57014", originalCode: "57014", message: "canceling statement due to statement timeout" }), "timeout"],
    ["pg itself: 57014", Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014", severity: "ERROR" }), "timeout"],
    ["a transaction that could not start or finish in time (P2028)", Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" }), "timeout"],
    ["not reachable (P1001)", adapter({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5441 }, "P1001"), "unavailable"],
    ["not reachable in a raw query (P2010)", adapter({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5441 }), "unavailable"],
    ["admin shutdown (57P01)", adapter({ kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }), "unavailable"],
    ["starting up (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03", severity: "FATAL" }), "unavailable"],
    ["connection failure class 08", Object.assign(new Error("connection failure"), { code: "08006" }), "unavailable"],
    ["pool timeout (P2024)", Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" }), "unavailable"],
    ["a lost connection, by message", new Error("Connection terminated unexpectedly"), "unavailable"],
    ["wrapped as a cause", Object.assign(new Error("outer"), { cause: Object.assign(new Error("x"), { code: "57014" }) }), "timeout"],
  ])("%s → %s", (_name, error, expected) => {
    expect(databaseTrouble(error)).toBe(expected);
  });

  it.each([
    ["a unique violation", adapter({ kind: "UniqueConstraintViolation" }, "P2002")],
    ["a deadlock is not an outage", adapter({ kind: "postgres", code: "40P01" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["not an error", "57014"],
    ["null", null],
  ])("%s → null", (_name, error) => {
    expect(databaseTrouble(error)).toBeNull();
  });
});
