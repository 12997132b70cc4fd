/** Input schemas of the notification operations (naming as in lib/domain/users/schemas.ts). */
import { z } from "zod";

export const NOTIFICATIONS_PAGE_SIZE = 50;

export const listNotificationsInput = z.object({
  before: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(200).optional()),
});
export type ListNotificationsInput = z.output<typeof listNotificationsInput>;

export const markNotificationReadInput = z.object({ notificationId: z.string().trim().min(1).max(100) });
export type MarkNotificationReadInput = z.output<typeof markNotificationReadInput>;
