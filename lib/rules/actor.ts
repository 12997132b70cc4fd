/**
 * The actor: who is making a request, loaded once per request by lib/auth/actor.ts and passed as
 * plain data to every rule and domain operation. Rules never load anything themselves.
 */
import type { OrganisationKind, Role, Locale } from "@/lib/generated/prisma/enums";

export type ActorMembership = {
  membershipId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationName: string;
  /** The region an organisation belongs to (itself for a region). */
  regionId: string | null;
  role: Role;
};

export type Actor = {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  memberships: ActorMembership[];
  /** The organisation the user acts for now (chosen in the shell; defaults to the first membership). */
  activeOrganisationId: string | null;
};

export function isAdmin(actor: Actor | null | undefined): boolean {
  return !!actor && actor.memberships.some((m) => m.role === "ADMIN" && m.organisationKind === "PLATFORM");
}

export function membershipsIn(actor: Actor, organisationId: string): ActorMembership[] {
  return actor.memberships.filter((m) => m.organisationId === organisationId);
}

export function hasRoleIn(actor: Actor, organisationId: string, roles: readonly Role[]): boolean {
  return actor.memberships.some((m) => m.organisationId === organisationId && roles.includes(m.role));
}

/** The organisation an audit row is attributed to: the active one, else the first membership. */
export function actingOrganisationId(actor: Actor): string | null {
  return actor.activeOrganisationId ?? actor.memberships[0]?.organisationId ?? null;
}
