import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canReactivateUser } from "@/lib/rules/users";
import { ConflictError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { reactivateUserInput } from "./schemas";
import type { UserDto } from "./dto";
import { loadVisibleUser, writeUser } from "./write-user";

/**
 * The administrator lets a deactivated user sign in again. sessionVersion is left as is: sessions
 * from before the deactivation stay invalid, the user signs in afresh.
 */
export async function reactivateUser(actor: Actor | null, input: unknown): Promise<UserDto> {
  const data = parseInput(reactivateUserInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    const user = await loadVisibleUser(tx, current, data.userId);
    ensureAllowed(canReactivateUser(current)); // administrator only
    if (user.active) throw new ConflictError("admin.user.alreadyActive");

    // optimistic concurrency: the version the admin saw
    return writeUser(tx, current, user, data.version, { active: true, deactivatedAt: null }, "user.reactivate");
  });
}
