import "server-only";
/**
 * Notification e-mails, sent only by the job queue (issue 11). Each user chooses per kind: at once,
 * the daily digest, or never (lib/rules/email.ts; NotificationPreference). A notification is mailed at
 * most once: its row is locked (SKIP LOCKED, so two workers never take the same one) while the mail
 * goes out, and `emailedAt` is set in the same transaction. SMTP down → the send throws, nothing is
 * marked, the job fails and pg-boss retries it with backoff (and the next run picks the rest up).
 * With SMTP_URL unset the jobs do nothing.
 */
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EmailMode, Locale, NotificationKind } from "@/lib/generated/prisma/enums";
import { EMAIL_KINDS, defaultEmailMode } from "@/lib/rules/email";
import { emailEnabled, sendMail } from "@/lib/email/mailer";
import { composeMail, type MailItem } from "@/lib/email/compose";
import { danishDate, isWorkingDay } from "@/lib/calendar";
import { calendarOptions } from "@/lib/domain/referrals/deadlines";
import { settingInt, type JobClock } from "./system";

const HOUR_MS = 60 * 60 * 1000;

type Pending = { id: string; userId: string; email: string; locale: Locale; kind: NotificationKind; reference: string | null; referralId: string | null };

/** Unsent notifications whose user's mode for their kind is `mode`, newer than `since`. */
function pendingSql(mode: EmailMode, since: Date, extra: Prisma.Sql) {
  const defaults = (m: EmailMode) => EMAIL_KINDS.filter((k) => defaultEmailMode(k) === m) as string[];
  return Prisma.sql`
    SELECT n."id", n."userId", u."email", u."locale", n."kind", r."reference", n."referralId"
      FROM "Notification" n
      JOIN "User" u ON u."id" = n."userId" AND u."active"
      LEFT JOIN "Referral" r ON r."id" = n."referralId"
      LEFT JOIN "NotificationPreference" p ON p."userId" = n."userId" AND p."kind" = n."kind"
     WHERE n."emailedAt" IS NULL AND n."createdAt" >= ${since}
       AND COALESCE(p."mode"::text, CASE WHEN n."kind"::text = ANY(${defaults("IMMEDIATE")}) THEN 'IMMEDIATE'
                                         WHEN n."kind"::text = ANY(${defaults("DIGEST")}) THEN 'DIGEST' ELSE 'NEVER' END) = ${mode}
       ${extra}
     ORDER BY n."createdAt", n."id"
     FOR UPDATE OF n SKIP LOCKED`;
}

async function markSent(tx: Tx, ids: string[], now: Date) {
  await tx.notification.updateMany({ where: { id: { in: ids } }, data: { emailedAt: now } });
}

/**
 * Sends; a permanent refusal of this one mail (SMTP 5xx: unknown mailbox, refused address) is logged
 * and the notification counted as done, so one bad address never blocks everyone's mail. Anything
 * else (no connection, 4xx) throws: the job fails and is retried.
 */
async function sendOrSkip(mail: Parameters<typeof sendMail>[0]): Promise<void> {
  try {
    await sendMail(mail);
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    if (typeof code === "number" && code >= 500) {
      console.warn(JSON.stringify({ level: "warn", msg: "email: refused permanently, not retried", responseCode: code }));
      return;
    }
    throw error;
  }
}

const itemOf = (p: Pending): MailItem => ({ kind: p.kind, reference: p.reference, referralId: p.referralId });

/** Every minute: each "at once" notification of the last EMAIL_IMMEDIATE_HOURS (default 48) hours, one mail each. */
export async function runEmailDispatch(clock: JobClock): Promise<{ sent: number; off?: true }> {
  if (!emailEnabled()) return { sent: 0, off: true };
  const since = new Date(clock.now.getTime() - settingInt("EMAIL_IMMEDIATE_HOURS", 48, 1) * HOUR_MS);
  let sent = 0;
  for (;;) {
    const one = await db.$transaction(
      async (tx) => {
        const [p] = await tx.$queryRaw<Pending[]>(Prisma.sql`${pendingSql("IMMEDIATE", since, Prisma.empty)} LIMIT 1`);
        if (!p) return false;
        await sendOrSkip(composeMail(p.email, p.locale, [itemOf(p)], false));
        await markSent(tx, [p.id], clock.now);
        return true;
      },
      { timeout: 60_000 },
    );
    if (!one) return { sent };
    sent += 1;
  }
}

/** The Danish hour of an instant. */
function danishHour(instant: Date): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hourCycle: "h23" }).format(instant));
}

export function digestHour(): number {
  return Math.min(23, settingInt("EMAIL_DIGEST_HOUR", 7));
}

/** Hourly: at EMAIL_DIGEST_HOUR on a working day, one mail per user with the week's digest notifications. */
export async function runEmailDigest(clock: JobClock): Promise<{ sent: number; skipped?: string }> {
  if (!emailEnabled()) return { sent: 0, skipped: "off" };
  if (danishHour(clock.now) !== digestHour()) return { sent: 0, skipped: "hour" };
  if (!isWorkingDay(danishDate(clock.now), calendarOptions())) return { sent: 0, skipped: "not a working day" };
  const since = new Date(clock.now.getTime() - 7 * 24 * HOUR_MS);
  const users = await db.$queryRaw<{ userId: string }[]>(Prisma.sql`SELECT DISTINCT q."userId" FROM (${pendingSql("DIGEST", since, Prisma.empty)}) q`);
  let sent = 0;
  for (const { userId } of users) {
    const done = await db.$transaction(
      async (tx) => {
        const items = await tx.$queryRaw<Pending[]>(pendingSql("DIGEST", since, Prisma.sql`AND n."userId" = ${userId}`));
        if (items.length === 0) return false;
        await sendOrSkip(composeMail(items[0].email, items[0].locale, items.map(itemOf), true));
        await markSent(tx, items.map((i) => i.id), clock.now);
        return true;
      },
      { timeout: 60_000 },
    );
    if (done) sent += 1;
  }
  return { sent };
}
