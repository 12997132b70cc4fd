import type { Db } from "@/lib/db/types";
import type { Locale, OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import type { Actor, ActorMembership } from "@/lib/rules/actor";
import type { ShellFacts } from "./shell-facts";
import { danishToday } from "@/lib/calendar/copenhagen";

type SignedInUserRow = {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  active: boolean;
  sessionVersion: number;
  sessionLive: boolean;
  memberships: { membershipId: string; organisationId: string; organisationKind: OrganisationKind; organisationName: string; regionId: string | null; role: Role }[];
  forumMember: boolean;
  unreadNotifications: number;
};

/** The actor of a signed-in request, and what the page header shows about them. */
export type SignedInUser = { actor: Actor; shellFacts: ShellFacts };

/**
 * Loads a signed-in user: the actor (the user and their memberships with organisation kinds) and the
 * header's facts (a current forum seat, the unread notifications). Null for an unknown or deactivated
 * user, when the session predates a session-version bump (deactivation, password change, "sign out
 * everywhere"), or when its server-side session row has ended (sign-out) or expired — so such a user
 * is out on their next request.
 *
 * One statement, because every signed-in request of every page runs it first: the Prisma queries it
 * replaces took six round trips (and selected the password hash for nothing). Only the columns the
 * Actor needs are read — never the password hash. Forum seats are dates (ForumMember.periodFrom/To).
 */
export async function loadSignedInUser(
  client: Db,
  userId: string,
  options: LoadOptions = {},
  now: Date = new Date(),
): Promise<SignedInUser | null> {
  const today = danishToday(now);
  const sessionId = options.sessionId ?? null;
  const [user] = await client.$queryRaw<SignedInUserRow[]>`
    SELECT u.id, u.email, u.name, u.locale::text AS locale, u.active, u."sessionVersion",
           EXISTS (
             SELECT 1 FROM "UserSession" s
              WHERE s.id = ${sessionId} AND s."userId" = u.id AND s."endedAt" IS NULL AND s."expiresAt" > ${now}
           ) AS "sessionLive",
           COALESCE(
             (SELECT json_agg(json_build_object(
                       'membershipId', m.id,
                       'organisationId', m."organisationId",
                       'organisationKind', o.kind,
                       'organisationName', o.name,
                       'regionId', CASE WHEN o.kind = 'REGION' THEN o.id ELSE o."regionId" END,
                       'role', m.role
                     ) ORDER BY m."createdAt", m.id)
                FROM "Membership" m JOIN "Organisation" o ON o.id = m."organisationId"
               WHERE m."userId" = u.id),
             '[]'::json
           ) AS memberships,
           EXISTS (
             SELECT 1 FROM "ForumMember" f
              WHERE f."userId" = u.id AND f."periodFrom" <= ${today}::date
                AND (f."periodTo" IS NULL OR f."periodTo" >= ${today}::date)
           ) AS "forumMember",
           (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS "unreadNotifications"
      FROM "User" u
     WHERE u.id = ${userId}`;
  if (!user || !user.active) return null;
  if (options.sessionVersion !== undefined && options.sessionVersion !== user.sessionVersion) return null;
  if (options.sessionId !== undefined && !user.sessionLive) return null;

  const memberships: ActorMembership[] = user.memberships.map((m) => ({
    membershipId: m.membershipId,
    organisationId: m.organisationId,
    organisationKind: m.organisationKind,
    organisationName: m.organisationName,
    regionId: m.regionId,
    role: m.role,
  }));
  const requested = options.activeOrganisationId;
  const activeOrganisationId =
    requested && memberships.some((m) => m.organisationId === requested) ? requested : (memberships[0]?.organisationId ?? null);

  return {
    actor: { userId: user.id, email: user.email, name: user.name, locale: user.locale, memberships, activeOrganisationId },
    shellFacts: { forumMember: user.forumMember, unreadNotifications: user.unreadNotifications },
  };
}

/**
 * What a request's session says: the version it was issued under and its server-side row. Each is
 * checked when given; the session path (lib/auth/session-actor.ts) always gives both.
 */
type LoadOptions = { sessionVersion?: number; sessionId?: string; activeOrganisationId?: string | null };

/** The actor alone (see loadSignedInUser). */
export async function loadActor(client: Db, userId: string, options: LoadOptions = {}): Promise<Actor | null> {
  return (await loadSignedInUser(client, userId, options))?.actor ?? null;
}
