import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/types";
import { SESSION_MAX_AGE_SECONDS } from "./session-claims";

/**
 * Server-side session rows (UserSession): a session cookie is only good while its row is live, so
 * sign-out ends the session on every server at once — not merely in the browser that clicked
 * (docs/decisions/013-server-side-session-end.md). Checking a row costs nothing extra: it is part of
 * the one statement that loads the signed-in user (lib/auth/load-actor.ts).
 */

/** Opens a session for a user who has just signed in; returns its id (the cookie's `sessionId` claim). */
export async function openUserSession(client: Db, userId: string, now: Date = new Date()): Promise<string> {
  const id = crypto.randomBytes(32).toString("base64url");
  // The user's own dead rows go as a new one arrives, so the table holds about one row per live session.
  await client.userSession.deleteMany({ where: { userId, OR: [{ expiresAt: { lt: now } }, { endedAt: { not: null } }] } });
  await client.userSession.create({ data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return id;
}

/** Sign-out: the session ends for good, wherever its cookie has been copied to. */
export async function endUserSession(client: Db, sessionId: string, userId: string, now: Date = new Date()): Promise<void> {
  await client.userSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: now } });
}
