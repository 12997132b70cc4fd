import type { NotificationDto } from "@/lib/domain/notifications/list-notifications";
import type { Translate } from "@/lib/i18n/translate";

/**
 * A notification in the reader's language, from its kind and params (no personal data is stored in
 * them: a reference, an offer title, a municipality's name). Missing params read as empty.
 */
export function notificationText(notification: Pick<NotificationDto, "kind" | "params">, t: Translate): string {
  const params = { reference: "", offer: "", municipality: "", ...notification.params };
  return t(`notifications.kind.${notification.kind}`, params);
}
