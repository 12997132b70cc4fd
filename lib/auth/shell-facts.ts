import "server-only";
import type { Db } from "@/lib/db/types";

/** What the header needs to know about the signed-in user beyond the Actor. */
export type ShellFacts = {
  /** The user holds a current forum seat — shown as Fora and Initiativer in the menu. */
  forumMember: boolean;
  /** Unread in-app notifications — the badge next to the user menu. */
  unreadNotifications: number;
};

/**
 * Both facts in one statement: every signed-in page pays for it, so it is one round trip and no
 * query planning in Prisma. Forum seats are not organisation memberships, so they are not on the
 * Actor; the notification count uses Notification(userId, readAt, createdAt).
 */
export async function loadShellFacts(client: Db, userId: string, now: Date = new Date()): Promise<ShellFacts> {
  const today = `${now.toISOString().slice(0, 10)}`; // ForumMember.periodFrom/periodTo are dates
  const [row] = await client.$queryRaw<{ forumMember: boolean; unreadNotifications: number }[]>`
    SELECT EXISTS (
             SELECT 1 FROM "ForumMember"
              WHERE "userId" = ${userId} AND "periodFrom" <= ${today}::date
                AND ("periodTo" IS NULL OR "periodTo" >= ${today}::date)
           ) AS "forumMember",
           (SELECT count(*)::int FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL) AS "unreadNotifications"`;
  return { forumMember: row?.forumMember ?? false, unreadNotifications: row?.unreadNotifications ?? 0 };
}
