import "server-only";
import { cache } from "react";
import { compareDanish } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { Actor } from "@/lib/rules/actor";
import { getShellFacts } from "@/lib/auth/actor";
import type { AccountView } from "./account-view";
import { getNavigation } from "./get-navigation";

/**
 * The header's facts about the request's actor (loaded once per request with the actor itself,
 * lib/auth/load-actor.ts), translated with `t`. Used by the shell of a page rendered per request and by
 * GET /api/konto, which feeds the account island of the cached pages — one source for both.
 */
export const loadAccountView = cache(async (actor: Actor, t: Translate): Promise<AccountView> => {
  const [{ unreadNotifications: unread }, nav] = await Promise.all([getShellFacts(), getNavigation(actor)]);
  const organisations = [...new Map(actor.memberships.map((m) => [m.organisationId, m.organisationName])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => compareDanish(a.name, b.name));
  return {
    name: actor.name,
    organisations,
    activeOrganisationId: actor.activeOrganisationId ?? null,
    unread,
    nav: nav.map((item) => ({ href: item.href, label: t.key(item.labelKey) })),
    labels: {
      organisation: t("shell.organisation.label"),
      switchOrganisation: t("shell.organisation.switch"),
      signOut: t("auth.signOut"),
      notifications: t("notifications.badge"),
      unread: t("notifications.badge.unread", { count: unread }),
    },
  };
});
