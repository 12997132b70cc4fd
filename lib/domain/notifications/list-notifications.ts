import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { listNotificationsInput, NOTIFICATIONS_PAGE_SIZE } from "./schemas";

export type NotificationDto = {
  id: string;
  kind: NotificationKind;
  referralId: string | null;
  params: Record<string, string | number>;
  createdAt: Date;
  readAt: Date | null;
};

/** The unread count is not here: the header loads it with the actor (getShellFacts), once per request. */
export type NotificationsPage = { items: NotificationDto[]; next: string | null };

const paramsOf = (value: unknown): Record<string, string | number> => {
  const out: Record<string, string | number> = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (typeof v === "string" || typeof v === "number") out[k] = v;
  }
  return out;
};

/** The actor's own notifications, newest first (scoped: userId is always the actor's). */
export async function listNotifications(actor: Actor | null, input: unknown): Promise<NotificationsPage> {
  const data = parseInput(listNotificationsInput, input);
  const current = requireSignedIn(actor);
  const before = data.before ? data.before.split("_") : null;
  const beforeDate = before ? new Date(before[0]) : null;
  const rows = await db.notification.findMany({
    where: {
      userId: current.userId, // scoped: one's own notifications only
      ...(beforeDate && !Number.isNaN(beforeDate.getTime()) ? { OR: [{ createdAt: { lt: beforeDate } }, { createdAt: beforeDate, id: { lt: before![1] } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, NOTIFICATIONS_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    items: page.map((n) => ({ id: n.id, kind: n.kind, referralId: n.referralId, params: paramsOf(n.params), createdAt: n.createdAt, readAt: n.readAt })),
    next: rows.length > NOTIFICATIONS_PAGE_SIZE && last ? `${last.createdAt.toISOString()}_${last.id}` : null,
  };
}

