/**
 * Issue 18 item 1, the last step (decision 033): a large status table is read and written in the job
 * queue, not in the request. Against the real PostgreSQL and pg-boss:
 * - an upload through the route while a worker runs is stored QUEUED, and the worker's job turns it
 *   into the preview — reading rows n of N, then planning — as the uploader, audited as such;
 * - the job re-checks the uploader: one who lost their seat and membership between upload and job is
 *   refused — no preview, the record FAILED with why, no audit row beyond the upload's;
 * - a queued confirmation writes every row once, even when the job runs twice at once and once more;
 * - a small file, or any file while no worker runs (the embedded database), is read in the request.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";
import { multipart } from "./support/multipart";
import type { Actor } from "@/lib/rules/actor";
import { getActor } from "@/lib/auth/actor";
import { POST } from "@/app/api/initiativer/import/route";
import { createBoss, installQueues, startWorker } from "@/lib/jobs/queue";
import { recordHeartbeat } from "@/lib/jobs/heartbeat";
import { IMPORT_INLINE_MAX_BYTES, IMPORT_INLINE_MAX_WRITES } from "@/lib/rules/initiatives";
import { uploadInitiativeImport } from "@/lib/domain/initiatives/upload-initiative-import";
import { previewInitiativeImport } from "@/lib/domain/initiatives/preview-initiative-import";
import { queueInitiativeImportConfirm } from "@/lib/domain/initiatives/queue-initiative-import-confirm";
import { getInitiativeImportProgress } from "@/lib/domain/initiatives/get-initiative-import-progress";
import type { ImportProgress } from "@/lib/domain/initiatives/import-progress";
import { IMPORT_JOB_REFUSED, runImportConfirmJob, runImportPreviewJob } from "@/lib/domain/jobs/initiative-import";

vi.mock("@/lib/auth/actor", () => ({ getActor: vi.fn(async () => null), requireActor: vi.fn() }));

// Every progress report the jobs make, in order — the reports still reach the database.
const reported: ImportProgress[] = [];
vi.mock("@/lib/domain/initiatives/import-progress", async (original) => {
  const actual = await original<typeof import("@/lib/domain/initiatives/import-progress")>();
  return {
    ...actual,
    recordImportProgress: vi.fn(async (importId: string, progress: ImportProgress) => {
      reported.push(progress);
      await actual.recordImportProgress(importId, progress);
    }),
  };
});

const ROWS = 1_200;
/** A sheet of `rows` rows, each about 400 bytes: above IMPORT_INLINE_MAX_BYTES from ~650 rows. */
function sheet(rows: number, prefix = "Indsats"): Uint8Array {
  const padding = "Indsatsen følges op i følgegruppen og evalueres ved periodens udløb. ".repeat(5);
  const lines = ['"Navn på indsats";"Begrundelse for om indsatsen skal videreføres eller afvikles"'];
  for (let i = 1; i <= rows; i++) lines.push(`"${prefix} ${i}";"Videreføres. ${padding}"`);
  return new TextEncoder().encode("\uFEFF" + lines.join("\r\n") + "\r\n");
}

let forumId: string;
let regionId: string;
let uploader: { id: string };
let actor: Actor;
const bosses: PgBoss[] = [];

beforeEach(async () => {
  reported.length = 0;
  const region = await createOrganisation("REGION");
  regionId = region.id;
  forumId = (await db.forum.create({ data: { regionId, name: "Følgegruppen for forebyggelse", kind: "FOLLOW_UP_GROUP" } })).id;
  uploader = await createUser([{ organisationId: regionId, role: "READER" }]);
  await db.forumMember.create({ data: { forumId, userId: uploader.id, name: "Sekretær", party: "REGION", position: "SECRETARY", periodFrom: new Date("2020-01-01") } });
  actor = await actorFor(uploader.id);
  vi.mocked(getActor).mockResolvedValue(actor);
});

afterEach(async () => {
  await Promise.all(bosses.splice(0).map((b) => b.stop({ graceful: false, wait: true }).catch(() => undefined)));
});

/** The queue installed and a worker's heartbeat, but no worker fetching: the test runs each job by hand. */
async function queueWithoutWorking(): Promise<void> {
  const boss = createBoss();
  bosses.push(boss);
  await boss.start();
  await installQueues(boss, { schedule: false });
  await recordHeartbeat(db, "integration-test");
}

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const auditActions = async (importId: string) => (await db.auditEvent.findMany({ where: { entityId: importId }, orderBy: { occurredAt: "asc" }, select: { action: true, actorUserId: true } })).map((a) => a.action);

describe("a large upload goes through the job queue", () => {
  it("is stored QUEUED by the route, and the worker's job reads it into the preview with progress, as the uploader", async () => {
    bosses.push(await startWorker({ schedule: false, pollingIntervalSeconds: 0.5, log: () => undefined }));
    const file = sheet(ROWS);
    expect(file.length).toBeGreaterThan(IMPORT_INLINE_MAX_BYTES);
    const { body, contentType } = multipart(file);
    const response = await POST(
      new Request(`http://portal.test/api/initiativer/import?forumId=${forumId}`, { method: "POST", body, headers: { host: "portal.test", origin: "http://portal.test", "content-type": contentType } }),
    );
    expect(response.status).toBe(303);
    const { id } = await db.initiativeImport.findFirstOrThrow({ select: { id: true } });
    expect(response.headers.get("location")).toBe(`/fora/${forumId}/import/${id}`);

    const done = await waitFor(async () => {
      const state = await getInitiativeImportProgress(actor, { importId: id });
      return state.status !== "QUEUED" && state;
    });
    expect(done).toEqual({ status: "PREVIEW", progress: null, failure: null });
    const record = await db.initiativeImport.findUniqueOrThrow({ where: { id }, select: { fileBytes: true, rows: true, phase: true } });
    expect(record.fileBytes).toBeNull(); // the upload is not kept once read
    expect((record.rows as { rows: unknown[] }).rows).toHaveLength(ROWS);

    // Reading rows n of N (in steps), then planning all N.
    const reading = reported.filter((p) => p.phase === "reading" && p.total > 0);
    expect(reading.map((p) => p.done)).toEqual([0, 500, 1000]);
    expect(reading.every((p) => p.total === ROWS)).toBe(true);
    expect(reported.at(-1)).toEqual({ phase: "planning", done: ROWS, total: ROWS });

    const audit = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { occurredAt: "asc" }, select: { action: true, actorUserId: true } });
    expect(audit).toEqual([
      { action: "initiativeImport.upload", actorUserId: uploader.id },
      { action: "initiativeImport.preview", actorUserId: uploader.id },
    ]);
  });

  it("refuses when the uploader lost their seat and membership between upload and job: no preview, FAILED with why, no audit row", async () => {
    await queueWithoutWorking();
    const { id, queued } = await uploadInitiativeImport(actor, { forumId, stage: "PROPOSED", file: { name: "status.csv", bytes: sheet(ROWS) } });
    expect(queued).toBe(true);
    const before = await db.initiativeImport.findUniqueOrThrow({ where: { id }, select: { rows: true, status: true } });
    expect(before.status).toBe("QUEUED");

    await db.forumMember.deleteMany({ where: { userId: uploader.id } });
    await db.membership.deleteMany({ where: { userId: uploader.id } });

    expect(await runImportPreviewJob({ importId: id, lastAttempt: false })).toBe("refused");
    const after = await db.initiativeImport.findUniqueOrThrow({ where: { id }, select: { rows: true, status: true, failure: true, fileBytes: true } });
    expect(after).toEqual({ rows: before.rows, status: "FAILED", failure: IMPORT_JOB_REFUSED, fileBytes: null });
    expect(await auditActions(id)).toEqual(["initiativeImport.upload"]);
    expect(await db.initiative.count()).toBe(0);
    // Run again (pg-boss might): nothing to do, nothing written.
    expect(await runImportPreviewJob({ importId: id, lastAttempt: true })).toBe("nothingToDo");
    expect(await auditActions(id)).toEqual(["initiativeImport.upload"]);
  });

  it("a queued confirmation writes every row once, even when the job runs twice at once and again", async () => {
    await queueWithoutWorking();
    const rows = IMPORT_INLINE_MAX_WRITES + 50;
    const preview = await previewInitiativeImport(actor, { forumId, stage: "PROPOSED", file: { name: "status.csv", bytes: sheet(rows, "Stor indsats") } });
    expect(preview.summary.create).toBe(rows);

    expect(await queueInitiativeImportConfirm(actor, { importId: preview.id })).toEqual({ queued: true, reason: "initiatives.import.run.large" });
    expect((await getInitiativeImportProgress(actor, { importId: preview.id })).progress).toEqual({ phase: "queued", done: 0, total: 0 });

    const outcomes = await Promise.all([runImportConfirmJob({ importId: preview.id, lastAttempt: false }), runImportConfirmJob({ importId: preview.id, lastAttempt: false })]);
    outcomes.push(await runImportConfirmJob({ importId: preview.id, lastAttempt: true }));
    expect(outcomes.filter((o) => o === "done")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "nothingToDo")).toHaveLength(2);

    expect(await db.initiative.count({ where: { forumId } })).toBe(rows);
    expect(await db.initiativeEvent.count({ where: { type: "import.created" } })).toBe(rows);
    expect(await db.initiativeDecision.count()).toBe(rows);
    const record = await db.initiativeImport.findUniqueOrThrow({ where: { id: preview.id }, select: { status: true, report: true } });
    expect(record.status).toBe("CONFIRMED");
    expect((record.report as { created: number }).created).toBe(rows);
    expect(await auditActions(preview.id)).toEqual(["initiativeImport.preview", "initiativeImport.confirmQueued", "initiativeImport.confirm"]);
  });
});

describe("what stays in the request", () => {
  it("a small file is read at once, also while a worker runs", async () => {
    await queueWithoutWorking();
    const small = await uploadInitiativeImport(actor, { forumId, stage: "PROPOSED", file: { name: "status.csv", bytes: sheet(10) } });
    expect(small.queued).toBe(false);
    expect((await db.initiativeImport.findUniqueOrThrow({ where: { id: small.id } })).status).toBe("PREVIEW");
  });

  it("without a worker (the embedded database, JOBS_WORKER=0) a large file and a large confirmation run in the request", async () => {
    const large = await uploadInitiativeImport(actor, { forumId, stage: "PROPOSED", file: { name: "status.csv", bytes: sheet(ROWS) } });
    expect(large.queued).toBe(false);
    expect(await queueInitiativeImportConfirm(actor, { importId: large.id })).toEqual({ queued: false, reason: "initiatives.import.run.noWorker" });
    expect((await db.initiativeImport.findUniqueOrThrow({ where: { id: large.id } })).status).toBe("PREVIEW");
    expect(await db.auditEvent.count({ where: { action: { in: ["initiativeImport.upload", "initiativeImport.confirmQueued"] } } })).toBe(0);
  });
});
