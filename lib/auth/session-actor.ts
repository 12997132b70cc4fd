import "server-only";
import type { Db } from "@/lib/db/types";
import type { Actor } from "@/lib/rules/actor";
import { loadSignedInUser, type SignedInUser } from "./load-actor";
import { readClaims } from "./session-claims";

/**
 * The signed-in user for the session claims (lib/auth/session-cookie.ts): null without a session,
 * with malformed claims, for a deactivated user, or when the session predates a session-version bump.
 * The JWT alone is never trusted to say who is active: PostgreSQL decides on every request.
 */
export async function userForSession(client: Db, session: unknown, activeOrganisationId: string | null): Promise<SignedInUser | null> {
  const claims = readClaims(session);
  if (!claims) return null;
  // sessionVersion is always a number here (readClaims), so the version is always compared.
  return loadSignedInUser(client, claims.userId, { sessionVersion: claims.sessionVersion, activeOrganisationId });
}

/** The actor alone (see userForSession). */
export async function actorForSession(client: Db, session: unknown, activeOrganisationId: string | null): Promise<Actor | null> {
  return (await userForSession(client, session, activeOrganisationId))?.actor ?? null;
}
