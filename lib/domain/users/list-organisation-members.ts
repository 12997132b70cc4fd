import "server-only";
import { db } from "@/lib/db/client";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { canGrantRole, canRevokeMembership, canViewOrganisationMembers, ROLES_BY_ORGANISATION_KIND } from "@/lib/rules/users";
import { compareDanish } from "@/lib/i18n/format";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { listOrganisationMembersInput } from "./schemas";
import { managedOrganisationsWhere } from "./scope";

export type OrganisationMemberDto = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  active: boolean;
  role: Role;
  since: Date;
  /** Whether the actor may revoke this membership (the server checks again on revoke). */
  canRevoke: boolean;
};

export type OrganisationMembersDto = {
  organisation: { id: string; name: string; kind: OrganisationKind };
  /** The roles the actor may grant in this organisation, for the grant form. */
  grantableRoles: Role[];
  members: OrganisationMemberDto[];
};

/** An organisation's members, for the administrator or the organisation's own coordinator. */
export async function listOrganisationMembers(actor: Actor | null, input: unknown): Promise<OrganisationMembersDto> {
  const data = parseInput(listOrganisationMembersInput, input);
  const current = requireSignedIn(actor);

  const organisation = await db.organisation.findFirst({
    // scoped: a coordinator only finds their own organisation; any other id is "not found"
    where: { AND: [{ id: data.organisationId }, managedOrganisationsWhere(current)] },
    select: { id: true, name: true, kind: true },
  });
  if (!organisation) throw new NotFoundError();
  ensureAllowed(canViewOrganisationMembers(current, organisation));

  const memberships = await db.membership.findMany({
    where: { organisationId: organisation.id },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true, active: true } } },
  });
  const members = memberships
    .map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      active: m.user.active,
      role: m.role,
      since: m.createdAt,
      canRevoke: canRevokeMembership(current, organisation, { userId: m.user.id, role: m.role }).allowed,
    }))
    .sort((a, b) => compareDanish(a.name, b.name) || compareDanish(a.email, b.email) || a.role.localeCompare(b.role));

  const grantableRoles = ROLES_BY_ORGANISATION_KIND[organisation.kind].filter((role) => canGrantRole(current, organisation, role).allowed);
  return { organisation, grantableRoles, members };
}
