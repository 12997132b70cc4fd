import "server-only";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canGrantRole, canManageUsers } from "@/lib/rules/users";
import { InvalidError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, isUniqueViolation, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { createUserInput } from "./schemas";
import { managedOrganisationsWhere } from "./scope";
import { membershipAuditSnapshot, membershipInclude, toUserDto, userAuditSnapshot, type UserDto } from "./dto";

const emailTaken = () => new InvalidError("errors.invalid", { email: ["validation.emailTaken"] });

/**
 * The administrator creates a user with an initial password and, optionally, a first membership.
 * One audit row ("user.create") records the user and that membership.
 */
export async function createUser(actor: Actor | null, input: unknown): Promise<UserDto> {
  const data = parseInput(createUserInput, input);
  const current = requireSignedIn(actor);
  ensureAllowed(canManageUsers(current)); // administrator only
  const first = data.organisationId && data.role ? { organisationId: data.organisationId, role: data.role } : null;

  // Hashed before the transaction opens: argon2id is deliberately slow and must not hold a connection.
  const passwordHash = await hashPassword(data.password);

  try {
    return await db.$transaction(async (tx) => {
      if (first) {
        const organisation = await tx.organisation.findFirst({
          where: { AND: [{ id: first.organisationId }, managedOrganisationsWhere(current)] },
          select: { id: true, kind: true },
        });
        if (!organisation) throw new NotFoundError();
        const grant = canGrantRole(current, organisation, first.role);
        if (!grant.allowed) throw new InvalidError("errors.invalid", { role: [grant.reason] });
      }
      // Checked for a friendly field message; the unique index below settles a race.
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw emailTaken();

      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          locale: data.locale,
          passwordHash,
          memberships: first ? { create: { ...first, grantedById: current.userId } } : undefined,
        },
        include: { memberships: { include: membershipInclude } },
      });
      await recordAuditEvent(tx, current, {
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: { ...userAuditSnapshot(user), memberships: user.memberships.map(membershipAuditSnapshot) },
      });
      return toUserDto(user, user.memberships);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

