import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canReactivateUser } from "@/lib/rules/users";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { reactivateUserInput } from "./schemas";
import { visibleUsersWhere } from "./scope";
import { membershipInclude, toUserDto, userAuditSnapshot, type UserDto } from "./dto";

/**
 * The administrator lets a deactivated user sign in again. sessionVersion is left as is: sessions
 * from before the deactivation stay invalid, the user signs in afresh.
 */
export async function reactivateUser(actor: Actor | null, input: unknown): Promise<UserDto> {
  const data = parseInput(reactivateUserInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { AND: [{ id: data.userId }, visibleUsersWhere(current)] } });
    if (!user) throw new NotFoundError();
    ensureAllowed(canReactivateUser(current)); // administrator only
    if (user.active) throw new ConflictError("admin.user.alreadyActive");

    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: data.version }, // optimistic concurrency: the version the admin saw
      data: { active: true, deactivatedAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();

    const after = await tx.user.findUniqueOrThrow({ where: { id: user.id }, include: { memberships: { include: membershipInclude } } });
    await recordAuditEvent(tx, current, {
      action: "user.reactivate",
      entityType: "User",
      entityId: user.id,
      before: userAuditSnapshot(user),
      after: userAuditSnapshot(after),
    });
    return toUserDto(after, after.memberships);
  });
}
