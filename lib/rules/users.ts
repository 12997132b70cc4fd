/**
 * Who may manage users, memberships and the audit trail. Pure functions over plain data (the actor
 * and the bits of the target the rule needs): no database, no Next, no React. The server always
 * calls these inside the domain operation; the UI may call them to hide buttons.
 *
 * In words:
 * - The platform administrator manages every user and membership and reads the audit trail.
 * - A coordinator of a region or municipality manages the memberships of their own organisation
 *   (never ADMIN) and sees its member list; nothing of other organisations.
 * - A role exists only in the kinds of organisation it makes sense for (ROLES_BY_ORGANISATION_KIND).
 * - Nobody revokes their own membership or deactivates themself (no locking oneself or the last
 *   administrator out by accident).
 * - Every signed-in user edits their own profile, and only their own.
 */
import type { OrganisationKind, Role } from "@/lib/generated/prisma/enums";
import { type Actor, isAdmin } from "./actor";
import { allow, deny, type Decision } from "./decision";

export type OrganisationRef = { id: string; kind: OrganisationKind };

/**
 * The roles each kind of organisation can have. Coordinators are the region's and municipalities'
 * (docs/product.md, "Users"); clinicians refer from general practice and hospitals; caseworkers
 * process referrals in a municipality; readers exist everywhere except on the platform.
 */
export const ROLES_BY_ORGANISATION_KIND: Readonly<Record<OrganisationKind, readonly Role[]>> = {
  PLATFORM: ["ADMIN"],
  REGION: ["COORDINATOR", "READER", "RISK_MANAGER"],
  MUNICIPALITY: ["COORDINATOR", "CASEWORKER", "READER", "RISK_MANAGER"],
  HOSPITAL: ["CLINICIAN", "READER", "RISK_MANAGER"],
  GP_CLINIC: ["CLINICIAN", "READER"],
};

export function roleFitsOrganisation(kind: OrganisationKind, role: Role): boolean {
  return ROLES_BY_ORGANISATION_KIND[kind]?.includes(role) ?? false; // unknown kind → no roles (fail closed)
}

/** The organisations whose memberships this actor manages as coordinator (not as administrator). */
export function coordinatedOrganisationIds(actor: Actor | null): string[] {
  if (!actor) return [];
  return actor.memberships
    .filter((m) => m.role === "COORDINATOR" && roleFitsOrganisation(m.organisationKind, "COORDINATOR"))
    .map((m) => m.organisationId);
}

/** Creating users, listing all users, deactivating and reactivating: the administrator only. */
export function canManageUsers(actor: Actor | null): Decision {
  if (!actor) return deny("errors.signInRequired");
  return isAdmin(actor) ? allow() : deny("admin.reason.adminOnly");
}

export function canViewAuditTrail(actor: Actor | null): Decision {
  if (!actor) return deny("errors.signInRequired");
  return isAdmin(actor) ? allow() : deny("admin.reason.adminOnly");
}

/** Granting and revoking memberships of an organisation, and seeing its member list. */
export function canManageMemberships(actor: Actor | null, organisation: OrganisationRef): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (isAdmin(actor)) return allow();
  // Own organisation only: the coordinator membership must be in this very organisation.
  if (coordinatedOrganisationIds(actor).includes(organisation.id)) return allow();
  return deny("admin.reason.notCoordinator");
}

/** Seeing an organisation's members is the same right as managing them. */
export const canViewOrganisationMembers = canManageMemberships;

export function canGrantRole(actor: Actor | null, organisation: OrganisationRef, role: Role): Decision {
  const manage = canManageMemberships(actor, organisation);
  if (!manage.allowed) return manage;
  // Only an administrator makes administrators (also unreachable for coordinators: ADMIN fits PLATFORM only).
  if (role === "ADMIN" && !isAdmin(actor)) return deny("admin.reason.adminOnly");
  if (!roleFitsOrganisation(organisation.kind, role)) return deny("admin.reason.roleNotForKind");
  return allow();
}

export function canRevokeMembership(
  actor: Actor | null,
  organisation: OrganisationRef,
  membership: { userId: string; role: Role },
): Decision {
  if (!actor) return deny("errors.signInRequired");
  const manage = canManageMemberships(actor, organisation);
  if (!manage.allowed) return manage;
  if (membership.role === "ADMIN" && !isAdmin(actor)) return deny("admin.reason.adminOnly");
  if (membership.userId === actor.userId) return deny("admin.reason.ownMembership");
  return allow();
}

/** Seeing a user's details: the administrator, or a coordinator of an organisation the user is a member of. */
export function canViewUser(actor: Actor | null, target: { id: string; organisationIds: readonly string[] }): Decision {
  if (!actor) return deny("errors.signInRequired");
  if (isAdmin(actor) || actor.userId === target.id) return allow();
  const coordinated = coordinatedOrganisationIds(actor);
  return target.organisationIds.some((id) => coordinated.includes(id)) ? allow() : deny("admin.reason.notCoordinator");
}

export function canDeactivateUser(actor: Actor | null, target: { id: string }): Decision {
  if (!actor) return deny("errors.signInRequired");
  const admin = canManageUsers(actor);
  if (!admin.allowed) return admin;
  if (target.id === actor.userId) return deny("admin.reason.deactivateSelf");
  return allow();
}

export function canReactivateUser(actor: Actor | null): Decision {
  return canManageUsers(actor);
}

export function canUpdateProfile(actor: Actor | null, target: { id: string }): Decision {
  if (!actor) return deny("errors.signInRequired");
  return target.id === actor.userId ? allow() : deny("profile.reason.ownOnly");
}

/**
 * Changing one's own password: only one's own, and only a user who has one (a single-sign-on user's
 * password is their organisation's business, not the portal's).
 */
export function canChangeOwnPassword(actor: Actor | null, target: { id: string; hasPassword: boolean }): Decision {
  const own = canUpdateProfile(actor, target);
  if (!own.allowed) return own;
  return target.hasPassword ? allow() : deny("profile.password.reason.ssoOnly");
}

/** The job queue's admin page: seeing the jobs and running a failed one again. */
export function canManageJobs(actor: Actor | null): Decision {
  if (!actor) return deny("errors.signInRequired");
  return isAdmin(actor) ? allow() : deny("admin.reason.adminOnly");
}

/** Only a failed job can be run again. */
export function canRetryJob(job: { state: string }): Decision {
  return job.state === "failed" ? allow() : deny("admin.jobs.reason.notFailed");
}
