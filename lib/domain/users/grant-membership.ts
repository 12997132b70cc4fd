import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canGrantRole, canManageMemberships } from "@/lib/rules/users";
import { InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { grantMembershipInput } from "./schemas";
import { managedOrganisationsWhere, visibleUsersWhere } from "./scope";
import { membershipAuditSnapshot, membershipInclude, toMembershipDto, type MembershipDto } from "./dto";

const membershipExists = () => new InvalidError("errors.invalid", { role: ["validation.membershipExists"] });

/**
 * Gives an existing user a role in an organisation. The administrator grants anywhere; a coordinator
 * only in their own organisation, and only roles that organisation kind has (never ADMIN).
 */
export async function grantMembership(actor: Actor | null, input: unknown): Promise<MembershipDto> {
  const data = parseInput(grantMembershipInput, input);
  const current = requireSignedIn(actor);

  try {
    return await db.$transaction(async (tx) => {
      const organisation = await tx.organisation.findFirst({
        // scoped: a coordinator only finds their own organisation; any other id is "not found"
        where: { AND: [{ id: data.organisationId }, managedOrganisationsWhere(current)] },
        select: { id: true, kind: true },
      });
      if (!organisation) throw new NotFoundError();
      ensureAllowed(canManageMemberships(current, organisation));
      const grant = canGrantRole(current, organisation, data.role);
      if (!grant.allowed) throw new InvalidError("errors.invalid", { role: [grant.reason] });

      // By id the user must be visible to the actor; by e-mail the actor must know the exact address.
      const user = data.userId
        ? await tx.user.findFirst({ where: { AND: [{ id: data.userId }, visibleUsersWhere(current)] }, select: { id: true } })
        : data.email
          ? await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })
          : null;
      if (!user) {
        if (data.userId) throw new NotFoundError();
        throw new InvalidError("errors.invalid", { email: ["validation.userNotFound"] });
      }

      // State check: the same role twice in one organisation is refused (the unique index settles races).
      const existing = await tx.membership.findUnique({
        where: { userId_organisationId_role: { userId: user.id, organisationId: organisation.id, role: data.role } },
        select: { id: true },
      });
      if (existing) throw membershipExists();

      const membership = await tx.membership.create({
        data: { userId: user.id, organisationId: organisation.id, role: data.role, grantedById: current.userId },
        include: membershipInclude,
      });
      await recordAuditEvent(tx, current, {
        action: "membership.grant",
        entityType: "Membership",
        entityId: membership.id,
        after: membershipAuditSnapshot(membership),
      });
      return toMembershipDto(membership);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw membershipExists();
    throw error;
  }
}
