import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db/types";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/rules/actor";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { visibleUsersWhere } from "./scope";
import { membershipInclude, toUserDto, userAuditSnapshot, type UserDto } from "./dto";

/**
 * The write step every change to a user row shares: the update only where the row still has the
 * version the form was rendered with (0 rows → ConflictError), the audit row with before and after,
 * in the caller's transaction; returns the changed user as a DTO.
 */
export async function writeUser(tx: Tx, actor: Actor, user: User, version: number, data: Prisma.UserUpdateManyMutationInput, action: string): Promise<UserDto> {
  const { count } = await tx.user.updateMany({ where: { id: user.id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  const after = await tx.user.findUniqueOrThrow({ where: { id: user.id }, include: { memberships: { include: membershipInclude } } });
  await recordAuditEvent(tx, actor, { action, entityType: "User", entityId: user.id, before: userAuditSnapshot(user), after: userAuditSnapshot(after) });
  return toUserDto(after, after.memberships);
}

/** A user the actor may see (scope.ts), for a change; NotFoundError otherwise (the same as "does not exist"). */
export async function loadVisibleUser(tx: Tx, actor: Actor, userId: string): Promise<User> {
  const user = await tx.user.findFirst({ where: { AND: [{ id: userId }, visibleUsersWhere(actor)] } });
  if (!user) throw new NotFoundError();
  return user;
}
