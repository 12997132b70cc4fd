import "server-only";
import { cache } from "react";
import { getShellFacts } from "@/lib/auth/actor";
import { navigationFor, type NavItem } from "@/lib/navigation";
import type { Actor } from "@/lib/rules/actor";

/** The menu for this request's actor (once per request: the header and the front page share it). */
export const getNavigation = cache(async (actor: Actor | null): Promise<NavItem[]> => {
  const { forumMember } = actor ? await getShellFacts() : { forumMember: false };
  return navigationFor(actor, { forumMember });
});
