import "server-only";
import { failedJobCount } from "@/lib/domain/jobs/queue-admin";
import { smtpReady } from "@/lib/email/mailer";

/** "ok", the count of failed jobs, or "not started" when no worker has ever installed the queue. */
export async function jobsHealth(): Promise<"ok" | "not started" | { failed: number }> {
  try {
    const failed = await failedJobCount();
    if (failed === null) return "not started";
    return failed === 0 ? "ok" : { failed };
  } catch {
    return "not started";
  }
}

/** Only when SMTP_URL is set: "ok" or "unavailable". */
export async function smtpHealth(): Promise<"ok" | "unavailable" | null> {
  const ready = await smtpReady();
  return ready === null ? null : ready ? "ok" : "unavailable";
}
