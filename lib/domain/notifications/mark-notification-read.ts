import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { markNotificationReadInput } from "./schemas";

/**
 * Marks one of the actor's notifications read (someone else's → NotFoundError) and returns it, so
 * the caller can open what it is about. Reading is not an audited change: notifications are the
 * user's own, not part of the record.
 */
export async function markNotificationRead(actor: Actor | null, input: unknown): Promise<{ id: string; referralId: string | null }> {
  const data = parseInput(markNotificationReadInput, input);
  const current = requireSignedIn(actor);
  const notification = await db.notification.findFirst({
    where: { id: data.notificationId, userId: current.userId }, // scoped: one's own only
    select: { id: true, referralId: true, readAt: true },
  });
  if (!notification) throw new NotFoundError();
  if (!notification.readAt) await db.notification.updateMany({ where: { id: notification.id, readAt: null }, data: { readAt: new Date() } });
  return { id: notification.id, referralId: notification.referralId };
}

/** Marks all of the actor's unread notifications read; returns how many. */
export async function markAllNotificationsRead(actor: Actor | null): Promise<number> {
  const current = requireSignedIn(actor);
  const { count } = await db.notification.updateMany({ where: { userId: current.userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
