"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { IDLE } from "@/lib/domain/action-state";
import { useT } from "@/lib/i18n/client";
import { markAllNotificationsReadAction, openNotificationAction } from "./actions";

const button = "rounded-md border border-brand-700 bg-white px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70";

/** "Open the referral" (marks read, then opens) and "Mark as read" for one notification. */
export function NotificationButtons({ id, hasReferral, unread, label }: { id: string; hasReferral: boolean; unread: boolean; label: string }) {
  const t = useT();
  const [state, action, pending] = useActionState(openNotificationAction, IDLE);
  return (
    <form action={action} className="flex flex-wrap gap-2">
      <input type="hidden" name="notificationId" value={id} />
      {state.status !== "idle" && state.status !== "success" ? <FormMessage state={state} /> : null}
      {hasReferral ? (
        <button type="submit" name="open" value="1" disabled={pending} className={button} aria-describedby={label}>
          {t("notifications.open")}
        </button>
      ) : null}
      {unread ? (
        <button type="submit" name="open" value="0" disabled={pending} className={button} aria-describedby={label}>
          {t("notifications.markRead")}
        </button>
      ) : null}
    </form>
  );
}

export function MarkAllRead() {
  const t = useT();
  const [state, action, pending] = useActionState(markAllNotificationsReadAction, IDLE);
  return (
    <form action={action} className="mb-4">
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={button}>
        {t("notifications.markAllRead")}
      </button>
    </form>
  );
}
