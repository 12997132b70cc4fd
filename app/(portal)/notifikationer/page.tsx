import Link from "next/link";
import { getShellFacts, requireActor } from "@/lib/auth/actor";
import { listNotifications, type NotificationsPage } from "@/lib/domain/notifications/list-notifications";
import { InvalidError } from "@/lib/domain/errors";
import { getTranslator, titled } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { notificationText } from "@/components/notifications/notification-text";
import { MarkAllRead, NotificationButtons } from "./notification-buttons";
import { H1, Intro, TextLink } from "@/components/ui";

export const generateMetadata = titled("notifications.title");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** /notifikationer — the signed-in user's own notifications, newest first, unread marked. */
export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/notifikationer");
  const { t } = await getTranslator();
  const before = (await searchParams).foer;
  // The header's unread count, loaded with the actor in this request: no second count.
  const { unreadNotifications } = await getShellFacts();
  const page: NotificationsPage = await listNotifications(actor, { before: typeof before === "string" ? before : undefined }).catch((error: unknown) => {
    if (error instanceof InvalidError) return listNotifications(actor, {});
    throw error;
  });

  return (
    <div>
      <H1 className="mb-2">{t("notifications.title")}</H1>
      <Intro>{t("notifications.intro")}</Intro>
      {unreadNotifications > 0 ? <MarkAllRead /> : null}
      {page.items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">{t("notifications.empty")}</p>
      ) : (
        <ul aria-label={t("notifications.listLabel")} className="space-y-3">
          {page.items.map((n) => {
            const textId = `notification-${n.id}`;
            const unread = n.readAt === null;
            return (
              <li key={n.id} className={`rounded-md border p-4 ${unread ? "border-brand-700 bg-brand-50" : "border-slate-200 bg-white"}`}>
                <p id={textId} className={unread ? "font-semibold text-slate-900" : "text-slate-900"}>
                  {unread ? <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-bold text-white">{t("notifications.unread")}</span> : null}
                  {notificationText(n, t)}
                </p>
                <p className="mb-2 text-sm text-slate-700">
                  <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                </p>
                <NotificationButtons id={n.id} hasReferral={n.referralId !== null} unread={unread} label={textId} />
              </li>
            );
          })}
        </ul>
      )}
      {page.next ? (
        <p className="mt-4">
          <TextLink as={Link} href={`/notifikationer?foer=${encodeURIComponent(page.next)}`} rel="next">
            {t("notifications.older")}
          </TextLink>
        </p>
      ) : null}
    </div>
  );
}
