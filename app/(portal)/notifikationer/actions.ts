"use server";
/** Server actions of the notifications page (defineAction; the domain operations scope to the actor). */
import { defineAction, success, type RevalidateTarget } from "@/lib/actions/define-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";

/** The unread badge in the header. */
const revalidate: RevalidateTarget[] = [["/", "layout"]];

/** Marks the notification read and opens its referral (or stays on the list). */
export const openNotificationAction = defineAction({
  name: "notifications.open",
  run: markNotificationRead,
  revalidate,
  done: ({ referralId }, formData) =>
    formData.get("open") === "1" && referralId ? { redirect: `/henvisninger/${encodeURIComponent(referralId)}` } : success("notifications.markRead"),
});

export const markAllNotificationsReadAction = defineAction({
  name: "notifications.markAllRead",
  run: (actor) => markAllNotificationsRead(actor),
  revalidate,
  done: () => success("notifications.allRead"),
});
