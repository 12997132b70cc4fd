/** Input schemas of the notification operations (naming as in lib/domain/users/schemas.ts). */
import { z } from "zod";
import { id, optionalText } from "@/lib/validation/primitives";

export const NOTIFICATIONS_PAGE_SIZE = 50;

export const listNotificationsInput = z.object({
  before: optionalText(200),
});
export type ListNotificationsInput = z.output<typeof listNotificationsInput>;

export const markNotificationReadInput = z.object({ notificationId: id });
export type MarkNotificationReadInput = z.output<typeof markNotificationReadInput>;
