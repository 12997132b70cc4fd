import "server-only";
import Link from "next/link";
import { getActor, getShellFacts } from "@/lib/auth/actor";
import type { Actor } from "@/lib/rules/actor";
import { getTranslator } from "@/lib/i18n/server";

/**
 * The header's link to /notifikationer with the number of unread notifications — a server component
 * the shell can place next to the user menu: `<UnreadBadge actor={actor} />` (or without the prop:
 * it then loads the request's actor itself). Renders nothing when signed out. The count is read on
 * every request, in the same statement as the actor (lib/auth/load-actor.ts); the
 * link's text says the number in words for screen readers ("Notifikationer, 3 ulæste").
 */
export async function UnreadBadge({ actor }: { actor?: Actor | null }) {
  const current = actor === undefined ? await getActor() : actor;
  if (!current) return null;
  const [{ t }, { unreadNotifications: unread }] = await Promise.all([getTranslator(), getShellFacts()]);
  return (
    <Link href="/notifikationer" className="inline-flex items-center gap-1.5 font-medium text-brand-800 underline hover:text-brand-700">
      <span>{t("notifications.badge")}</span>
      {unread > 0 ? (
        <span className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white no-underline">
          <span aria-hidden="true">{unread > 99 ? "99+" : unread}</span>
          <span className="sr-only">{t("notifications.badge.unread", { count: unread })}</span>
        </span>
      ) : null}
    </Link>
  );
}
