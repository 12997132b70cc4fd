import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { loadShellFacts, type ShellFacts } from "@/lib/auth/shell-facts";
import { navigationFor, type NavItem } from "@/lib/navigation";
import type { Actor } from "@/lib/rules/actor";

/** The header's facts about the signed-in user, once per request (the menu and the badge share them). */
export const getShellFacts = cache(async (actor: Actor | null): Promise<ShellFacts> =>
  actor ? loadShellFacts(db, actor.userId) : { forumMember: false, unreadNotifications: 0 },
);

/** The menu for this request's actor (once per request: the header and the front page share it). */
export const getNavigation = cache(async (actor: Actor | null): Promise<NavItem[]> => {
  const { forumMember } = await getShellFacts(actor);
  return navigationFor(actor, { forumMember });
});
