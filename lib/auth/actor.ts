import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { ORG_COOKIE } from "./cookies";
import { signInUrl } from "./next-path";
import type { SignedInUser } from "./load-actor";
import { NO_SHELL_FACTS, type ShellFacts } from "./shell-facts";
import { userForSession } from "./session-actor";
import { sessionClaimsFromCookies } from "./session-cookie";
import { endUserSession } from "./user-sessions";

/** The claims of the request's session cookie, verified as auth() would (lib/auth/session-cookie.ts). */
async function requestSessionClaims() {
  const jar = await cookies();
  return sessionClaimsFromCookies((name) => jar.get(name)?.value, process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET);
}

/** The request's signed-in user (actor and header facts), once per request (React cache); null when signed out. */
const getSignedInUser = cache(async (): Promise<SignedInUser | null> => {
  const jar = await cookies();
  const claims = await requestSessionClaims();
  // The `org` cookie only chooses among the user's own memberships; loadSignedInUser ignores anything else.
  const activeOrganisationId = jar.get(ORG_COOKIE)?.value ?? null;
  return userForSession(db, claims, activeOrganisationId);
});

/**
 * The actor of the current request, loaded once per request (React cache) from the session:
 * null when signed out, deactivated, or the session is stale (its session version is older than the
 * user's — bumped on deactivation and password change). Every page and server action calls this
 * itself; a check in a layout protects nothing (server actions are reachable by direct POST).
 */
export const getActor = cache(async (): Promise<Actor | null> => (await getSignedInUser())?.actor ?? null);

/** What the header shows about the request's signed-in user (menu items, unread badge); loaded with the actor. */
export async function getShellFacts(): Promise<ShellFacts> {
  return (await getSignedInUser())?.shellFacts ?? NO_SHELL_FACTS;
}

/**
 * In pages: the actor, or a redirect to the sign-in page that comes back to `nextPath` afterwards.
 * Next does not tell a server component which path was requested, so every page passes its own
 * (`requireActor("/fora")`). The portal layout deliberately does not redirect: it cannot know the
 * path, and a redirect from it would win the race against the page's and lose the way back (for a
 * session cookie that has gone stale, say). Server actions use getActor() and refuse instead.
 */
export async function requireActor(nextPath: string): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  redirect(signInUrl(nextPath));
}

/**
 * Sign-out's server half: ends the request's session row, so the cookie is dead wherever it has been
 * copied to — not only in this browser, whose cookie next-auth's signOut then deletes.
 */
export async function endCurrentSession(): Promise<void> {
  const claims = await requestSessionClaims();
  if (claims) await endUserSession(db, claims.sessionId, claims.userId);
}
