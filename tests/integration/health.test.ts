import { afterAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { GET } from "@/app/api/health/route";
import { createBoss, installQueues } from "@/lib/jobs/queue";
import { listJobs, retryJob } from "@/lib/domain/jobs/queue-admin";
import { ForbiddenError } from "@/lib/domain/errors";
import { createAdmin, createOrganisation, createUser, actorFor } from "./support/factories";
import { db } from "./support/db";

const body = async () => (await GET()).json();

describe("GET /api/health", () => {
  const boss = createBoss();
  afterAll(async () => {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    delete process.env.SMTP_URL;
  });

  it("answers 200 with the database and the job queue: ok, then the count of failed jobs; an admin retries one", async () => {
    await boss.start();
    await installQueues(boss, { schedule: false });
    // Whatever an earlier test file left in the queue: start from none failed.
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE state = 'failed'`);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", jobs: "ok" });

    const id = (await boss.send("retention", {}, { retryLimit: 0 }))!;
    const [job] = await boss.fetch("retention");
    expect(job.id).toBe(id);
    await boss.fail("retention", id, new Error("database connection reset"));
    expect(await body()).toEqual({ status: "ok", database: "ok", jobs: { failed: 1 } });

    const { actor } = await createAdmin();
    const overview = await listJobs(actor, { view: "failed" });
    expect(overview.counts.failed).toBe(1);
    expect(overview.jobs[0]).toMatchObject({ id, name: "retention", state: "failed" });
    expect(overview.jobs[0].error).toContain("database connection reset");

    const municipality = await createOrganisation("MUNICIPALITY");
    const coordinator = await actorFor((await createUser([{ organisationId: municipality.id, role: "COORDINATOR" }])).id);
    await expect(retryJob(coordinator, { jobId: id, name: "retention" })).rejects.toBeInstanceOf(ForbiddenError);

    await retryJob(actor, { jobId: id, name: "retention" });
    expect((await boss.getJobById("retention", id))?.state).toBe("retry");
    expect(await body()).toEqual({ status: "ok", database: "ok", jobs: "ok" });
    expect(await db.auditEvent.count({ where: { action: "job.retry", entityId: id } })).toBe(1);
  });

  it("reports the SMTP connection when e-mail is configured", async () => {
    const server = new SMTPServer({ authOptional: true, disabledCommands: ["STARTTLS", "AUTH"], logger: false });
    const port = await new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port)));
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    expect((await body()).smtp).toBe("ok");
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect((await body()).smtp).toBe("unavailable");
  });
});
