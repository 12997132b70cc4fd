import "server-only";
import type { Db } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { loadSignedInUser, type SignedInUser } from "./load-actor";
import { readClaims } from "./session-claims";

/**
 * The signed-in user for the session claims (lib/auth/session-cookie.ts): null without a session,
 * with malformed claims, for a deactivated user, when the session predates a session-version bump, or
 * when its server-side row has ended (sign-out) or expired.
 * The JWT alone is never trusted to say who is active: PostgreSQL decides on every request.
 */
export async function userForSession(client: Db, session: unknown, activeOrganisationId: string | null): Promise<SignedInUser | null> {
  const claims = readClaims(session);
  if (!claims) return null;
  // readClaims guarantees both, so the version and the session row are always checked.
  return loadSignedInUser(client, claims.userId, { sessionVersion: claims.sessionVersion, sessionId: claims.sessionId, activeOrganisationId });
}

/** The actor alone (see userForSession). */
export async function actorForSession(client: Db, session: unknown, activeOrganisationId: string | null): Promise<Actor | null> {
  return (await userForSession(client, session, activeOrganisationId))?.actor ?? null;
}
