import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/rules/actor";
import { canUpdateProfile } from "@/lib/rules/users";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { updateOwnProfileInput } from "./schemas";
import type { UserDto } from "./dto";
import { writeUser } from "./write-user";

/** Every signed-in user edits their own name and language. */
export async function updateOwnProfile(actor: Actor | null, input: unknown): Promise<UserDto> {
  const data = parseInput(updateOwnProfileInput, input);
  const current = requireSignedIn(actor);

  return db.$transaction(async (tx) => {
    // scoped: the id comes from the session, never from the input — one can only reach one's own row
    const user = await tx.user.findUnique({ where: { id: current.userId } });
    if (!user) throw new NotFoundError();
    ensureAllowed(canUpdateProfile(current, user));

    // optimistic concurrency: a second tab's stale form is refused
    return writeUser(tx, current, user, data.version, { name: data.name, locale: data.locale }, "user.updateProfile");
  });
}
