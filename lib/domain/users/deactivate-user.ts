import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canDeactivateUser } from "@/lib/rules/users";
import { ConflictError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { deactivateUserInput } from "./schemas";
import type { UserDto } from "./dto";
import { loadVisibleUser, writeUser } from "./write-user";

/**
 * The administrator deactivates a user: they can no longer sign in, and the session they have open
 * stops working on its next request (sessionVersion is bumped; lib/auth/load-actor.ts compares it).
 * Nothing is deleted — memberships and history stay, and reactivate-user.ts undoes this.
 */
export async function deactivateUser(actor: Actor | null, input: unknown): Promise<UserDto> {
  const data = parseInput(deactivateUserInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const user = await loadVisibleUser(tx, current, data.userId);
    ensureAllowed(canDeactivateUser(current, user)); // administrator only, and never themself
    if (!user.active) throw new ConflictError("admin.user.alreadyDeactivated");

    // optimistic concurrency: the version the admin saw
    return writeUser(tx, current, user, data.version, { active: false, deactivatedAt: new Date(), sessionVersion: { increment: 1 } }, "user.deactivate");
  });
}
