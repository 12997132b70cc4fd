/**
 * The demo roles of the matrix (prisma/seed/users.ts) and their actors as the rules see them, loaded
 * with the same query shape as lib/auth/load-actor.ts (first membership active).
 */
import type pg from "pg";
import type { Actor } from "@/lib/rules/actor";

export const DEMO_PASSWORD = "demo-adgang-2026";

/** Role name → demo e-mail; "anonymous" has none. Each is "of another" organisation to most targets. */
export const ROLES = {
  anonymous: null,
  gpOtherClinic: "laege.slagelse@demo.dk",
  gpRoskilde: "laege.roskilde@demo.dk",
  coordinatorOtherMunicipality: "koordinator.naestved@demo.dk",
  coordinatorRoskilde: "koordinator.roskilde@demo.dk",
  caseworker: "sagsbehandler.roskilde@demo.dk",
  regionCoordinator: "koordinator.region@demo.dk",
  committeeChair: "formand@demo.dk",
  committeeMember: "medlem@demo.dk",
  administrator: "admin@demo.dk",
  // Issue 14: a risk manager of two municipalities (adverse events), and the clinical management forum's chair (a hospital clinician; type A transfers).
  riskManagerRoskilde: "risikomanager.roskilde@demo.dk",
  clinicalForumChair: "laege.hospital@demo.dk",
} as const;

export type RoleName = keyof typeof ROLES;

/** A demo user the fuzzer may sign out, re-password and rename (not one of the matrix's roles). */
export const FUZZ_OWN_ACCOUNT = "sekretaer.syddanmark@demo.dk";
export const ROLE_NAMES = Object.keys(ROLES) as RoleName[];

export async function loadActor(db: pg.Client, email: string | null): Promise<Actor | null> {
  if (!email) return null;
  const { rows } = await db.query(
    `SELECT u.id, u.email, u.name, u.locale, m.id AS "membershipId", m."organisationId", o.kind, o.name AS "organisationName",
            CASE WHEN o.kind = 'REGION' THEN o.id ELSE o."regionId" END AS "regionId", m.role
     FROM "User" u JOIN "Membership" m ON m."userId" = u.id JOIN "Organisation" o ON o.id = m."organisationId"
     WHERE u.email = $1 ORDER BY m."createdAt", m.id`,
    [email],
  );
  if (rows.length === 0) throw new Error(`demo user ${email} is missing: is the database seeded?`);
  const memberships = rows.map((r) => ({
    membershipId: r.membershipId,
    organisationId: r.organisationId,
    organisationKind: r.kind,
    organisationName: r.organisationName,
    regionId: r.regionId,
    role: r.role,
  }));
  return { userId: rows[0].id, email: rows[0].email, name: rows[0].name, locale: rows[0].locale, memberships, activeOrganisationId: memberships[0]?.organisationId ?? null };
}
