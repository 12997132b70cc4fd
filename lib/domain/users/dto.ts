import "server-only";
/**
 * What leaves the domain about users and memberships: DTOs for the UI and snapshots for the audit
 * trail. Both pick fields explicitly, so a new column (or the password hash) never leaks by default.
 */
import type { Locale, OrganisationKind, Role } from "@/lib/generated/prisma/enums";

export type MembershipDto = {
  id: string;
  userId: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  role: Role;
  createdAt: Date;
};

export type UserDto = {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  active: boolean;
  deactivatedAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  /** Signs in with a portal password (false: single sign-on only) — never the hash itself. */
  hasPassword: boolean;
  /** Sent back by forms that change the user (optimistic concurrency). */
  version: number;
  memberships: MembershipDto[];
};

/** The Prisma include that gives a membership what its DTO needs. */
export const membershipInclude = { organisation: { select: { name: true, kind: true } } } as const;

type MembershipRow = {
  id: string;
  userId: string;
  organisationId: string;
  role: Role;
  createdAt: Date;
  organisation: { name: string; kind: OrganisationKind };
};

type UserRow = {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  active: boolean;
  deactivatedAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  passwordHash: string | null;
  version: number;
};

export function toMembershipDto(row: MembershipRow): MembershipDto {
  return {
    id: row.id,
    userId: row.userId,
    organisationId: row.organisationId,
    organisationName: row.organisation.name,
    organisationKind: row.organisation.kind,
    role: row.role,
    createdAt: row.createdAt,
  };
}

export function toUserDto(row: UserRow, memberships: MembershipRow[]): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    active: row.active,
    deactivatedAt: row.deactivatedAt,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
    hasPassword: row.passwordHash !== null,
    version: row.version,
    memberships: memberships.map(toMembershipDto),
  };
}

/** The audited state of a user — never the password hash. */
export function userAuditSnapshot(row: UserRow & { sessionVersion: number }) {
  return {
    email: row.email,
    name: row.name,
    locale: row.locale,
    active: row.active,
    deactivatedAt: row.deactivatedAt,
    sessionVersion: row.sessionVersion,
    version: row.version,
  };
}

export function membershipAuditSnapshot(row: { userId: string; organisationId: string; role: Role; grantedById: string | null }) {
  return { userId: row.userId, organisationId: row.organisationId, role: row.role, grantedById: row.grantedById };
}
