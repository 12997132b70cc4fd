import "server-only";
/**
 * The scoped `where` clauses of the user area: what an actor may see. Every load of a user,
 * membership or organisation for membership management goes through one of these, combined with
 * the requested id by AND — a row outside the scope is "not found", like a row that does not exist.
 * Never `undefined` inside (Prisma would drop it and widen the query): a non-administrator without
 * coordinator memberships gets `in: []`, which matches nothing.
 * Combine them with AND only: the administrator's scope is `{}`, and Prisma reads `{}` inside an OR
 * as matching nothing (checked against PostgreSQL), so an OR would hide everything from the admin.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Actor, isAdmin } from "@/lib/rules/actor";
import { coordinatedOrganisationIds } from "@/lib/rules/users";

/** Organisations whose memberships the actor may see and manage. */
export function managedOrganisationsWhere(actor: Actor): Prisma.OrganisationWhereInput {
  if (isAdmin(actor)) return {};
  return { id: { in: coordinatedOrganisationIds(actor) } }; // scoped: a coordinator only manages their own organisation
}

export function visibleMembershipsWhere(actor: Actor): Prisma.MembershipWhereInput {
  if (isAdmin(actor)) return {};
  return { organisationId: { in: coordinatedOrganisationIds(actor) } }; // scoped: a coordinator only sees memberships of their own organisation
}

/** Users the actor may see: all for the administrator; for others themself and the members of the organisations they coordinate. */
export function visibleUsersWhere(actor: Actor): Prisma.UserWhereInput {
  if (isAdmin(actor)) return {};
  return {
    // scoped: a coordinator sees only members of their own organisation (and everyone sees themself)
    OR: [{ id: actor.userId }, { memberships: { some: { organisationId: { in: coordinatedOrganisationIds(actor) } } } }],
  };
}
