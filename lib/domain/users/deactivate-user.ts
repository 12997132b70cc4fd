import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canDeactivateUser } from "@/lib/rules/users";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { deactivateUserInput } from "./schemas";
import { visibleUsersWhere } from "./scope";
import { membershipInclude, toUserDto, userAuditSnapshot, type UserDto } from "./dto";

/**
 * The administrator deactivates a user: they can no longer sign in, and the session they have open
 * stops working on its next request (sessionVersion is bumped; lib/auth/load-actor.ts compares it).
 * Nothing is deleted — memberships and history stay, and reactivate-user.ts undoes this.
 */
export async function deactivateUser(actor: Actor | null, input: unknown): Promise<UserDto> {
  const data = parseInput(deactivateUserInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { AND: [{ id: data.userId }, visibleUsersWhere(current)] } });
    if (!user) throw new NotFoundError();
    ensureAllowed(canDeactivateUser(current, user)); // administrator only, and never themself
    if (!user.active) throw new ConflictError("admin.user.alreadyDeactivated");

    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: data.version }, // optimistic concurrency: the version the admin saw
      data: { active: false, deactivatedAt: new Date(), sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();

    const after = await tx.user.findUniqueOrThrow({ where: { id: user.id }, include: { memberships: { include: membershipInclude } } });
    await recordAuditEvent(tx, current, {
      action: "user.deactivate",
      entityType: "User",
      entityId: user.id,
      before: userAuditSnapshot(user),
      after: userAuditSnapshot(after),
    });
    return toUserDto(after, after.memberships);
  });
}
