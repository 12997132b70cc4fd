/**
 * The queue and the e-mails for real: pg-boss on the test database with two workers, and a real SMTP
 * server (smtp-server) started here — the test reads what arrived: the reminder in the recipient's
 * language, the daily digest, never a CPR number or a citizen's name; with the SMTP server down the
 * job fails, is retried, and the mail is delivered when the server is back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { SMTPServer } from "smtp-server";
import { db } from "./support/db";
import { CITIZEN, jobsWorld } from "./support/jobs-world";
import { startWorker } from "@/lib/jobs/queue";
import { runDeadlineAlerts } from "@/lib/domain/jobs/deadline-alerts";
import { runEmailDigest, runEmailDispatch } from "@/lib/domain/jobs/email";
import { endOfDanishDay } from "@/lib/calendar";

type Received = { to: string[]; raw: string };

function smtpServer(received: Received[]) {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === "lukket@roskilde.dk") {
        const refused = new Error("Mailbox unavailable") as Error & { responseCode: number };
        refused.responseCode = 550;
        return callback(refused);
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => (raw += chunk));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: decodeMail(raw) });
        callback();
      });
    },
  });
}

/** The mail as text: quoted-printable soft breaks and =XX bytes undone (nodemailer encodes æøå). */
function decodeMail(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, "");
  const bytes = unfolded.replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  const text = Buffer.from(bytes, "latin1").toString("utf8");
  // Encoded-word subjects (=?UTF-8?Q?…?=)
  return text.replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, q: string) => Buffer.from(q.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"));
}

function listen(server: SMTPServer, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port));
  });
}

const close = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

const due = endOfDanishDay("2026-03-04");
const thursday = new Date("2026-03-05T08:00:00Z");

function expectNoPersonalData(mails: Received[]) {
  for (const mail of mails) {
    expect(mail.raw).not.toContain(CITIZEN.cpr);
    expect(mail.raw).not.toContain("010170-1234");
    expect(mail.raw).not.toContain(CITIZEN.name);
    expect(mail.raw).not.toContain("Karen");
    expect(mail.raw).not.toMatch(/rygestop|blodtryk|KOL/i);
  }
}

describe("e-mail over SMTP", () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = smtpServer(received);
    port = await listen(server);
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.PORTAL_URL = "https://portal.example.dk";
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await close(server);
  });
  afterEach(() => {
    received.length = 0;
  });

  it("mails the overdue notification at once, in each recipient's language, with the reference and a link only", async () => {
    const w = await jobsWorld({ staffLocale: "da", gpLocale: "en" });
    const referral = await w.referral({ receiptDueAt: due });
    await runDeadlineAlerts({ now: thursday });
    expect(await runEmailDispatch({ now: thursday })).toEqual({ sent: 3 });
    expect(await runEmailDispatch({ now: thursday })).toEqual({ sent: 0 }); // never twice

    const byRecipient = new Map(received.map((m) => [m.to[0], m.raw]));
    expect([...byRecipient.keys()].sort()).toEqual(["koordinator@roskilde.dk", "laege@klinik.dk", "sagsbehandler@roskilde.dk"]);
    const danish = byRecipient.get("sagsbehandler@roskilde.dk")!;
    expect(danish).toContain(`Fristen for henvisning ${referral.reference} er overskredet`);
    expect(danish).toContain(`https://portal.example.dk/henvisninger/${referral.id}`);
    const english = byRecipient.get("laege@klinik.dk")!;
    expect(english).toContain(`The deadline for referral ${referral.reference} has passed`);
    expectNoPersonalData(received);
    expect(await db.notification.count({ where: { emailedAt: null } })).toBe(0);
  });

  it("sends the daily digest at the configured hour on a working day, one mail per user", async () => {
    const w = await jobsWorld({ gpLocale: "en" });
    const a = await w.referral({ status: "COMPLETED" });
    const b = await w.referral({ status: "REJECTED" });
    await db.notification.createMany({
      data: [
        { userId: w.gp.id, kind: "REFERRAL_COMPLETED", referralId: a.id, params: { reference: a.reference }, createdAt: new Date("2026-03-04T15:00:00Z") },
        { userId: w.gp.id, kind: "REFERRAL_REJECTED", referralId: b.id, params: { reference: b.reference }, createdAt: new Date("2026-03-04T16:00:00Z") },
      ],
    });
    process.env.EMAIL_DIGEST_HOUR = "7";
    try {
      // 07:xx in Copenhagen on Thursday 5 March (06:xx UTC).
      expect(await runEmailDigest({ now: new Date("2026-03-05T05:10:00Z") })).toEqual({ sent: 0, skipped: "hour" });
      expect(await runEmailDigest({ now: new Date("2026-03-05T06:00:00Z") })).toEqual({ sent: 1 });
      expect(await runEmailDigest({ now: new Date("2026-03-05T06:30:00Z") })).toEqual({ sent: 0 });
      // Saturday: no digest.
      expect(await runEmailDigest({ now: new Date("2026-03-07T06:00:00Z") })).toEqual({ sent: 0, skipped: "not a working day" });
    } finally {
      delete process.env.EMAIL_DIGEST_HOUR;
    }
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(["laege@klinik.dk"]);
    expect(received[0].raw).toContain("2 new messages");
    expect(received[0].raw).toContain(`Referral ${a.reference} has been completed`);
    expect(received[0].raw).toContain(`Referral ${b.reference} has been rejected`);
    expectNoPersonalData(received);
  });

  it("skips an address the SMTP server refuses for good, and mails the others", async () => {
    const w = await jobsWorld();
    await db.user.update({ where: { id: w.coordinator.id }, data: { email: "lukket@roskilde.dk" } });
    await w.referral({ receiptDueAt: due });
    await runDeadlineAlerts({ now: thursday });
    expect(await runEmailDispatch({ now: thursday })).toEqual({ sent: 3 });
    expect(received.map((m) => m.to[0]).sort()).toEqual(["laege@klinik.dk", "sagsbehandler@roskilde.dk"]);
  });

  it("respects the user's choice: never means no mail", async () => {
    const w = await jobsWorld();
    await db.notificationPreference.createMany({
      data: [
        { userId: w.caseworker.id, kind: "REFERRAL_OVERDUE", mode: "NEVER" },
        { userId: w.gp.id, kind: "REFERRAL_OVERDUE", mode: "DIGEST" },
      ],
    });
    await w.referral({ receiptDueAt: due });
    await runDeadlineAlerts({ now: thursday });
    expect(await runEmailDispatch({ now: thursday })).toEqual({ sent: 1 });
    expect(received.map((m) => m.to[0])).toEqual(["koordinator@roskilde.dk"]);
  });
});

describe("the queue (pg-boss) with two workers", () => {
  const bosses: PgBoss[] = [];
  afterEach(async () => {
    await Promise.all(bosses.splice(0).map((b) => b.stop({ graceful: false, wait: true }).catch(() => undefined)));
    delete process.env.SMTP_URL;
  });

  async function twoWorkers() {
    for (let i = 0; i < 2; i++) bosses.push(await startWorker({ schedule: false, pollingIntervalSeconds: 0.5, log: () => undefined }));
    return bosses[0];
  }

  async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > end) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it("runs a sent deadline job once: one overdue event, one notification per recipient", async () => {
    const w = await jobsWorld();
    const referral = await w.referral({ receiptDueAt: due });
    const boss = await twoWorkers();
    const ids = await Promise.all([1, 2].map(() => boss.send("deadline-alerts", { now: thursday.toISOString() })));
    for (const id of ids) await waitFor(async () => (await boss.getJobById("deadline-alerts", id!))?.state === "completed");
    expect(await db.referralEvent.count({ where: { referralId: referral.id, type: "OVERDUE" } })).toBe(1);
    expect(await db.notification.count({ where: { kind: "REFERRAL_OVERDUE" } })).toBe(3);
  });

  it("retries the e-mail job while the SMTP server is down and delivers when it is back", async () => {
    const received: Received[] = [];
    // Reserve a port, then close: the server is "down" at that address.
    const probe = smtpServer(received);
    const port = await listen(probe);
    await close(probe);
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

    const w = await jobsWorld();
    await w.referral({ receiptDueAt: due });
    await runDeadlineAlerts({ now: thursday });
    const boss = await twoWorkers();
    const id = await boss.send("email-dispatch", { now: thursday.toISOString() }, { retryLimit: 20, retryDelay: 1, retryBackoff: false });
    const failedOnce = await waitFor(async () => {
      const job = await boss.getJobById("email-dispatch", id!);
      return job && job.retryCount >= 1 && job.state !== "completed" ? job : null;
    });
    expect(String(JSON.stringify(failedOnce.output))).toMatch(/ECONNREFUSED|connect/i);
    expect(received).toHaveLength(0);

    const server = smtpServer(received);
    await listen(server, port);
    try {
      await waitFor(async () => (await boss.getJobById("email-dispatch", id!))?.state === "completed", 30_000);
      expect(received.map((m) => m.to[0]).sort()).toEqual(["koordinator@roskilde.dk", "laege@klinik.dk", "sagsbehandler@roskilde.dk"]);
      expectNoPersonalData(received);
    } finally {
      await close(server);
    }
  });
});
