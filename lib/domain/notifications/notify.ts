import "server-only";
/**
 * Creating in-app notifications, inside the caller's transaction (a notification exists exactly
 * when the change it announces does). Params carry no personal data — the referral's reference and
 * names of organisations and offers only; the text is rendered in the recipient's language at read
 * time (render.ts).
 */
import type { Tx } from "@/lib/db/types";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { RECEIVER_ROLES } from "@/lib/rules/referrals";

export type NotificationParams = Record<string, string | number>;

export async function notifyUsers(
  tx: Tx,
  userIds: readonly string[],
  notification: { kind: NotificationKind; referralId?: string | null; params: NotificationParams },
  /** A scheduled job's injected time; a request's own change leaves it to the database. */
  createdAt?: Date,
): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: unique.map((userId) => ({ userId, kind: notification.kind, referralId: notification.referralId ?? null, params: notification.params, ...(createdAt ? { createdAt } : {}) })),
  });
  return count;
}

/** Many notifications in one insert (a scheduled job's batch); each recipient once per notification. */
export async function notifyMany(
  tx: Tx,
  items: readonly { userIds: readonly string[]; kind: NotificationKind; referralId?: string | null; params: NotificationParams }[],
  createdAt: Date,
): Promise<number> {
  const data = items.flatMap((item) => [...new Set(item.userIds)].map((userId) => ({ userId, kind: item.kind, referralId: item.referralId ?? null, params: item.params, createdAt })));
  if (data.length === 0) return 0;
  return (await tx.notification.createMany({ data })).count;
}

/** The active users who process referrals for a municipality (COORDINATOR, CASEWORKER). */
export async function municipalStaffIds(tx: Tx, municipalityId: string): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { active: true, memberships: { some: { organisationId: municipalityId, role: { in: [...RECEIVER_ROLES] } } } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
