import "server-only";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/rules/actor";
import { canUpdateProfile } from "@/lib/rules/users";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { updateOwnProfileInput } from "./schemas";
import { membershipInclude, toUserDto, userAuditSnapshot, type UserDto } from "./dto";

/** Every signed-in user edits their own name and language. */
export async function updateOwnProfile(actor: Actor | null, input: unknown): Promise<UserDto> {
  const data = parseInput(updateOwnProfileInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    // scoped: the id comes from the session, never from the input — one can only reach one's own row
    const user = await tx.user.findUnique({ where: { id: current.userId } });
    if (!user) throw new NotFoundError();
    ensureAllowed(canUpdateProfile(current, user));

    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: data.version }, // optimistic concurrency: a second tab's stale form is refused
      data: { name: data.name, locale: data.locale, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();

    const after = await tx.user.findUniqueOrThrow({ where: { id: user.id }, include: { memberships: { include: membershipInclude } } });
    await recordAuditEvent(tx, current, {
      action: "user.updateProfile",
      entityType: "User",
      entityId: user.id,
      before: userAuditSnapshot(user),
      after: userAuditSnapshot(after),
    });
    return toUserDto(after, after.memberships);
  });
}
