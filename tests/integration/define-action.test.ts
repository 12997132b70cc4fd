/**
 * lib/actions/define-action.ts: the one mapping every server action shares — a DomainError becomes
 * the typed result (status, field errors, summary, focus, echoed values, minus what `echo` drops),
 * anything unexpected is logged with a request id and answered with that id, never the internals.
 */
import { describe, expect, it, vi } from "vitest";
import { InvalidError, ConflictError } from "@/lib/domain/errors";
import { IDLE } from "@/lib/domain/action-state";
import { createPrismaClient } from "@/lib/db/create-client";
import { db } from "./support/db";

vi.mock("@/lib/auth/actor", () => ({ getActor: vi.fn(async () => null), requireActor: vi.fn() }));
const { defineAction, success } = await import("@/lib/actions/define-action");

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe("defineAction", () => {
  it("an InvalidError → invalid with field errors, the summary in order, the first field to focus; echo drops the password", async () => {
    const action = defineAction({
      name: "test.invalid",
      run: async () => {
        throw new InvalidError("errors.invalid", { name: ["validation.required"], email: ["validation.email"] });
      },
      echo: ({ password: _password, ...values }) => values,
      done: () => success("x"),
    });
    const state = await action(IDLE, form({ name: "", email: "x", password: "hemmelig-kode" }));
    expect(state).toMatchObject({
      status: "invalid",
      messageKey: "errors.invalid",
      fieldErrors: { name: ["validation.required"], email: ["validation.email"] },
      summary: [
        { field: "name", message: "validation.required" },
        { field: "email", message: "validation.email" },
      ],
      focus: "name",
      values: { name: "", email: "x" },
    });
  });

  it("a ConflictError keeps its current value for the form", async () => {
    const action = defineAction({ name: "test.conflict", run: async () => Promise.reject(new ConflictError("errors.conflict", {}, { body: "theirs" })), done: () => success("x") });
    expect(await action(IDLE, form({}))).toMatchObject({ status: "conflict", current: { body: "theirs" }, focus: null });
  });

  it("anything unexpected: logged once as JSON with the action's name and a request id; the form gets that id, not the message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = defineAction({ name: "test.boom", run: async () => Promise.reject(new Error("database password is hunter2")), done: () => success("x") });
    const state = await action(IDLE, form({}));
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.messageKey).toBe("errors.unexpectedWithId");
    const requestId = String(state.params?.requestId);
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(state)).not.toContain("hunter2");
    expect(log).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(log.mock.calls[0][0]));
    expect(line).toMatchObject({ level: "error", event: "action.unexpected", action: "test.boom", requestId });
    expect(line.error).toContain("hunter2");
    log.mockRestore();
  });

  it("a statement cancelled by statement_timeout (57014, on real PostgreSQL): the form says it took too long and nothing was saved — and nothing was", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const marker = `timeout-${Date.now()}`;
    const action = defineAction({
      name: "test.slow",
      run: () =>
        db.$transaction(async (tx) => {
          await tx.auditEvent.create({ data: { action: marker, entityType: "Test", entityId: marker } }); // the half-written change
          await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = '50ms'`);
          await tx.$queryRawUnsafe(`SELECT pg_sleep(2)`);
        }),
      done: () => success("x"),
    });
    const state = await action(IDLE, form({ title: "Mit afsnit" }));
    expect(state).toMatchObject({ status: "error", messageKey: "errors.databaseTimeout", values: { title: "Mit afsnit" } });
    if (state.status !== "error") return;
    expect(String(state.params?.requestId)).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(state)).not.toMatch(/57014|pg_sleep|canceling statement/);
    expect(await db.auditEvent.count({ where: { action: marker } })).toBe(0);
    expect(JSON.parse(String(log.mock.calls[0][0]))).toMatchObject({ level: "warn", event: "action.database.timeout", action: "test.slow" });
    log.mockRestore();
  });

  it("a database that cannot be reached: the form says the database is not answering and nothing was saved", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const away = createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere");
    const action = defineAction({ name: "test.away", run: () => away.$transaction(async (tx) => tx.user.count()), done: () => success("x") });
    const state = await action(IDLE, form({}));
    expect(state).toMatchObject({ status: "error", messageKey: "errors.databaseUnavailable" });
    expect(JSON.stringify(state)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    await away.$disconnect();
    log.mockRestore();
  });

  it("success: the state `done` returns, the operation called with (actor, input) only", async () => {
    const run = vi.fn(async () => ({ id: "1" }));
    const action = defineAction({ name: "test.ok", run, done: () => success("profile.saved") });
    expect(await action(IDLE, form({ a: "1" }))).toEqual({ status: "success", messageKey: "profile.saved", params: undefined });
    expect(run).toHaveBeenCalledWith(null, { a: "1" });
    expect(run.mock.calls[0]).toHaveLength(2);
  });
});
